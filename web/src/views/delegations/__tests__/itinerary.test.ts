import { describe, expect, it } from 'vitest'
import type { ItineraryDay, ItineraryVisit } from '@/api/types'
import {
  adjustmentsFromRequest,
  buildRequest,
  dateSpan,
  defaultSettings,
  drop,
  minusMinutes,
  mustVisit,
  pin,
  settingsFromRequest,
  timeline,
  unpin,
} from '../itinerary'

const visit = (id: number, start: string, end: string, travel: number, interest = 1): ItineraryVisit => ({
  site: { id, name: { zh: `地点${id}`, en: `Site ${id}` } },
  travel_minutes: travel,
  arrival: minusMinutes(start, 0),
  start,
  end,
  interest,
})

describe('the itinerary request', () => {
  it('spans the days between the first and the last', () => {
    expect(dateSpan('2023-06-05', '2023-06-07')).toEqual(['2023-06-05', '2023-06-06', '2023-06-07'])
    expect(dateSpan('2023-06-06', null)).toEqual(['2023-06-06'])
    expect(dateSpan(null, null)).toEqual([])
  })

  it('carries the settings, pins, drops and must-visits; a dropped site is neither pinned nor a must', () => {
    const s = defaultSettings(['2023-06-06', '2023-06-07'])
    let a = adjustmentsFromRequest(null)
    a = pin(a, '2023-06-06', visit(7, '10:00', '11:00', 20), true)
    a = pin(a, '2023-06-07', visit(8, '14:00', '15:00', 10), false)
    a = mustVisit(a, 9)
    a = mustVisit(a, 8)
    a = drop(a, 8)
    const r = buildRequest(s, a, 800)
    expect(r).toEqual({
      days: ['2023-06-06', '2023-06-07'],
      day_start: '09:00',
      day_end: '18:00',
      lunch: { earliest: '11:30', latest: '13:30', minutes: 60 },
      speed: { km_per_hour: 25, overhead_minutes: 10 },
      must_visit: [9],
      dropped: [8],
      pinned: [{ site_id: 7, day: '2023-06-06', start: '10:00' }],
      time_limit_ms: 800,
    })
    // Pinning a dropped site takes it back; unpinning leaves the rest.
    a = pin(a, '2023-06-06', visit(8, '09:30', '10:00', 5), false)
    expect(a.dropped).toEqual([])
    expect(unpin(a, 7).pinned).toEqual([{ site_id: 8, day: '2023-06-06' }])
  })

  it('sends no lunch when switched off, and the hotel when its coordinates are given', () => {
    const s = { ...defaultSettings(['2023-06-06']), lunch: false, start_name: { zh: '酒店', en: 'Hotel' }, start_latitude: 22.6, start_longitude: 114.0 }
    const r = buildRequest(s, adjustmentsFromRequest(null))
    expect(r.lunch).toBeNull()
    expect(r.start).toEqual({ name: { zh: '酒店', en: 'Hotel' }, latitude: 22.6, longitude: 114.0 })
  })

  it('starts from the last plan\'s request', () => {
    const req = { days: ['2023-06-08'], day_start: '08:30', lunch: null, dropped: [3], pinned: [{ site_id: 4, day: '2023-06-08' }], speed: { km_per_hour: 30, overhead_minutes: 5 } }
    const s = settingsFromRequest(req, ['x'])
    expect([s.days, s.day_start, s.day_end, s.lunch, s.km_per_hour]).toEqual([['2023-06-08'], '08:30', '18:00', false, 30])
    expect(adjustmentsFromRequest(req)).toEqual({ pinned: [{ site_id: 4, day: '2023-06-08' }], dropped: [3], must_visit: [] })
  })
})

describe('a day\'s timeline', () => {
  const day = (lunchAfter: number | null): ItineraryDay => ({
    date: '2023-06-06',
    weekday: 2,
    visits: [visit(1, '09:30', '10:30', 25), visit(2, '11:00', '12:00', 20), visit(3, '14:00', '15:00', 30)],
    lunch: lunchAfter === null ? null : { after_visits: lunchAfter, start: '12:00', end: '13:00' },
    return_travel_minutes: 40,
    return_at: '15:40',
    score: 3,
  })

  it('leaves the hotel a leg before the first visit, travels between visits, and returns', () => {
    const rows = timeline(day(null), '09:00')
    expect(rows.map((r) => r.kind)).toEqual(['depart', 'travel', 'visit', 'travel', 'visit', 'travel', 'visit', 'travel', 'return'])
    expect(rows[0]).toEqual({ kind: 'depart', at: '09:05' })
    expect(rows.filter((r) => r.kind === 'travel').map((r) => (r.kind === 'travel' ? r.minutes : 0))).toEqual([25, 20, 30, 40])
  })

  it('puts lunch after the visits it follows (before the next leg), or at the end', () => {
    expect(timeline(day(2), '09:00').map((r) => r.kind)).toEqual(['depart', 'travel', 'visit', 'travel', 'visit', 'lunch', 'travel', 'visit', 'travel', 'return'])
    expect(timeline(day(3), '09:00').map((r) => r.kind).slice(-3)).toEqual(['lunch', 'travel', 'return'])
    expect(timeline({ ...day(0), visits: [] }, '09:00')[0]).toEqual({ kind: 'depart', at: '09:00' })
  })
})
