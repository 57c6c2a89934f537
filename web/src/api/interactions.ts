import { http, type RequestOptions } from './http'
import type { Interaction, InteractionInput, InteractionQuery, Page } from './types'

const base = '/api/interactions'

export const interactionsApi = {
  list: (query: InteractionQuery, opts?: RequestOptions) =>
    http.get<Page<Interaction>>(base, { ...query }, opts),
  get: (id: number, opts?: RequestOptions) => http.get<Interaction>(`${base}/${id}`, undefined, opts),
  create: (input: InteractionInput, opts?: RequestOptions) => http.post<Interaction>(base, input, opts),
  update: (id: number, input: InteractionInput & { version: number }, opts?: RequestOptions) =>
    http.patch<Interaction>(`${base}/${id}`, input, opts),
  archive: (id: number, opts?: RequestOptions) => http.delete<Interaction>(`${base}/${id}`, opts),
}
