import { http, type RequestOptions } from './http'
import type { Delegation, DelegationInput, DelegationQuery, Page } from './types'

const base = '/api/delegations'

/** Visiting delegations (staff only). */
export const delegationsApi = {
  list: (query: DelegationQuery, opts?: RequestOptions) => http.get<Page<Delegation>>(base, { ...query }, opts),
  /** With what its interests suggest (SDGs, concepts). */
  get: (id: number, opts?: RequestOptions) => http.get<Delegation>(`${base}/${id}`, undefined, opts),
  create: (input: DelegationInput, opts?: RequestOptions) => http.post<Delegation>(base, input, opts),
  /** With the version read: a stale one answers 409. */
  update: (id: number, input: DelegationInput & { version: number }, opts?: RequestOptions) =>
    http.patch<Delegation>(`${base}/${id}`, input, opts),
}
