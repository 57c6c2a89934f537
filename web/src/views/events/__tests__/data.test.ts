import { describe, expect, it } from 'vitest'
import type { IcityEvent } from '@/api/types'
import { formToInput, parseInvitationLines, registrationOpen, seatState, sessionFormToInput, timetable, emptyEventForm } from '../data'

const s = (id: number, starts_at: string) => ({ id, starts_at })

describe('the timetable', () => {
  it('groups sessions by their local date in the event\'s zone: 23:30 UTC is the next day in Shanghai', () => {
    const sessions = [s(3, '2099-06-05T06:00:00Z'), s(1, '2099-06-04T01:00:00Z'), s(2, '2099-06-04T23:30:00Z')]
    expect(timetable(sessions, 'Asia/Shanghai').map((d) => [d.date, d.sessions.map((x) => x.id)])).toEqual([
      ['2099-06-04', [1]],
      ['2099-06-05', [2, 3]],
    ])
    // The same sessions in New York fall on three days.
    expect(timetable(sessions, 'America/New_York').map((d) => [d.date, d.sessions.map((x) => x.id)])).toEqual([
      ['2099-06-03', [1]],
      ['2099-06-04', [2]],
      ['2099-06-05', [3]],
    ])
    expect(timetable([], 'UTC')).toEqual([])
  })
})

describe('the event form', () => {
  it('sends wall times with the zone\'s offset, trimmed texts and empty times as null', () => {
    const f = { ...emptyEventForm(), title: { zh: ' 交流营 ', en: '' }, starts_at: '2099-06-05T09:00:00', ends_at: '2099-06-11T18:00:00', time_zone: 'Europe/Madrid' }
    const body = formToInput(f)
    expect(body).toMatchObject({
      title: { zh: '交流营', en: '' },
      starts_at: '2099-06-05T09:00:00+02:00',
      ends_at: '2099-06-11T18:00:00+02:00',
      registration_opens_at: null,
      registration_closes_at: null,
      capacity: null,
      time_zone: 'Europe/Madrid',
    })
  })

  it('keeps speakers with a name only', () => {
    const body = sessionFormToInput(
      {
        type: 'seminar', title: { zh: '', en: 'Keynote' }, summary: { zh: '', en: '' }, starts_at: '2099-06-05T15:00:00', ends_at: '2099-06-05T16:00:00',
        site_id: null, location: { zh: '', en: '' },
        speakers: [{ name: { zh: '', en: ' Director ' }, title: { zh: '', en: '' } }, { name: { zh: '', en: '' }, title: { zh: '', en: 'x' } }],
      },
      'Asia/Shanghai',
    )
    expect(body.speakers).toEqual([{ name: { zh: '', en: 'Director' }, title: { zh: '', en: '' } }])
    expect(body.starts_at).toBe('2099-06-05T15:00:00+08:00')
  })
})

describe('seats and registration', () => {
  const ev = (registrations: IcityEvent['registrations'], extra: Partial<IcityEvent> = {}) =>
    ({ registrations, status: 'scheduled', registration_opens_at: null, registration_closes_at: null, starts_at: '2099-06-05T01:00:00Z', ...extra }) as IcityEvent

  it('says seats left, or the waiting list once full', () => {
    expect(seatState(ev({ registered: 1, waitlisted: 0, seats_left: 1 }))).toEqual({ kind: 'open', left: 1 })
    expect(seatState(ev({ registered: 2, waitlisted: 3, seats_left: 0 }))).toEqual({ kind: 'full', waiting: 3 })
    expect(seatState(ev({ registered: 2, waitlisted: 0, seats_left: null }))).toEqual({ kind: 'open', left: null })
  })

  it('offers registration within the window of a scheduled event only', () => {
    const now = Date.parse('2099-01-01T00:00:00Z')
    const r = { registered: 0, waitlisted: 0, seats_left: null }
    expect(registrationOpen(ev(r), now)).toBe(true)
    expect(registrationOpen(ev(r, { status: 'cancelled' }), now)).toBe(false)
    expect(registrationOpen(ev(r, { registration_closes_at: '2098-12-31T00:00:00Z' }), now)).toBe(false)
    expect(registrationOpen(ev(r, { registration_opens_at: '2099-02-01T00:00:00Z' }), now)).toBe(false)
  })
})

describe('invitation lines', () => {
  it('reads "name, email" lines, the email alone, Chinese names on the zh side, and sets bad lines apart', () => {
    expect(parseInvitationLines('Marta Puig, marta@example.org\n\n王芳，wang@example.cn\nsolo@example.org\nno email here')).toEqual({
      invitations: [
        { name: { zh: '', en: 'Marta Puig' }, email: 'marta@example.org' },
        { name: { zh: '王芳', en: '' }, email: 'wang@example.cn' },
        { name: { zh: '', en: '' }, email: 'solo@example.org' },
      ],
      bad: ['no email here'],
    })
  })
})
