import { http, type RequestOptions } from './http'
import type { Agreement, AgreementInput, AgreementQuery, Page } from './types'

const base = '/api/agreements'

export const agreementsApi = {
  /** Most recently signed first; status is today's (active, expiring, expired). */
  list: (query: AgreementQuery, opts?: RequestOptions) => http.get<Page<Agreement>>(base, { ...query }, opts),
  get: (id: number, opts?: RequestOptions) => http.get<Agreement>(`${base}/${id}`, undefined, opts),
  create: (input: Partial<AgreementInput>, opts?: RequestOptions) => http.post<Agreement>(base, input, opts),
  /** With the version read: a stale one answers 409. */
  update: (id: number, input: Partial<AgreementInput> & { version: number }, opts?: RequestOptions) =>
    http.patch<Agreement>(`${base}/${id}`, input, opts),
}
