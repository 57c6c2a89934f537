// B2B meetings: slot times in the event's zone, request states, and the staff's grid model
// (slots × tables, who meets whom, where a meeting may be moved). No Vue imports.
import { isApiError } from '@/api/http'
import type { EventMeetings, Meeting, MeetingRequest, MeetingRequestStatus } from '@/api/types'
import { localDate, localTime } from '@/utils/timeZone'

export interface SlotTime {
  slot: number
  starts_at: string
  ends_at: string
  /** "09:30–09:50" in the event's zone. */
  label: string
  date: string
}

/** Slot `i` runs from start_at + i × minutes for `minutes`, read in the event's zone. */
export function slotTimes(m: Pick<EventMeetings, 'slots' | 'minutes' | 'start_at'>, timeZone: string): SlotTime[] {
  const t0 = Date.parse(m.start_at)
  if (Number.isNaN(t0)) return []
  return Array.from({ length: Math.max(0, m.slots) }, (_, slot) => {
    const a = new Date(t0 + slot * m.minutes * 60000).toISOString()
    const b = new Date(t0 + (slot + 1) * m.minutes * 60000).toISOString()
    return { slot, starts_at: a, ends_at: b, label: `${localTime(a, timeZone)}–${localTime(b, timeZone)}`, date: localDate(a, timeZone) }
  })
}

export const REQUEST_TAG: Record<MeetingRequestStatus, 'success' | 'warning' | 'info' | 'danger'> = {
  requested: 'warning',
  accepted: 'success',
  declined: 'danger',
  withdrawn: 'info',
}

/** A participant's requests split into those they sent and those they received. */
export function splitRequests(items: MeetingRequest[], me: number) {
  return { sent: items.filter((r) => r.from.registration_id === me), received: items.filter((r) => r.to.registration_id === me) }
}

/** The other side of a meeting request, seen from `me`. */
export function otherSide(r: MeetingRequest, me: number) {
  return r.from.registration_id === me ? r.to : r.from
}

/** Who a participant may still ask: not themselves, nobody already asked either way (unless withdrawn/declined is final too). */
export function askable<T extends { registration_id: number }>(all: T[], requests: MeetingRequest[], me: number): T[] {
  const taken = new Set(requests.flatMap((r) => [r.from.registration_id, r.to.registration_id]))
  return all.filter((p) => p.registration_id !== me && !taken.has(p.registration_id))
}

export interface GridCell {
  slot: number
  table: number
  meeting: Meeting | null
}

/** Rows by slot, a cell per table, each with the meeting placed there (or null). */
export function gridRows(meetings: Meeting[], slots: number, tables: number): GridCell[][] {
  const at = new Map(meetings.map((m) => [`${m.slot}:${m.table}`, m]))
  return Array.from({ length: slots }, (_, slot) =>
    Array.from({ length: tables }, (_, table) => ({ slot, table, meeting: at.get(`${slot}:${table}`) ?? null })),
  )
}

/**
 * Why a meeting cannot go to (slot, table), as a key for the reader (null: it may). The server
 * decides (it knows unavailable slots); this only keeps obvious clashes from being dropped.
 */
export function moveConflict(meetings: Meeting[], moving: Meeting, slot: number, table: number): 'same' | 'table' | 'participant' | null {
  if (moving.slot === slot && moving.table === table) return 'same'
  const people = new Set([moving.request.from.registration_id, moving.request.to.registration_id])
  for (const m of meetings) {
    if (m.id === moving.id || m.slot !== slot) continue
    if (m.table === table) return 'table'
    if (people.has(m.request.from.registration_id) || people.has(m.request.to.registration_id)) return 'participant'
  }
  return null
}

/** The server's reason for a refused move or request (409), else null. */
export function refusal(e: unknown): string | null {
  if (!isApiError(e) || (e.status !== 409 && e.status !== 422)) return null
  return e.fieldErrors[0]?.message || e.problem?.detail || e.problem?.title || e.message
}
