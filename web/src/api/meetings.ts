import { http, type RequestOptions } from './http'
import type { MeetingAnswer, MeetingRequest, MeetingSchedule, MeetingWho, Participant } from './types'

const ev = (id: number) => `/api/events/${id}`
const own = (id: number, rid: number) => `${ev(id)}/registrations/${rid}`
const q = (who?: MeetingWho) => (who ? { registration: who.registration, key: who.key } : undefined)

/** B2B meetings: participants act by their registration's key; staff without one. */
export const meetingsApi = {
  participants: (id: number, who?: MeetingWho, opts?: RequestOptions) =>
    http.get<{ items: Participant[] }>(`${ev(id)}/meetings/participants`, q(who), opts),
  /** Sent and received (staff without `who`: all). */
  requests: (id: number, who?: MeetingWho, opts?: RequestOptions) =>
    http.get<{ items: MeetingRequest[] }>(`${ev(id)}/meeting-requests`, q(who), opts),
  /** 201; 409 when one of the pair already asked. */
  ask: (id: number, who: MeetingWho, input: { to: number; priority: number; message: string }, opts?: RequestOptions) =>
    http.post<MeetingRequest>(`${ev(id)}/meeting-requests`, { ...who, ...input }, opts),
  answer: (id: number, requestId: number, who: MeetingWho, answer: MeetingAnswer, opts?: RequestOptions) =>
    http.post<MeetingRequest>(`${ev(id)}/meeting-requests/${requestId}/answer`, { ...who, answer }, opts),
  unavailable: (id: number, who: MeetingWho, opts?: RequestOptions) =>
    http.get<{ slots: number[] }>(`${own(id, who.registration)}/unavailable`, { key: who.key }, opts),
  setUnavailable: (id: number, who: MeetingWho, slots: number[], opts?: RequestOptions) =>
    http.put<{ slots: number[] }>(`${own(id, who.registration)}/unavailable?key=${encodeURIComponent(who.key)}`, { slots }, opts),
  /** 409 until published. */
  agenda: (id: number, who: MeetingWho, opts?: RequestOptions) =>
    http.get<MeetingSchedule>(`${own(id, who.registration)}/agenda`, { key: who.key }, opts),
  /** Staff. */
  schedule: (id: number, opts?: RequestOptions) => http.get<MeetingSchedule>(`${ev(id)}/meetings`, undefined, opts),
  run: (id: number, mode: 'all' | 'best', timeLimitMs = 1000, opts?: RequestOptions) =>
    http.post<MeetingSchedule>(`${ev(id)}/meetings/schedule`, { mode, time_limit_ms: timeLimitMs }, opts),
  /** 409 naming the clash; the meeting becomes fixed. */
  move: (id: number, meetingId: number, slot: number, table: number, opts?: RequestOptions) =>
    http.patch<MeetingSchedule>(`${ev(id)}/meetings/${meetingId}`, { slot, table }, opts),
  publish: (id: number, opts?: RequestOptions) => http.post<MeetingSchedule>(`${ev(id)}/meetings/publish`, {}, opts),
}
