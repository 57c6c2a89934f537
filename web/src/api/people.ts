import { http, type RequestOptions } from './http'
import type { Page, PeopleQuery, Person, PersonInput } from './types'

const base = '/api/people'

export const peopleApi = {
  list: (query: PeopleQuery, opts?: RequestOptions) => http.get<Page<Person>>(base, { ...query }, opts),
  get: (id: number, opts?: RequestOptions) => http.get<Person>(`${base}/${id}`, undefined, opts),
  create: (input: PersonInput, opts?: RequestOptions) => http.post<Person>(base, input, opts),
  update: (id: number, input: PersonInput & { version: number }, opts?: RequestOptions) =>
    http.patch<Person>(`${base}/${id}`, input, opts),
  archive: (id: number, opts?: RequestOptions) => http.delete<Person>(`${base}/${id}`, opts),
}
