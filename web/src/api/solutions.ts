import { http, type RequestOptions } from './http'
import type { Page, Solution, SolutionInput, SolutionQuery } from './types'

const base = '/api/solutions'

export const solutionsApi = {
  /** The library, newest first (public). */
  list: (query: SolutionQuery, opts?: RequestOptions) => http.get<Page<Solution>>(base, { ...query }, opts),
  get: (id: number, opts?: RequestOptions) => http.get<Solution>(`${base}/${id}`, undefined, opts),
  /** Staff; a partner for its own organisation (the server sets it). */
  create: (input: SolutionInput, opts?: RequestOptions) => http.post<Solution>(base, input, opts),
  /** With the version read: a stale one answers 409. */
  update: (id: number, input: SolutionInput & { version: number }, opts?: RequestOptions) =>
    http.patch<Solution>(`${base}/${id}`, input, opts),
  /** Kept, hidden from the public. */
  archive: (id: number, opts?: RequestOptions) => http.delete<Solution>(`${base}/${id}`, opts),
}
