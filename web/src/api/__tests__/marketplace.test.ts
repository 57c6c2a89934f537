import { afterEach, describe, expect, it, vi } from 'vitest'
import { stubFetch } from '@/__tests__/helpers'
import { configureHttp, resetHttpConfig } from '../http'
import { delegationsApi } from '../delegations'
import { introductionsApi } from '../introductions'
import { matchesApi } from '../matches'
import { notificationsApi } from '../notifications'
import { opportunitiesApi } from '../opportunities'
import { organisationsApi } from '../organisations'

const page = { items: [], next_cursor: null }

describe('marketplace API clients', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    resetHttpConfig()
  })

  it('lists opportunities with every filter, leaving out the empty ones', async () => {
    const { calls } = stubFetch({ 'GET /api/opportunities': { body: page } })
    await opportunitiesApi.list({ kind: 'technology_offer', status: 'published', country: 'ES', sector: 'C36', sdg: 7, q: '新能源', limit: 12, cursor: 'c1' })
    await opportunitiesApi.list({ kind: '', q: undefined, sdg: null, cursor: null })
    expect(Object.fromEntries(calls[0].url.searchParams)).toEqual({
      kind: 'technology_offer', status: 'published', country: 'ES', sector: 'C36', sdg: '7', q: '新能源', limit: '12', cursor: 'c1',
    })
    expect(calls[1].url.search).toBe('')
  })

  it('sends an opportunity transition with the version read, and the CSRF token', async () => {
    configureHttp({ csrfToken: () => 'tok' })
    const { calls } = stubFetch({ 'POST /api/opportunities/5/transitions': { body: { id: 5, status: 'published' } } })
    await opportunitiesApi.transition(5, 'published', 3)
    await opportunitiesApi.transition(5, 'closed')
    expect(calls[0].body).toEqual({ to: 'published', version: 3 })
    expect(calls[1].body).toEqual({ to: 'closed' })
    expect(calls[0].headers['X-CSRF-Token']).toBe('tok')
  })

  it('asks each source for its matches at its own path', async () => {
    const { calls } = stubFetch({
      'GET /api/opportunities/1/matches': { body: { matches: [] } },
      'GET /api/organisations/2/matches': { body: { matches: [] } },
      'GET /api/delegations/3/matches': { body: { matches: [] } },
    })
    await matchesApi.of('opportunity', 1, 10)
    await matchesApi.of('organisation', 2)
    await matchesApi.of('delegation', 3, 5)
    expect(calls.map((c) => `${c.url.pathname}${c.url.search}`)).toEqual([
      '/api/opportunities/1/matches?limit=10',
      '/api/organisations/2/matches',
      '/api/delegations/3/matches?limit=5',
    ])
  })

  it('creates, lists and moves introductions', async () => {
    const { calls } = stubFetch({
      'POST /api/introductions': { status: 201, body: { id: 8 } },
      'GET /api/introductions': { body: page },
      'GET /api/introductions/8': { body: { id: 8 } },
      'POST /api/introductions/8/transitions': { body: { id: 8 } },
    })
    await introductionsApi.create({ from_organisation_id: 1, to_organisation_id: 2, opportunity_id: 3, score: 0.8 })
    await introductionsApi.list({ box: 'inbox', status: '', limit: 20 })
    await introductionsApi.get(8)
    await introductionsApi.transition(8, { to: 'met', version: 2, date: '2026-12-01', summary: { zh: '在龙华会面', en: '' } })
    expect(calls[0].body).toEqual({ from_organisation_id: 1, to_organisation_id: 2, opportunity_id: 3, score: 0.8 })
    expect(Object.fromEntries(calls[1].url.searchParams)).toEqual({ box: 'inbox', limit: '20' })
    expect(calls[3].url.pathname).toBe('/api/introductions/8/transitions')
    expect(calls[3].body).toEqual({ to: 'met', version: 2, date: '2026-12-01', summary: { zh: '在龙华会面', en: '' } })
  })

  it('reads notifications (unread=true only when asked), marks one and all read', async () => {
    const { calls } = stubFetch({
      'GET /api/notifications': { body: { items: [], unread: 0, next_cursor: null } },
      'POST /api/notifications/4/read': { status: 204 },
      'POST /api/notifications/read-all': { status: 204 },
    })
    await notificationsApi.list({ limit: 8 })
    await notificationsApi.list({ unread: true })
    await notificationsApi.read(4)
    await notificationsApi.readAll()
    expect(calls.map((c) => `${c.method} ${c.url.pathname}${c.url.search}`)).toEqual([
      'GET /api/notifications?limit=8',
      'GET /api/notifications?unread=true',
      'POST /api/notifications/4/read',
      'POST /api/notifications/read-all',
    ])
  })

  it('creates and updates delegations, and reads an organisation timeline', async () => {
    const { calls } = stubFetch({
      'POST /api/delegations': { status: 201, body: { id: 6 } },
      'PATCH /api/delegations/6': { body: { id: 6 } },
      'GET /api/delegations': { body: page },
      'GET /api/organisations/9/timeline': { body: page },
    })
    const input = {
      name: { zh: '巴塞罗那代表团', en: 'Barcelona delegation' }, origin_organisation_id: null, origin_city: 'Barcelona', country: 'ES',
      members: [{ name: 'Ada Colau', title: 'Mayor' }], interests: { zh: '', en: 'electric mobility' }, start_date: '2026-04-10', end_date: null,
      sectors: [], sdgs: [11], partner_kinds: ['government' as const],
    }
    await delegationsApi.create(input)
    await delegationsApi.update(6, { ...input, version: 1 })
    await delegationsApi.list({ q: 'Barcelona', limit: 20, cursor: null })
    await organisationsApi.timeline(9, { limit: 20, cursor: null })
    expect(calls[0].body).toEqual(input)
    expect(calls[1].body).toMatchObject({ version: 1, country: 'ES' })
    expect(calls[2].url.search).toBe('?q=Barcelona&limit=20')
    expect(calls[3].url.search).toBe('?limit=20')
  })
})
