// Events and exchange programmes: series, events, their sessions at sites, registration,
// invitations, check-in and attendance. Times are UTC RFC 3339; `time_zone` is IANA.
import type { Bilingual } from './common'
import type { OrgKind, OrgRef } from './directory'

export const EVENT_TYPES = ['conference', 'exchange_camp', 'workshop', 'b2b', 'visit_programme', 'cultural'] as const
export type EventType = (typeof EVENT_TYPES)[number]

export const SESSION_TYPES = [
  'opening_ceremony',
  'seminar',
  'exchange_meeting',
  'company_visit',
  'field_survey',
  'cultural_experience',
  'b2b_round',
  'other',
] as const
export type SessionType = (typeof SESSION_TYPES)[number]

export type EventVisibility = 'public' | 'invitation'
export type EventStatus = 'scheduled' | 'cancelled'
/** Organisations of these kinds can be visited (have site details). */
export const SITE_KINDS: OrgKind[] = ['site', 'enterprise', 'sme', 'startup']

export interface EventSeries {
  id: number
  version: number
  title: Bilingual
  summary: Bilingual
  archived: boolean
  created_at: string
  updated_at: string
}

export interface Speaker {
  name: Bilingual
  title: Bilingual
}

export interface EventSession {
  id: number
  version: number
  event_id: number
  type: SessionType
  type_label: Bilingual
  title: Bilingual
  summary: Bilingual
  starts_at: string
  ends_at: string
  site_id: number | null
  site: OrgRef | null
  location: Bilingual
  speakers: Speaker[]
}

export interface SessionInput {
  type: SessionType
  title: Bilingual
  summary: Bilingual
  starts_at: string
  ends_at: string
  site_id: number | null
  location: Bilingual
  speakers: Speaker[]
}

export interface EventMeetings {
  slots: number
  minutes: number
  tables: number
  start_at: string
  published_at?: string | null
}

export interface RegistrationCounts {
  registered: number
  waitlisted: number
  /** null: no capacity limit. */
  seats_left: number | null
}

export interface IcityEvent {
  id: number
  version: number
  series_id: number | null
  series: { id: number; title: Bilingual } | null
  title: Bilingual
  summary: Bilingual
  type: EventType
  starts_at: string
  ends_at: string
  time_zone: string
  venue: Bilingual
  venue_organisation_id: number | null
  venue_organisation: OrgRef | null
  organisers: number[]
  organisations: OrgRef[]
  capacity: number | null
  visibility: EventVisibility
  registration_opens_at: string | null
  registration_closes_at: string | null
  status: EventStatus
  archived: boolean
  meetings: EventMeetings | null
  registrations: RegistrationCounts
  /** Only in GET /api/events/{id}, sorted by start. */
  sessions?: EventSession[]
  created_at: string
  updated_at: string
}

export interface EventInput {
  title: Bilingual
  summary: Bilingual
  type: EventType
  starts_at: string
  ends_at: string
  time_zone: string
  venue: Bilingual
  venue_organisation_id: number | null
  organisers: number[]
  capacity: number | null
  visibility: EventVisibility
  registration_opens_at: string | null
  registration_closes_at: string | null
  status: EventStatus
  series_id: number | null
  /** B2B rounds (type b2b): null removes them; left out, they stay as they are. */
  meetings?: Omit<EventMeetings, 'published_at'> | null
}

export interface EventQuery {
  q?: string
  type?: EventType | ''
  series_id?: number | null
  from?: string
  to?: string
  order?: 'upcoming' | 'latest'
  limit?: number
  cursor?: string | null
}

export interface OpeningHours {
  weekday: number
  opens: string
  closes: string
}

export interface SiteDetails {
  organisation_id: number
  version: number
  address: Bilingual
  latitude: number | null
  longitude: number | null
  opening_hours: OpeningHours[]
  visit_minutes: number
  group_capacity: number | null
  updated_at: string
  organisation: { id: number; name: Bilingual; kind: OrgKind }
}

export interface SiteInput {
  version: number
  address: Bilingual
  latitude: number | null
  longitude: number | null
  opening_hours: OpeningHours[]
  visit_minutes: number
  group_capacity: number | null
}

export type RegistrationStatus = 'registered' | 'waitlisted' | 'cancelled'

export interface Registration {
  id: number
  event_id: number
  status: RegistrationStatus
  /** Place on the waiting list (1 = next); null when not waiting. */
  position: number | null
  arrival: number
  name: Bilingual
  email: string
  organisation: string
  country: string
  created_at: string
  cancelled_at: string | null
  promoted_at: string | null
}

/** The registrant's own view (with the key of their private link). */
export interface OwnRegistration extends Registration {
  event_title: Bilingual
  check_in_token?: string
  key?: string
  manage_url?: string
}

export interface RegistrationInput {
  name: Bilingual
  email: string
  organisation: string
  country: string
  invitation?: string
}

export interface Invitation {
  id: number
  event_id: number
  name: Bilingual
  email: string
  person_id: number | null
  registration_id: number | null
  reminders: number
  invited_at: string
  reminded_at: string | null
  /** Only in the answer that made it. */
  key?: string
  link?: string
}

export interface InvitationInput {
  name: Bilingual
  email: string
}

export interface OutboxMessage {
  id: number
  kind: string
  event_id: number | null
  to: { email: string; name: string }
  subject: Bilingual
  body: Bilingual
  created_at: string
  sent_at: string | null
}

export interface CheckIn {
  registration: Registration
  session_id: number | null
  checked_in_at: string
}

export interface Attendance {
  capacity: number | null
  registered: number
  waitlisted: number
  cancelled: number
  checked_in: number
  attendance_rate: number
  sessions: { session_id: number; title: Bilingual; starts_at: string; attended: number }[]
}
