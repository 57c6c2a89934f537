import { http, type RequestOptions } from './http'
import type { Organisation, OrganisationInput, OrganisationQuery, Page } from './types'

const base = '/api/organisations'

export const organisationsApi = {
  list: (query: OrganisationQuery, opts?: RequestOptions) =>
    http.get<Page<Organisation>>(base, { ...query }, opts),
  get: (id: number, opts?: RequestOptions) => http.get<Organisation>(`${base}/${id}`, undefined, opts),
  create: (input: OrganisationInput, opts?: RequestOptions) => http.post<Organisation>(base, input, opts),
  update: (id: number, input: OrganisationInput & { version: number }, opts?: RequestOptions) =>
    http.patch<Organisation>(`${base}/${id}`, input, opts),
  archive: (id: number, opts?: RequestOptions) => http.delete<Organisation>(`${base}/${id}`, opts),
}
