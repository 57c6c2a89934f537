import { http, type RequestOptions } from './http'
import type { DuplicateCandidate, DuplicatePair, Organisation, OrganisationInput, OrganisationQuery, Page, TimelineItem } from './types'

const base = '/api/organisations'

export const organisationsApi = {
  list: (query: OrganisationQuery, opts?: RequestOptions) =>
    http.get<Page<Organisation>>(base, { ...query }, opts),
  get: (id: number, opts?: RequestOptions) => http.get<Organisation>(`${base}/${id}`, undefined, opts),
  create: (input: OrganisationInput, opts?: RequestOptions) => http.post<Organisation>(base, input, opts),
  update: (id: number, input: OrganisationInput & { version: number }, opts?: RequestOptions) =>
    http.patch<Organisation>(`${base}/${id}`, input, opts),
  archive: (id: number, opts?: RequestOptions) => http.delete<Organisation>(`${base}/${id}`, opts),
  /** Organisations that are probably this one (staff, admin). */
  duplicates: (id: number, limit?: number, opts?: RequestOptions) =>
    http.get<{ items: DuplicateCandidate[] }>(`${base}/${id}/duplicates`, { limit }, opts),
  /** Move people, relations and interactions of `id` to `into` and archive `id`; answers the one kept. */
  merge: (id: number, into: number, opts?: RequestOptions) =>
    http.post<Organisation>(`${base}/${id}/merge`, { into }, opts),
  /** The likeliest duplicate pairs in the whole directory (staff, admin). */
  duplicatePairs: (limit?: number, opts?: RequestOptions) =>
    http.get<{ items: DuplicatePair[] }>('/api/duplicates', { limit }, opts),
  /** Its interactions and its introductions' steps, newest first. */
  timeline: (id: number, query: { limit?: number; cursor?: string | null }, opts?: RequestOptions) =>
    http.get<Page<TimelineItem>>(`${base}/${id}/timeline`, { ...query }, opts),
}
