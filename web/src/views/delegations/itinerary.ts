// Delegation itineraries: the request from the settings and the staff's pins and drops, and a
// day's timeline (departure, travel legs, visits, lunch where it falls, return). No Vue imports.
import type { Bilingual, Itinerary, ItineraryDay, ItineraryPin, ItineraryRequest, ItineraryVisit } from '@/api/types'

export interface ItinerarySettings {
  days: string[]
  day_start: string
  day_end: string
  lunch: boolean
  lunch_earliest: string
  lunch_latest: string
  lunch_minutes: number
  start_name: Bilingual
  start_latitude: number | null
  start_longitude: number | null
  km_per_hour: number
  overhead_minutes: number
}

export interface Adjustments {
  pinned: ItineraryPin[]
  dropped: number[]
  must_visit: number[]
}

/** Every date from `from` to `to` (inclusive), "YYYY-MM-DD". */
export function dateSpan(from: string | null, to: string | null): string[] {
  if (!from) return to ? [to] : []
  const end = Date.parse(`${to ?? from}T00:00:00Z`)
  const out: string[] = []
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= end && out.length < 31; t += 86400000) out.push(new Date(t).toISOString().slice(0, 10))
  return out
}

export function defaultSettings(days: string[]): ItinerarySettings {
  return {
    days,
    day_start: '09:00',
    day_end: '18:00',
    lunch: true,
    lunch_earliest: '11:30',
    lunch_latest: '13:30',
    lunch_minutes: 60,
    start_name: { zh: '', en: '' },
    start_latitude: null,
    start_longitude: null,
    km_per_hour: 25,
    overhead_minutes: 10,
  }
}

/** Settings from a previous request (the page starts from the last plan's). */
export function settingsFromRequest(r: ItineraryRequest, fallbackDays: string[]): ItinerarySettings {
  const s = defaultSettings(r.days?.length ? [...r.days] : fallbackDays)
  if (r.day_start) s.day_start = r.day_start
  if (r.day_end) s.day_end = r.day_end
  if (r.lunch === null) s.lunch = false
  else if (r.lunch) Object.assign(s, { lunch_earliest: r.lunch.earliest, lunch_latest: r.lunch.latest, lunch_minutes: r.lunch.minutes })
  if (r.start) Object.assign(s, { start_name: { ...r.start.name }, start_latitude: r.start.latitude, start_longitude: r.start.longitude })
  if (r.speed) Object.assign(s, { km_per_hour: r.speed.km_per_hour, overhead_minutes: r.speed.overhead_minutes })
  return s
}

export function adjustmentsFromRequest(r: ItineraryRequest | null | undefined): Adjustments {
  return { pinned: [...(r?.pinned ?? [])], dropped: [...(r?.dropped ?? [])], must_visit: [...(r?.must_visit ?? [])] }
}

/** The body posted: the settings, and the pins, drops and must-visits (a dropped site is neither pinned nor a must). */
export function buildRequest(s: ItinerarySettings, a: Adjustments, timeLimitMs = 1000): ItineraryRequest {
  const dropped = [...new Set(a.dropped)]
  const out: ItineraryRequest = {
    days: [...s.days],
    day_start: s.day_start,
    day_end: s.day_end,
    lunch: s.lunch ? { earliest: s.lunch_earliest, latest: s.lunch_latest, minutes: s.lunch_minutes } : null,
    speed: { km_per_hour: s.km_per_hour, overhead_minutes: s.overhead_minutes },
    must_visit: [...new Set(a.must_visit)].filter((id) => !dropped.includes(id)),
    dropped,
    pinned: a.pinned.filter((p) => !dropped.includes(p.site_id)).map((p) => (p.start ? { ...p } : { site_id: p.site_id, day: p.day })),
    time_limit_ms: timeLimitMs,
  }
  if (s.start_latitude != null && s.start_longitude != null) {
    out.start = { name: { ...s.start_name }, latitude: s.start_latitude, longitude: s.start_longitude }
  }
  return out
}

/** Pin a visit to its day (and, when `withTime`, its start); pinning again replaces. */
export function pin(a: Adjustments, day: string, v: ItineraryVisit, withTime: boolean): Adjustments {
  const p: ItineraryPin = withTime ? { site_id: v.site.id, day, start: v.start } : { site_id: v.site.id, day }
  return { ...a, pinned: [...a.pinned.filter((x) => x.site_id !== v.site.id), p], dropped: a.dropped.filter((id) => id !== v.site.id) }
}

export function unpin(a: Adjustments, siteId: number): Adjustments {
  return { ...a, pinned: a.pinned.filter((x) => x.site_id !== siteId) }
}

export function drop(a: Adjustments, siteId: number): Adjustments {
  return {
    pinned: a.pinned.filter((x) => x.site_id !== siteId),
    must_visit: a.must_visit.filter((id) => id !== siteId),
    dropped: a.dropped.includes(siteId) ? a.dropped : [...a.dropped, siteId],
  }
}

export function mustVisit(a: Adjustments, siteId: number): Adjustments {
  return { ...a, dropped: a.dropped.filter((id) => id !== siteId), must_visit: a.must_visit.includes(siteId) ? a.must_visit : [...a.must_visit, siteId] }
}

export type TimelineRow =
  | { kind: 'depart'; at: string }
  | { kind: 'travel'; minutes: number }
  | { kind: 'visit'; visit: ItineraryVisit; index: number }
  | { kind: 'lunch'; start: string; end: string }
  | { kind: 'return'; at: string; minutes: number }

/** A day as rows: departure, then for each visit its travel leg and the visit, lunch after `after_visits` visits, the way back. */
export function timeline(day: ItineraryDay, dayStart: string): TimelineRow[] {
  const first = day.visits[0]
  const rows: TimelineRow[] = [{ kind: 'depart', at: first ? minusMinutes(first.arrival, first.travel_minutes) : dayStart }]
  const lunchAt = day.lunch ? day.lunch.after_visits : -1
  day.visits.forEach((visit, index) => {
    if (index === lunchAt && day.lunch) rows.push({ kind: 'lunch', start: day.lunch.start, end: day.lunch.end })
    if (visit.travel_minutes > 0) rows.push({ kind: 'travel', minutes: visit.travel_minutes })
    rows.push({ kind: 'visit', visit, index })
  })
  if (day.lunch && lunchAt >= day.visits.length) rows.push({ kind: 'lunch', start: day.lunch.start, end: day.lunch.end })
  if (day.return_travel_minutes > 0) rows.push({ kind: 'travel', minutes: day.return_travel_minutes })
  rows.push({ kind: 'return', at: day.return_at, minutes: day.return_travel_minutes })
  return rows
}

/** "HH:MM" minus minutes (never before midnight). */
export function minusMinutes(hhmm: string, minutes: number): string {
  const [h, m] = hhmm.split(':').map(Number)
  const t = Math.max(0, h * 60 + m - minutes)
  return `${String(Math.floor(t / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`
}

/** Interest as a bar width (0..100 %), relative to the plan's highest. */
export function interestPercent(plan: Itinerary, interest: number): number {
  const max = Math.max(0, ...plan.days.flatMap((d) => d.visits.map((v) => v.interest)))
  return max > 0 ? Math.round((Math.max(0, interest) / max) * 100) : 0
}
