import { http, type RequestOptions } from './http'
import type {
  Attendance,
  CheckIn,
  Invitation,
  InvitationInput,
  OutboxMessage,
  OwnRegistration,
  Registration,
  RegistrationInput,
} from './types'

const ev = (id: number) => `/api/events/${id}`
const own = (id: number, rid: number) => `${ev(id)}/registrations/${rid}`
const withKey = (path: string, key: string, extra = '') => `${path}?key=${encodeURIComponent(key)}${extra}`

/** Registering (public), the registrant's private page by its key, and staff's lists. */
export const registrationsApi = {
  /** 201 registered or waitlisted (with `position`); 409 closed/duplicate; 422 per field. */
  register: (id: number, input: RegistrationInput, opts?: RequestOptions) =>
    http.post<OwnRegistration>(`${ev(id)}/registrations`, input, opts),
  get: (id: number, rid: number, key: string, opts?: RequestOptions) =>
    http.get<OwnRegistration>(own(id, rid), { key }, opts),
  cancel: (id: number, rid: number, key: string, opts?: RequestOptions) =>
    http.delete<OwnRegistration>(withKey(own(id, rid), key), opts),
  qrUrl: (id: number, rid: number, key: string) => withKey(`${own(id, rid)}/qr.svg`, key),
  calendarUrl: (id: number, rid: number, key: string, locale: string) =>
    withKey(`${own(id, rid)}/calendar.ics`, key, `&lang=${locale === 'en' ? 'en' : 'zh'}`),
  /** Staff: everyone, in order of arrival. */
  list: (id: number, opts?: RequestOptions) => http.get<{ items: Registration[] }>(`${ev(id)}/registrations`, undefined, opts),
  invite: (id: number, invitations: InvitationInput[], opts?: RequestOptions) =>
    http.post<{ items: Invitation[] }>(`${ev(id)}/invitations`, { invitations }, opts),
  invitations: (id: number, opts?: RequestOptions) => http.get<{ items: Invitation[] }>(`${ev(id)}/invitations`, undefined, opts),
  /** Remind the invited who have not registered; answers how many messages were queued. */
  remind: (id: number, opts?: RequestOptions) => http.post<{ queued: number }>(`${ev(id)}/invitations/reminders`, {}, opts),
  outbox: (eventId: number, opts?: RequestOptions) => http.get<{ items: OutboxMessage[] }>('/api/outbox', { event_id: eventId }, opts),
}

/** Staff at the door: check-ins, figures and downloads. */
export const attendanceApi = {
  /** 201; 409 reused/cancelled/waitlisted (bilingual detail); 422 on `token` when forged. */
  checkIn: (id: number, token: string, sessionId: number | null, opts?: RequestOptions) =>
    http.post<CheckIn>(`${ev(id)}/check-ins`, sessionId ? { token, session_id: sessionId } : { token }, opts),
  figures: (id: number, opts?: RequestOptions) => http.get<Attendance>(`${ev(id)}/attendance`, undefined, opts),
  csvUrl: (id: number) => `${ev(id)}/attendees.csv`,
  xlsxUrl: (id: number) => `${ev(id)}/attendees.xlsx`,
}
