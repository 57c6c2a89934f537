// Events: the timetable by local day, what a list card says about seats, and the event and
// session form models (wall times in the event's zone ↔ RFC 3339 with its offset).
import type { Bilingual, EventInput, EventSession, EventType, IcityEvent, SessionInput, SessionType } from '@/api/types'
import { fromWallTime, localDate, toWallTime } from '@/utils/timeZone'

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai'

export const TYPE_TAG: Record<EventType, 'primary' | 'success' | 'warning' | 'info' | 'danger'> = {
  conference: 'primary',
  exchange_camp: 'success',
  workshop: 'warning',
  b2b: 'danger',
  visit_programme: 'info',
  cultural: 'success',
}

export interface TimetableDay<S> {
  /** "2099-06-05", in the event's zone. */
  date: string
  sessions: S[]
}

/** Sessions grouped by their start's local date in `timeZone`, days and sessions in order of time. */
export function timetable<S extends Pick<EventSession, 'starts_at'>>(sessions: S[], timeZone: string): TimetableDay<S>[] {
  const sorted = [...sessions].sort((a, b) => Date.parse(a.starts_at) - Date.parse(b.starts_at))
  const days: TimetableDay<S>[] = []
  for (const s of sorted) {
    const date = localDate(s.starts_at, timeZone)
    const last = days[days.length - 1]
    if (last && last.date === date) last.sessions.push(s)
    else days.push({ date, sessions: [s] })
  }
  return days
}

export type SeatState = { kind: 'open'; left: number | null } | { kind: 'full'; waiting: number }

/** Seats left, or the waiting list once there are none. */
export function seatState(e: Pick<IcityEvent, 'registrations'>): SeatState {
  const r = e.registrations
  if (r.seats_left !== null && r.seats_left <= 0) return { kind: 'full', waiting: r.waitlisted }
  return { kind: 'open', left: r.seats_left }
}

/** Whether the public may register now (the server decides anyway). */
export function registrationOpen(e: IcityEvent, now = Date.now()): boolean {
  if (e.status !== 'scheduled') return false
  if (e.registration_opens_at && Date.parse(e.registration_opens_at) > now) return false
  const closes = e.registration_closes_at ?? e.starts_at
  return Date.parse(closes) > now
}

const empty = (): Bilingual => ({ zh: '', en: '' })
const bi = (b: Bilingual) => ({ zh: b.zh.trim(), en: b.en.trim() })

/** The form edits times as wall times ("YYYY-MM-DDTHH:mm:ss") in `time_zone`. */
export interface EventForm extends Omit<EventInput, 'starts_at' | 'ends_at' | 'registration_opens_at' | 'registration_closes_at' | 'meetings'> {
  /** B2B rounds, edited for type b2b; start_at a wall time. */
  meetings: MeetingsForm
  starts_at: string
  ends_at: string
  registration_opens_at: string
  registration_closes_at: string
}

export interface MeetingsForm {
  slots: number | null
  minutes: number | null
  tables: number | null
  start_at: string
}

const noMeetings = (): MeetingsForm => ({ slots: null, minutes: 20, tables: null, start_at: '' })

/** The B2B rounds sent: for type b2b an object (null when no slots are given); other types leave them out. */
export function meetingsToInput(f: Pick<EventForm, 'type' | 'meetings' | 'time_zone'>): Pick<EventInput, 'meetings'> {
  if (f.type !== 'b2b') return {}
  const m = f.meetings
  if (!m.slots && !m.tables && !m.start_at) return { meetings: null }
  return { meetings: { slots: m.slots ?? 0, minutes: m.minutes ?? 0, tables: m.tables ?? 0, start_at: fromWallTime(m.start_at, f.time_zone || DEFAULT_TIME_ZONE) } }
}

export function emptyEventForm(): EventForm {
  return {
    title: empty(),
    summary: empty(),
    type: 'conference',
    starts_at: '',
    ends_at: '',
    time_zone: DEFAULT_TIME_ZONE,
    venue: empty(),
    venue_organisation_id: null,
    organisers: [],
    capacity: null,
    visibility: 'public',
    registration_opens_at: '',
    registration_closes_at: '',
    status: 'scheduled',
    series_id: null,
    meetings: noMeetings(),
  }
}

export function eventToForm(e: IcityEvent): EventForm {
  const tz = e.time_zone || DEFAULT_TIME_ZONE
  return {
    title: { ...e.title },
    summary: { ...e.summary },
    type: e.type,
    starts_at: toWallTime(e.starts_at, tz),
    ends_at: toWallTime(e.ends_at, tz),
    time_zone: tz,
    venue: { ...e.venue },
    venue_organisation_id: e.venue_organisation_id,
    organisers: [...e.organisers],
    capacity: e.capacity,
    visibility: e.visibility,
    registration_opens_at: toWallTime(e.registration_opens_at, tz),
    registration_closes_at: toWallTime(e.registration_closes_at, tz),
    status: e.status,
    series_id: e.series_id,
    meetings: e.meetings
      ? { slots: e.meetings.slots, minutes: e.meetings.minutes, tables: e.meetings.tables, start_at: toWallTime(e.meetings.start_at, tz) }
      : noMeetings(),
  }
}

/** The body sent: trimmed texts, wall times with the zone's offset, empty ones as null. */
export function formToInput(f: EventForm): EventInput {
  const tz = f.time_zone || DEFAULT_TIME_ZONE
  const { meetings: _meetings, ...rest } = f
  return {
    ...rest,
    ...meetingsToInput(f),
    title: bi(f.title),
    summary: bi(f.summary),
    venue: bi(f.venue),
    time_zone: tz,
    starts_at: fromWallTime(f.starts_at, tz),
    ends_at: fromWallTime(f.ends_at, tz),
    registration_opens_at: fromWallTime(f.registration_opens_at, tz) || null,
    registration_closes_at: fromWallTime(f.registration_closes_at, tz) || null,
    capacity: f.capacity ?? null,
    venue_organisation_id: f.venue_organisation_id ?? null,
    series_id: f.series_id ?? null,
  }
}

export interface SessionForm extends Omit<SessionInput, 'starts_at' | 'ends_at'> {
  starts_at: string
  ends_at: string
}

export function sessionToForm(s: EventSession | null, timeZone: string, defaultStart = ''): SessionForm {
  if (!s) {
    return { type: 'seminar' as SessionType, title: empty(), summary: empty(), starts_at: defaultStart, ends_at: '', site_id: null, location: empty(), speakers: [] }
  }
  return {
    type: s.type,
    title: { ...s.title },
    summary: { ...s.summary },
    starts_at: toWallTime(s.starts_at, timeZone),
    ends_at: toWallTime(s.ends_at, timeZone),
    site_id: s.site_id,
    location: { ...s.location },
    speakers: s.speakers.map((sp) => ({ name: { ...sp.name }, title: { ...sp.title } })),
  }
}

export function sessionFormToInput(f: SessionForm, timeZone: string): SessionInput {
  return {
    ...f,
    title: bi(f.title),
    summary: bi(f.summary),
    location: bi(f.location),
    starts_at: fromWallTime(f.starts_at, timeZone),
    ends_at: fromWallTime(f.ends_at, timeZone),
    site_id: f.site_id ?? null,
    speakers: f.speakers
      .map((sp) => ({ name: bi(sp.name), title: bi(sp.title) }))
      .filter((sp) => sp.name.zh || sp.name.en),
  }
}

/** "name, email" lines (comma, tab or semicolon; the email alone is fine) → invitations; bad lines returned apart. */
export function parseInvitationLines(text: string): { invitations: { name: Bilingual; email: string }[]; bad: string[] } {
  const invitations: { name: Bilingual; email: string }[] = []
  const bad: string[] = []
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim()
    if (!line) continue
    const parts = line.split(/[,，;；\t]/).map((p) => p.trim()).filter(Boolean)
    const email = parts.find((p) => /^[^\s@]+@[^\s@]+$/.test(p))
    if (!email) {
      bad.push(line)
      continue
    }
    const name = parts.filter((p) => p !== email).join(' ')
    // A name with Chinese characters is the zh side; else the en side.
    invitations.push({ name: /[\u4e00-\u9fff]/.test(name) ? { zh: name, en: '' } : { zh: '', en: name }, email })
  }
  return { invitations, bad }
}
