import { afterEach, describe, expect, it, vi } from 'vitest'
import { stubFetch } from '@/__tests__/helpers'
import { casesApi, deskCalendarApi, publicCaseApi, servicesApi, teamsApi } from '../desk'
import { configureHttp, isApiError, resetHttpConfig } from '../http'

const path = (c: { url: URL }) => `${c.url.pathname}${c.url.search}`

describe('service desk API clients', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    resetHttpConfig()
  })

  it('reads and writes teams, the staff and the catalogue at their paths', async () => {
    configureHttp({ csrfToken: () => 'tok' })
    const { calls } = stubFetch({
      'GET /api/teams': { body: { items: [] } },
      'POST /api/teams': { status: 201, body: { id: 1 } },
      'PATCH /api/teams/1': { body: { id: 1 } },
      'GET /api/users': { body: { items: [] } },
      'GET /api/services': { body: { items: [] } },
      'GET /api/services/7': { body: { id: 7 } },
      'POST /api/services': { status: 201, body: { id: 8 } },
      'PATCH /api/services/8': { body: { id: 8 } },
      'GET /api/desk/calendar': { body: { year: 2026 } },
    })
    await teamsApi.list()
    await teamsApi.create({ key: 'inv', name: { zh: '投资', en: 'Investment' }, members: [2, 3] })
    await teamsApi.update(1, { version: 4, members: [2] })
    await teamsApi.staff()
    await servicesApi.list()
    await servicesApi.list(true)
    await servicesApi.get(7)
    await servicesApi.create({ key: 'visa', name: { zh: '签证', en: 'Visa' }, description: { zh: '', en: '' }, team_id: 1, target_hours: 8 })
    await servicesApi.update(8, { version: 2, active: false })
    await deskCalendarApi.get(2026)
    expect(calls.map((c) => `${c.method} ${path(c)}`)).toEqual([
      'GET /api/teams',
      'POST /api/teams',
      'PATCH /api/teams/1',
      'GET /api/users?role=staff',
      'GET /api/services',
      'GET /api/services?all=true',
      'GET /api/services/7',
      'POST /api/services',
      'PATCH /api/services/8',
      'GET /api/desk/calendar?year=2026',
    ])
    expect(calls[1].body).toEqual({ key: 'inv', name: { zh: '投资', en: 'Investment' }, members: [2, 3] })
    expect(calls[2].body).toEqual({ version: 4, members: [2] })
    expect(calls[8].body).toEqual({ version: 2, active: false })
    expect(calls[1].headers['X-CSRF-Token']).toBe('tok')
  })

  it('lists cases with the filters given and leaves out the empty ones', async () => {
    const { calls } = stubFetch({ 'GET /api/cases': { body: { items: [], next_cursor: null } } })
    await casesApi.list({ queue: 'mine', team_id: 3, service_id: null, assignee_id: undefined, status: 'new,assigned', q: 'FR-2026', sort: 'created', limit: 20, cursor: 'c2' })
    await casesApi.list({})
    expect(Object.fromEntries(calls[0].url.searchParams)).toEqual({
      queue: 'mine', team_id: '3', status: 'new,assigned', q: 'FR-2026', sort: 'created', limit: '20', cursor: 'c2',
    })
    expect(calls[1].url.search).toBe('')
  })

  it('reaches a case, its moves, notes, counts and escalations; builds attachment links', async () => {
    const { calls } = stubFetch({
      'GET /api/cases/summary': { body: { open: 1 } },
      'GET /api/cases/escalations': { body: { items: [] } },
      'GET /api/cases/42': { body: { id: 42 } },
      'POST /api/cases/42/transitions': { body: { id: 42 } },
      'POST /api/cases/42/notes': { status: 201, body: { id: 9 } },
    })
    await casesApi.summary()
    await casesApi.escalations()
    await casesApi.get(42)
    await casesApi.transition(42, { to: 'assigned', assignee: 5, message: 'yours' })
    await casesApi.note(42, { internal: true, body: 'only staff' })
    expect(calls.map((c) => `${c.method} ${path(c)}`)).toEqual([
      'GET /api/cases/summary',
      'GET /api/cases/escalations',
      'GET /api/cases/42',
      'POST /api/cases/42/transitions',
      'POST /api/cases/42/notes',
    ])
    expect(calls[3].body).toEqual({ to: 'assigned', assignee: 5, message: 'yours' })
    expect(calls[4].body).toEqual({ internal: true, body: 'only staff' })
    expect(casesApi.attachmentUrl(42, 6)).toBe('/api/cases/42/attachments/6')
    expect(casesApi.attachmentUrl(42, 6, 'k/+y')).toBe('/api/cases/42/attachments/6?key=k%2F%2By')
  })

  it('the requester: reads, replies, confirms, reopens and rates with the key', async () => {
    const { calls } = stubFetch({
      'GET /api/cases/42/public': { body: { id: 42 } },
      'POST /api/cases/42/replies': { status: 201, body: { id: 1 } },
      'POST /api/cases/42/transitions': { body: { id: 42 } },
      'POST /api/cases/42/rating': { body: { id: 42 } },
    })
    await publicCaseApi.get(42, 'k/+y')
    await publicCaseApi.reply(42, 'k/+y', { body: 'thanks', attachments: [{ name: 'a.txt', content_base64: 'aGk=' }] })
    await publicCaseApi.confirm(42, 'k/+y')
    await publicCaseApi.reopen(42, 'k/+y', 'still broken')
    await publicCaseApi.rate(42, 'k/+y', { score: 5, comment: 'quick' })
    expect(calls.map((c) => `${c.method} ${c.url.pathname} ${c.url.searchParams.get('key')}`)).toEqual([
      'GET /api/cases/42/public k/+y',
      'POST /api/cases/42/replies k/+y',
      'POST /api/cases/42/transitions k/+y',
      'POST /api/cases/42/transitions k/+y',
      'POST /api/cases/42/rating k/+y',
    ])
    expect(calls[1].body).toEqual({ body: 'thanks', attachments: [{ name: 'a.txt', content_base64: 'aGk=' }] })
    expect(calls[2].body).toEqual({ to: 'closed' })
    expect(calls[3].body).toEqual({ to: 'in_progress', message: 'still broken' })
    expect(calls[4].body).toEqual({ score: 5, comment: 'quick' })
  })

  it('keeps the Retry-After of a 429', async () => {
    stubFetch({
      'POST /api/cases': { status: 429, headers: { 'Retry-After': '420' }, body: { type: 'https://icity.dev/problems/rate-limited', title: 'Too many requests', status: 429 } },
    })
    const e = await casesApi.create({ service_id: 7, contact: { name: 'M', email: 'm@x.org' }, language: 'en', description: 'x' }, { silent: true }).catch((x: unknown) => x)
    expect(isApiError(e) && e.status === 429 && e.retryAfter).toBe(420)
  })
})
