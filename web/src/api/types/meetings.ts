// B2B meetings of an event (participants act by their registration and its private key) and
// delegation itineraries. Times of meetings are UTC RFC 3339; itinerary times are the city's "HH:MM".
import type { Bilingual } from './common'

export interface Participant {
  registration_id: number
  name: Bilingual
  organisation: string
  country: string
}

export type MeetingRequestStatus = 'requested' | 'accepted' | 'declined' | 'withdrawn'
export type MeetingAnswer = 'accept' | 'decline' | 'withdraw'

export interface MeetingRequest {
  id: number
  from: Participant
  to: Participant
  priority: number
  message: string
  status: MeetingRequestStatus
  created_at: string
  updated_at: string
}

export interface Meeting {
  id: number
  slot: number
  table: number
  fixed: boolean
  starts_at: string
  ends_at: string
  request: MeetingRequest
}

export interface MeetingSchedule {
  meetings: Meeting[]
  unplaced: { request: MeetingRequest; reason: string }[]
  total_weight: number
  idle_gaps: number
  published_at: string | null
}

/** Who acts: a registration and its private key. */
export interface MeetingWho {
  registration: number
  key: string
}

export interface ItineraryPlace {
  name: Bilingual
  latitude: number
  longitude: number
}

export interface ItineraryPin {
  site_id: number
  day: string
  start?: string
}

export interface ItineraryRequest {
  days?: string[]
  day_start?: string
  day_end?: string
  lunch?: { earliest: string; latest: string; minutes: number } | null
  start?: ItineraryPlace
  sites?: number[]
  must_visit?: number[]
  dropped?: number[]
  pinned?: ItineraryPin[]
  speed?: { km_per_hour: number; overhead_minutes: number }
  time_limit_ms?: number
}

export interface ItineraryVisit {
  site: { id: number; name: Bilingual }
  travel_minutes: number
  arrival: string
  start: string
  end: string
  interest: number
}

export interface ItineraryDay {
  date: string
  weekday: number
  visits: ItineraryVisit[]
  lunch: { after_visits: number; start: string; end: string } | null
  return_travel_minutes: number
  return_at: string
  score: number
}

export interface Itinerary {
  score: number
  days: ItineraryDay[]
  unplaced_must_visits: { id: number; name: Bilingual }[]
  excluded: { site: { id: number; name: Bilingual }; reason: Bilingual }[]
  request: ItineraryRequest
  updated_at: string
}
