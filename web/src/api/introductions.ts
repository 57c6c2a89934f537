import { http, type RequestOptions } from './http'
import type { Introduction, IntroductionInput, IntroductionMove, IntroductionQuery, Page } from './types'

const base = '/api/introductions'

export const introductionsApi = {
  /** Express interest: opens an introduction in status "interest". */
  create: (input: IntroductionInput, opts?: RequestOptions) => http.post<Introduction>(base, input, opts),
  list: (query: IntroductionQuery, opts?: RequestOptions) => http.get<Page<Introduction>>(base, { ...query }, opts),
  get: (id: number, opts?: RequestOptions) => http.get<Introduction>(`${base}/${id}`, undefined, opts),
  /** One step of the workflow; 409 with the reason when it is not allowed, 422 when a detail is missing. */
  transition: (id: number, move: IntroductionMove, opts?: RequestOptions) =>
    http.post<Introduction>(`${base}/${id}/transitions`, move, opts),
}
