import { afterEach, describe, expect, it, vi } from 'vitest'
import { stubFetch } from '@/__tests__/helpers'
import { agreementsApi } from '../agreements'
import { configureHttp, resetHttpConfig } from '../http'
import { projectsApi } from '../projects'

const page = { items: [], next_cursor: null }

describe('projects and agreements API clients', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    resetHttpConfig()
  })

  it('lists projects with every filter, overdue_action only when asked, empty ones left out', async () => {
    const { calls } = stubFetch({ 'GET /api/projects': { body: page } })
    await projectsApi.list({
      stage: 'negotiating', district: '龙华', sdg: 11, sector: '75', organisation_id: 5, owner: 2, q: 'UNDP', overdue_action: true, sort: 'value', limit: 20, cursor: 'c1',
    })
    await projectsApi.list({ stage: '', q: undefined, sdg: null, overdue_action: false, cursor: null })
    expect(Object.fromEntries(calls[0].url.searchParams)).toEqual({
      stage: 'negotiating', district: '龙华', sdg: '11', sector: '75', organisation_id: '5', owner: '2', q: 'UNDP', overdue_action: 'true', sort: 'value', limit: '20', cursor: 'c1',
    })
    expect(calls[1].url.search).toBe('')
  })

  it('reads the board with the list\'s filters', async () => {
    const { calls } = stubFetch({ 'GET /api/projects/board': { body: { items: [] } } })
    await projectsApi.board({ q: 'Barcelona', overdue_action: true })
    await projectsApi.board({})
    expect(`${calls[0].url.pathname}${calls[0].url.search}`).toBe('/api/projects/board?q=Barcelona&overdue_action=true')
    expect(calls[1].url.search).toBe('')
  })

  it('creates, reads, updates with the version read and moves a project, with the CSRF token', async () => {
    configureHttp({ csrfToken: () => 'tok' })
    const { calls } = stubFetch({
      'POST /api/projects': { status: 201, body: { id: 9 } },
      'GET /api/projects/9': { body: { id: 9 } },
      'PATCH /api/projects/9': { body: { id: 9 } },
      'POST /api/projects/9/transitions': { body: { id: 9 } },
    })
    const input = {
      title: { zh: '坪山新能源', en: '' }, summary: { zh: '', en: '' }, parties: [{ organisation_id: 3, role: 'lead' as const }], sectors: [], sdgs: [7],
      district: { zh: '坪山区', en: '' }, estimated_value_cny: 12000000, next_action: { zh: '', en: '' }, next_action_due: null, owner_id: null,
      introduction_id: null, event_id: null,
    }
    await projectsApi.create(input)
    await projectsApi.get(9)
    await projectsApi.update(9, { ...input, version: 4 })
    await projectsApi.transition(9, { to: 'dropped', version: 5, reason: { zh: '预算取消', en: '' } })
    expect(calls.map((c) => `${c.method} ${c.url.pathname}`)).toEqual([
      'POST /api/projects', 'GET /api/projects/9', 'PATCH /api/projects/9', 'POST /api/projects/9/transitions',
    ])
    expect(calls[0].body).toEqual(input)
    expect(calls[2].body).toMatchObject({ version: 4, estimated_value_cny: 12000000 })
    expect(calls[3].body).toEqual({ to: 'dropped', version: 5, reason: { zh: '预算取消', en: '' } })
    expect(calls[3].headers['X-CSRF-Token']).toBe('tok')
  })

  it('lists agreements by kind, status, organisation, project and signed period; creates and updates them', async () => {
    const { calls } = stubFetch({
      'GET /api/agreements': { body: page },
      'GET /api/agreements/1': { body: { id: 1 } },
      'POST /api/agreements': { status: 201, body: { id: 2 } },
      'PATCH /api/agreements/2': { body: { id: 2 } },
    })
    await agreementsApi.list({ kind: 'mou', status: 'expiring', organisation_id: 16, project_id: 1, signed_from: '2023-01-01', signed_to: '2023-12-31', limit: 20 })
    await agreementsApi.list({ kind: '', status: '', organisation_id: null, cursor: null })
    await agreementsApi.get(1)
    await agreementsApi.create({ kind: 'mou', signed_on: '2023-06-10' })
    await agreementsApi.update(2, { expires_on: '2028-06-10', version: 3 })
    expect(Object.fromEntries(calls[0].url.searchParams)).toEqual({
      kind: 'mou', status: 'expiring', organisation_id: '16', project_id: '1', signed_from: '2023-01-01', signed_to: '2023-12-31', limit: '20',
    })
    expect(calls[1].url.search).toBe('')
    expect(calls[3].body).toEqual({ kind: 'mou', signed_on: '2023-06-10' })
    expect(calls[4].body).toEqual({ expires_on: '2028-06-10', version: 3 })
  })
})
