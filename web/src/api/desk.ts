import { http, type RequestOptions } from './http'
import type {
  CaseCounts,
  CaseCreated,
  CaseInput,
  CaseMessage,
  CaseMove,
  CaseQuery,
  CaseSummary,
  DeskCalendar,
  DeskCase,
  DeskService,
  Escalation,
  NoteInput,
  Page,
  PublicCase,
  RatingInput,
  ReplyInput,
  ServiceInput,
  ServicePatch,
  StaffUser,
  Team,
  TeamInput,
  TeamPatch,
} from './types'

const cases = '/api/cases'
const one = (id: number) => `${cases}/${id}`
const withKey = (path: string, key: string) => `${path}?key=${encodeURIComponent(key)}`

/** Teams that handle the services (staff read them, admins write them). */
export const teamsApi = {
  list: (opts?: RequestOptions) => http.get<{ items: Team[] }>('/api/teams', undefined, opts),
  create: (input: TeamInput, opts?: RequestOptions) => http.post<Team>('/api/teams', input, opts),
  /** With the version read: a stale one answers 409. */
  update: (id: number, patch: TeamPatch, opts?: RequestOptions) => http.patch<Team>(`/api/teams/${id}`, patch, opts),
  /** Staff and admins: the people a case can be assigned to. */
  staff: (opts?: RequestOptions) => http.get<{ items: StaffUser[] }>('/api/users', { role: 'staff' }, opts),
}

/** The service catalogue: active services for everyone; admins see and edit all of them. */
export const servicesApi = {
  list: (all = false, opts?: RequestOptions) =>
    http.get<{ items: DeskService[] }>('/api/services', all ? { all: true } : undefined, opts),
  get: (id: number, opts?: RequestOptions) => http.get<DeskService>(`/api/services/${id}`, undefined, opts),
  create: (input: ServiceInput, opts?: RequestOptions) => http.post<DeskService>('/api/services', input, opts),
  update: (id: number, patch: ServicePatch, opts?: RequestOptions) => http.patch<DeskService>(`/api/services/${id}`, patch, opts),
}

/** Cases: intake (public), queues and a case (staff). */
export const casesApi = {
  /** 201 with the number and the private link's key (shown once); 422 per field; 429 with Retry-After. */
  create: (input: CaseInput, opts?: RequestOptions) => http.post<CaseCreated>(cases, input, opts),
  list: (query: CaseQuery, opts?: RequestOptions) => http.get<Page<CaseSummary>>(cases, { ...query }, opts),
  summary: (opts?: RequestOptions) => http.get<CaseCounts>(`${cases}/summary`, undefined, opts),
  escalations: (opts?: RequestOptions) => http.get<{ items: Escalation[] }>(`${cases}/escalations`, undefined, opts),
  get: (id: number, opts?: RequestOptions) => http.get<DeskCase>(one(id), undefined, opts),
  /** 409 with the reason for an illegal move; 422 for an assignee who is not staff. */
  transition: (id: number, move: CaseMove, opts?: RequestOptions) => http.post<DeskCase>(`${one(id)}/transitions`, move, opts),
  /** internal: only staff see it; otherwise a public reply the requester reads. */
  note: (id: number, input: NoteInput, opts?: RequestOptions) => http.post<CaseMessage>(`${one(id)}/notes`, input, opts),
  /** A file of the case (a link, not a request); with the key for the requester. */
  attachmentUrl: (id: number, aid: number, key?: string) => {
    const path = `${one(id)}/attachments/${aid}`
    return key ? withKey(path, key) : path
  },
}

/** The requester's side, through the private link's key (no account). */
export const publicCaseApi = {
  /** A wrong key answers 404. */
  get: (id: number, key: string, opts?: RequestOptions) => http.get<PublicCase>(`${one(id)}/public`, { key }, opts),
  reply: (id: number, key: string, input: ReplyInput, opts?: RequestOptions) =>
    http.post<CaseMessage>(withKey(`${one(id)}/replies`, key), input, opts),
  /** Confirm a resolved case (to closed). */
  confirm: (id: number, key: string, opts?: RequestOptions) =>
    http.post<PublicCase>(withKey(`${one(id)}/transitions`, key), { to: 'closed' }, opts),
  /** Reopen within the window, saying why. */
  reopen: (id: number, key: string, message: string, opts?: RequestOptions) =>
    http.post<PublicCase>(withKey(`${one(id)}/transitions`, key), { to: 'in_progress', message }, opts),
  /** Once, after the case is resolved or closed (409 after). */
  rate: (id: number, key: string, input: RatingInput, opts?: RequestOptions) =>
    http.post<PublicCase>(withKey(`${one(id)}/rating`, key), input, opts),
}

export const deskCalendarApi = {
  get: (year: number, opts?: RequestOptions) => http.get<DeskCalendar>('/api/desk/calendar', { year }, opts),
}
