import { http, type RequestOptions } from './http'
import type { Opportunity, OpportunityAnswer, OpportunityQuery, OpportunityRequest, OpportunityStatus, Page } from './types'

const base = '/api/opportunities'

export const opportunitiesApi = {
  /** Newest first: the published ones, or all for staff and for a partner asking for its own organisation's. */
  list: (query: OpportunityQuery, opts?: RequestOptions) => http.get<Page<Opportunity>>(base, { ...query }, opts),
  /** With what its text suggests (SDGs, concepts). */
  get: (id: number, opts?: RequestOptions) => http.get<OpportunityAnswer>(`${base}/${id}`, undefined, opts),
  /** Created as a draft: staff for any organisation, a partner for its own. */
  create: (input: OpportunityRequest, opts?: RequestOptions) => http.post<OpportunityAnswer>(base, input, opts),
  /** With the version read: a stale one answers 409. */
  update: (id: number, input: OpportunityRequest & { version: number }, opts?: RequestOptions) =>
    http.patch<OpportunityAnswer>(`${base}/${id}`, input, opts),
  /** Publish, unpublish, close or reopen; the server says why not (409) when the move is not allowed. */
  transition: (id: number, to: OpportunityStatus, version?: number, opts?: RequestOptions) =>
    http.post<OpportunityAnswer>(`${base}/${id}/transitions`, version === undefined ? { to } : { to, version }, opts),
}
