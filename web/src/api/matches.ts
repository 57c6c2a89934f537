import { http, type RequestOptions } from './http'
import type { Match, MatchSource } from './types'

const paths: Record<MatchSource, string> = {
  opportunity: '/api/opportunities',
  organisation: '/api/organisations',
  delegation: '/api/delegations',
}

/** Suggested partners of an opportunity, organisation or delegation, best first, each with its reasons. */
export const matchesApi = {
  of: (source: MatchSource, id: number, limit?: number, opts?: RequestOptions) =>
    http.get<{ matches: Match[] }>(`${paths[source]}/${id}/matches`, { limit }, opts),
}
