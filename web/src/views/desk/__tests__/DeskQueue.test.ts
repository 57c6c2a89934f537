import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { setup, stubFetch, ROUTE_WAIT } from '@/__tests__/helpers'
import { useAppStore } from '@/stores/app'
import { useAuthStore } from '@/stores/auth'
import { user } from '@/views/partners/__tests__/fixtures'
import DeskQueue from '../index.vue'
import { service, summary, team } from './fixtures'

const counts = {
  by_status: { new: 2, assigned: 1, in_progress: 3, resolved: 4, closed: 10 },
  open: 6,
  overdue: 1,
  unassigned: 2,
  mine: 3,
  teams: [{ id: 3, name: team.name, open: 5, overdue: 1 }, { id: 4, name: { zh: '其他', en: 'Other' }, open: 1, overdue: 0 }],
}

async function mountQueue(path = '/desk') {
  const { plugins, router } = setup('en')
  useAppStore().locale = 'en'
  const auth = useAuthStore()
  auth.user = user('staff')
  auth.restored = true
  const stub = stubFetch({
    'GET /api/cases': { body: { items: [summary(), summary({ id: 43, number: 'FR-2026-00043', status: 'in_progress', overdue: true, due_at: '2020-01-01T00:00:00.000Z', assignee: { id: 1, email: 'x@y.z', display_name: 'X' }, satisfaction: null })], next_cursor: 'n1' } },
    'GET /api/cases/summary': { body: counts },
    'GET /api/teams': { body: { items: [team] } },
    'GET /api/services': { body: { items: [service()] } },
    'GET /api/users': { body: { items: [] } },
  })
  await router.push(path)
  await router.isReady()
  const wrapper = mount(DeskQueue, { global: { plugins }, attachTo: document.body })
  return { wrapper, router, ...stub }
}
const caseCalls = (calls: { url: URL }[]) => calls.filter((c) => c.url.pathname === '/api/cases')

describe('the case queue', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('reads the open queue, soonest due first, and shows the tabs with their counts', async () => {
    const { wrapper, calls } = await mountQueue()
    await vi.waitFor(() => expect(wrapper.findAll('[data-test="desk-table"] .el-table__body tr')).toHaveLength(2))
    expect(Object.fromEntries(caseCalls(calls)[0].url.searchParams)).toEqual({ queue: 'open', sort: 'due', limit: '20' })
    await vi.waitFor(() => expect(wrapper.find('[data-test="desk-count-team"]').exists()).toBe(true))
    const count = (q: string) => wrapper.find(`[data-test="desk-count-${q}"] .el-badge__content`).text()
    // "my team": the teams the user (id 1) is in
    expect(['mine', 'team', 'unassigned', 'open', 'overdue', 'all'].map(count)).toEqual(['3', '5', '2', '6', '1', '20'])
    const rows = wrapper.findAll('[data-test="desk-table"] .el-table__body tr')
    expect(rows[0].text()).toContain('FR-2026-00042')
    expect(rows[0].text()).toContain('Marta Puig · ES')
    expect(rows[0].text()).toContain('Unassigned')
    expect(rows[1].find('[data-test="desk-due"]').classes()).toContain('overdue')
    expect(rows[0].find('[data-test="desk-due"]').classes()).not.toContain('overdue')
    expect(wrapper.find('[data-test="desk-team-count-3"]').text()).toBe('Investment services 5 · overdue 1')
  })

  it('filters by a team from its count', async () => {
    const { wrapper, router, calls } = await mountQueue()
    await vi.waitFor(() => expect(wrapper.find('[data-test="desk-team-count-4"]').exists()).toBe(true))
    await wrapper.find('[data-test="desk-team-count-4"]').trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.query).toEqual({ team_id: '4' }), ROUTE_WAIT)
    await vi.waitFor(() => expect(caseCalls(calls).at(-1)?.url.searchParams.get('team_id')).toBe('4'))
  })

  it('turns the URL\'s filters into the API\'s query string', async () => {
    const { calls } = await mountQueue('/desk?queue=mine&team_id=3&status=new,assigned&q=Marta&sort=updated&service_id=7&assignee_id=5')
    await vi.waitFor(() => expect(caseCalls(calls)).toHaveLength(1))
    expect(Object.fromEntries(caseCalls(calls)[0].url.searchParams)).toEqual({
      queue: 'mine', team_id: '3', service_id: '7', assignee_id: '5', status: 'new,assigned', q: 'Marta', sort: 'updated', limit: '20',
    })
  })

  it('puts a tab and the keyword in the URL, and pages on with the cursor', async () => {
    const { wrapper, router, calls } = await mountQueue()
    await vi.waitFor(() => expect(caseCalls(calls)).toHaveLength(1))
    await wrapper.find('[data-test="desk-tab-overdue"]').trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.query).toEqual({ queue: 'overdue' }), ROUTE_WAIT)
    await vi.waitFor(() => expect(caseCalls(calls)).toHaveLength(2))
    expect(caseCalls(calls)[1].url.searchParams.get('queue')).toBe('overdue')
    await wrapper.find('input[data-test="desk-filter-q"]').setValue('FR-2026-00042')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(router.currentRoute.value.query).toEqual({ queue: 'overdue', q: 'FR-2026-00042' }), ROUTE_WAIT)
    await vi.waitFor(() => expect(caseCalls(calls).at(-1)?.url.searchParams.get('q')).toBe('FR-2026-00042'))
    const before = caseCalls(calls).length
    await wrapper.find('[data-test="page-next"]').trigger('click')
    await vi.waitFor(() => expect(caseCalls(calls)).toHaveLength(before + 1))
    expect(caseCalls(calls).at(-1)?.url.searchParams.get('cursor')).toBe('n1')
  })
})
