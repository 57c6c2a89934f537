import { afterEach, describe, expect, it, vi } from 'vitest'
import { stubFetch } from '@/__tests__/helpers'
import { configureHttp, resetHttpConfig } from '../http'
import { itinerariesApi } from '../itineraries'
import { meetingsApi } from '../meetings'

const path = (c: { url: URL }) => `${c.url.pathname}${c.url.search}`
const schedule = { meetings: [], unplaced: [], total_weight: 0, idle_gaps: 0, published_at: null }
const who = { registration: 5, key: 'k/1' }

describe('meetings and itinerary API clients', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    resetHttpConfig()
  })

  it('acts as a participant by registration and key, in the query or the body', async () => {
    const { calls } = stubFetch({
      'GET /api/events/4/meetings/participants': { body: { items: [] } },
      'GET /api/events/4/meeting-requests': { body: { items: [] } },
      'POST /api/events/4/meeting-requests': { status: 201, body: { id: 1 } },
      'POST /api/events/4/meeting-requests/1/answer': { body: { id: 1 } },
      'GET /api/events/4/registrations/5/unavailable': { body: { slots: [0] } },
      'PUT /api/events/4/registrations/5/unavailable': { body: { slots: [0, 2] } },
      'GET /api/events/4/registrations/5/agenda': { body: schedule },
    })
    await meetingsApi.participants(4, who)
    await meetingsApi.requests(4)
    await meetingsApi.ask(4, who, { to: 6, priority: 5, message: 'hi' })
    await meetingsApi.answer(4, 1, who, 'accept')
    expect((await meetingsApi.unavailable(4, who)).slots).toEqual([0])
    await meetingsApi.setUnavailable(4, who, [0, 2])
    await meetingsApi.agenda(4, who)
    expect(calls.map(path)).toEqual([
      '/api/events/4/meetings/participants?registration=5&key=k%2F1',
      '/api/events/4/meeting-requests',
      '/api/events/4/meeting-requests',
      '/api/events/4/meeting-requests/1/answer',
      '/api/events/4/registrations/5/unavailable?key=k%2F1',
      '/api/events/4/registrations/5/unavailable?key=k%2F1',
      '/api/events/4/registrations/5/agenda?key=k%2F1',
    ])
    expect(calls[2].body).toEqual({ registration: 5, key: 'k/1', to: 6, priority: 5, message: 'hi' })
    expect(calls[3].body).toEqual({ registration: 5, key: 'k/1', answer: 'accept' })
    expect(calls[5].body).toEqual({ slots: [0, 2] })
  })

  it('runs, moves and publishes the schedule as staff with the CSRF token', async () => {
    configureHttp({ csrfToken: () => 'tok' })
    const { calls } = stubFetch({
      'GET /api/events/4/meetings': { body: schedule },
      'POST /api/events/4/meetings/schedule': { body: schedule },
      'PATCH /api/events/4/meetings/9': { body: schedule },
      'POST /api/events/4/meetings/publish': { body: { ...schedule, published_at: '2027-01-01T00:00:00Z' } },
    })
    await meetingsApi.schedule(4)
    await meetingsApi.run(4, 'all', 500)
    await meetingsApi.move(4, 9, 3, 1)
    expect((await meetingsApi.publish(4)).published_at).toBe('2027-01-01T00:00:00Z')
    expect(calls[1].body).toEqual({ mode: 'all', time_limit_ms: 500 })
    expect(calls[2].body).toEqual({ slot: 3, table: 1 })
    expect(calls[3].headers['X-CSRF-Token']).toBe('tok')
  })

  it('plans an itinerary and reads the last plan', async () => {
    const { calls } = stubFetch({ 'POST /api/delegations/3/itinerary': { body: { days: [] } }, 'GET /api/delegations/3/itinerary': { body: { days: [] } } })
    await itinerariesApi.plan(3, { days: ['2023-06-06'], dropped: [7] })
    await itinerariesApi.last(3)
    expect(calls.map((c) => `${c.method} ${path(c)}`)).toEqual(['POST /api/delegations/3/itinerary', 'GET /api/delegations/3/itinerary'])
    expect(calls[0].body).toEqual({ days: ['2023-06-06'], dropped: [7] })
  })
})
