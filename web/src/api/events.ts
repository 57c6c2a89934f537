import { http, type RequestOptions } from './http'
import type {
  EventInput,
  EventQuery,
  EventSeries,
  EventSession,
  IcityEvent,
  Page,
  SessionInput,
  SiteDetails,
  SiteInput,
} from './types'

const base = '/api/events'

/** Events and exchange programmes: public ones for everyone, invitation-only ones listed for staff. */
export const eventsApi = {
  list: (query: EventQuery, opts?: RequestOptions) => http.get<Page<IcityEvent>>(base, { ...query }, opts),
  /** With its sessions (sorted by start), registration counts, organisers and series. */
  get: (id: number, opts?: RequestOptions) => http.get<IcityEvent>(`${base}/${id}`, undefined, opts),
  create: (input: EventInput, opts?: RequestOptions) => http.post<IcityEvent>(base, input, opts),
  /** With the version read: a stale one answers 409. */
  update: (id: number, input: Partial<EventInput> & { version: number }, opts?: RequestOptions) =>
    http.patch<IcityEvent>(`${base}/${id}`, input, opts),
  addSession: (id: number, input: SessionInput, opts?: RequestOptions) =>
    http.post<EventSession>(`${base}/${id}/sessions`, input, opts),
  updateSession: (id: number, sid: number, input: SessionInput, opts?: RequestOptions) =>
    http.patch<EventSession>(`${base}/${id}/sessions/${sid}`, input, opts),
  removeSession: (id: number, sid: number, opts?: RequestOptions) =>
    http.delete<void>(`${base}/${id}/sessions/${sid}`, opts),
  /** The signed-in user's own calendar feed (a secret URL that works without signing in). */
  myCalendar: (opts?: RequestOptions) => http.get<{ token: string; url: string }>('/api/me/calendar', undefined, opts),
  /** The event's iCalendar feed in a language (a link, not a request). */
  calendarUrl: (id: number, locale: string) => `${base}/${id}/calendar.ics?lang=${locale === 'en' ? 'en' : 'zh'}`,
}

export const seriesApi = {
  list: (opts?: RequestOptions) => http.get<{ items: EventSeries[] }>('/api/event-series', undefined, opts),
  create: (input: { title: EventSeries['title']; summary?: EventSeries['summary'] }, opts?: RequestOptions) =>
    http.post<EventSeries>('/api/event-series', input, opts),
}

/** Places and companies that programmes visit (organisations of kind site/enterprise/sme/startup). */
export const sitesApi = {
  list: (opts?: RequestOptions) => http.get<{ items: SiteDetails[] }>('/api/sites', undefined, opts),
  /** 404 when the organisation has no site details yet. */
  get: (organisationId: number, opts?: RequestOptions) =>
    http.get<SiteDetails>(`/api/organisations/${organisationId}/site`, undefined, opts),
  /** version 0 creates them. */
  put: (organisationId: number, input: SiteInput, opts?: RequestOptions) =>
    http.put<SiteDetails>(`/api/organisations/${organisationId}/site`, input, opts),
}
