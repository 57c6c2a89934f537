import { http, type RequestOptions } from './http'
import type { SdgSuggestion } from './types'

export const sdgApi = {
  /** The goals a text serves (at most three, best first), with the words that say so. Public. */
  tag: (text: string, opts?: RequestOptions) => http.post<{ sdgs: SdgSuggestion[] }>('/api/sdg/tag', { text }, opts),
}
