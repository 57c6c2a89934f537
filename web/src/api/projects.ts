import { http, type Query, type RequestOptions } from './http'
import type { Page, Project, ProjectBoardColumn, ProjectInput, ProjectMove, ProjectQuery } from './types'

const base = '/api/projects'

/** The query string of the list and board: empty filters left out, overdue_action only when true. */
function toQuery(query: ProjectQuery): Query {
  const { overdue_action, ...rest } = query
  return { ...rest, overdue_action: overdue_action ? true : undefined }
}

export const projectsApi = {
  /** Most recently updated first by default (sort: value, due); without their history. */
  list: (query: ProjectQuery, opts?: RequestOptions) => http.get<Page<Project>>(base, toQuery(query), opts),
  /** One column per stage with its count, legal moves and (at most 100) cards; the list's filters but stage, sort and cursor. */
  board: (query: Omit<ProjectQuery, 'stage' | 'sort' | 'limit' | 'cursor'>, opts?: RequestOptions) =>
    http.get<{ items: ProjectBoardColumn[] }>(`${base}/board`, toQuery(query), opts),
  get: (id: number, opts?: RequestOptions) => http.get<Project>(`${base}/${id}`, undefined, opts),
  create: (input: ProjectInput, opts?: RequestOptions) => http.post<Project>(base, input, opts),
  /** With the version read: a stale one answers 409. */
  update: (id: number, input: ProjectInput & { version: number }, opts?: RequestOptions) =>
    http.patch<Project>(`${base}/${id}`, input, opts),
  /** Another stage: 409 with the reason when the move is illegal or the version stale; dropped needs a reason. */
  transition: (id: number, move: ProjectMove, opts?: RequestOptions) => http.post<Project>(`${base}/${id}/transitions`, move, opts),
}
