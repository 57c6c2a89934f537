import { afterEach, describe, expect, it, vi } from 'vitest'
import { stubFetch } from '@/__tests__/helpers'
import { configureHttp, resetHttpConfig } from '../http'
import { eventsApi, seriesApi, sitesApi } from '../events'
import { attendanceApi, registrationsApi } from '../registrations'

const page = { items: [], next_cursor: null }
const path = (c: { url: URL }) => `${c.url.pathname}${c.url.search}`

describe('events API clients', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    resetHttpConfig()
  })

  it('lists events with the filters given, leaving out the empty ones', async () => {
    const { calls } = stubFetch({ 'GET /api/events': { body: page } })
    await eventsApi.list({ q: '交流营', type: 'exchange_camp', series_id: 2, from: '2099-01-01T00:00:00.000Z', order: 'upcoming', limit: 12, cursor: 'c1' })
    await eventsApi.list({ q: undefined, type: '', series_id: null })
    expect(Object.fromEntries(calls[0].url.searchParams)).toEqual({
      q: '交流营', type: 'exchange_camp', series_id: '2', from: '2099-01-01T00:00:00.000Z', order: 'upcoming', limit: '12', cursor: 'c1',
    })
    expect(calls[1].url.search).toBe('')
  })

  it('writes events, sessions, series and sites at their paths, with the version and the CSRF token', async () => {
    configureHttp({ csrfToken: () => 'tok' })
    const { calls } = stubFetch({
      'PATCH /api/events/4': { body: { id: 4 } },
      'POST /api/events/4/sessions': { status: 201, body: { id: 9 } },
      'PATCH /api/events/4/sessions/9': { body: { id: 9 } },
      'DELETE /api/events/4/sessions/9': { status: 204 },
      'GET /api/event-series': { body: { items: [] } },
      'PUT /api/organisations/7/site': { body: { organisation_id: 7 } },
    })
    await eventsApi.update(4, { capacity: 2, version: 3 })
    const session = { type: 'seminar' as const, title: { zh: '', en: 'Keynote' }, summary: { zh: '', en: '' }, starts_at: 'a', ends_at: 'b', site_id: null, location: { zh: '', en: '' }, speakers: [] }
    await eventsApi.addSession(4, session)
    await eventsApi.updateSession(4, 9, session)
    await eventsApi.removeSession(4, 9)
    await seriesApi.list()
    await sitesApi.put(7, { version: 0, address: { zh: '', en: '' }, latitude: 22.7, longitude: 114.06, opening_hours: [], visit_minutes: 60, group_capacity: null })
    expect(calls.map((c) => `${c.method} ${path(c)}`)).toEqual([
      'PATCH /api/events/4',
      'POST /api/events/4/sessions',
      'PATCH /api/events/4/sessions/9',
      'DELETE /api/events/4/sessions/9',
      'GET /api/event-series',
      'PUT /api/organisations/7/site',
    ])
    expect(calls[0].body).toEqual({ capacity: 2, version: 3 })
    expect(calls[0].headers['X-CSRF-Token']).toBe('tok')
    expect(calls[5].body).toMatchObject({ version: 0, latitude: 22.7 })
  })

  it('reaches the registrant\'s own registration by its key, and builds its links', async () => {
    const { calls } = stubFetch({
      'GET /api/events/4/registrations/12': { body: { id: 12 } },
      'DELETE /api/events/4/registrations/12': { body: { id: 12, status: 'cancelled' } },
    })
    await registrationsApi.get(4, 12, 'k/+y')
    await registrationsApi.cancel(4, 12, 'k/+y')
    expect(calls.map((c) => `${c.method} ${c.url.pathname} ${c.url.searchParams.get('key')}`)).toEqual([
      'GET /api/events/4/registrations/12 k/+y',
      'DELETE /api/events/4/registrations/12 k/+y',
    ])
    expect(registrationsApi.qrUrl(4, 12, 'abc')).toBe('/api/events/4/registrations/12/qr.svg?key=abc')
    expect(registrationsApi.calendarUrl(4, 12, 'abc', 'en')).toBe('/api/events/4/registrations/12/calendar.ics?key=abc&lang=en')
    expect(registrationsApi.calendarUrl(4, 12, 'abc', 'zh-CN')).toBe('/api/events/4/registrations/12/calendar.ics?key=abc&lang=zh')
    expect(eventsApi.calendarUrl(4, 'zh-CN')).toBe('/api/events/4/calendar.ics?lang=zh')
  })

  it('registers, invites, reminds and checks in with the bodies the server reads', async () => {
    const { calls } = stubFetch({
      'POST /api/events/4/registrations': { status: 201, body: { id: 1, status: 'registered' } },
      'POST /api/events/4/invitations': { status: 201, body: { items: [] } },
      'POST /api/events/4/invitations/reminders': { body: { queued: 2 } },
      'POST /api/events/4/check-ins': { status: 201, body: {} },
      'GET /api/outbox': { body: { items: [] } },
    })
    await registrationsApi.register(4, { name: { zh: '', en: 'Marta' }, email: 'm@x.org', organisation: '', country: 'ES', invitation: 'inv' })
    await registrationsApi.invite(4, [{ name: { zh: '', en: 'Marta' }, email: 'm@x.org' }])
    expect(await registrationsApi.remind(4)).toEqual({ queued: 2 })
    await attendanceApi.checkIn(4, 'ic1.tok', null)
    await attendanceApi.checkIn(4, 'ic1.tok', 8)
    await registrationsApi.outbox(4)
    expect(calls[0].body).toMatchObject({ email: 'm@x.org', invitation: 'inv' })
    expect(calls[1].body).toEqual({ invitations: [{ name: { zh: '', en: 'Marta' }, email: 'm@x.org' }] })
    expect(calls[3].body).toEqual({ token: 'ic1.tok' })
    expect(calls[4].body).toEqual({ token: 'ic1.tok', session_id: 8 })
    expect(path(calls[5])).toBe('/api/outbox?event_id=4')
    expect(attendanceApi.csvUrl(4)).toBe('/api/events/4/attendees.csv')
    expect(attendanceApi.xlsxUrl(4)).toBe('/api/events/4/attendees.xlsx')
  })
})
