import { http, type Query, type RequestOptions } from './http'
import type { SearchQuery, SearchResponse } from './types'

/** The query string of GET /api/search: empty filters left out, `partial` only when true. */
export function searchParams(query: SearchQuery): Query {
  return {
    q: query.q?.trim() || undefined,
    type: query.type || undefined,
    kind: query.kind || undefined,
    country: query.country || undefined,
    sector: query.sector || undefined,
    sdg: query.sdg ?? undefined,
    partial: query.partial ? true : undefined,
    limit: query.limit,
    cursor: query.cursor ?? undefined,
  }
}

export const searchApi = {
  search: (query: SearchQuery, opts?: RequestOptions) =>
    http.get<SearchResponse>('/api/search', searchParams(query), opts),
}
