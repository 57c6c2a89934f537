import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flush, sdgs, setup, stubFetch, ROUTE_WAIT } from '@/__tests__/helpers'
import { useAppStore } from '@/stores/app'
import { useAuthStore } from '@/stores/auth'
import { mou } from '@/views/agreements/__tests__/fixtures'
import { user } from '@/views/partners/__tests__/fixtures'
import ProjectDetail from '../detail.vue'
import ProjectList from '../index.vue'
import { project } from './fixtures'

const reference = {
  'GET /api/reference/countries': { body: { items: [] } },
  'GET /api/reference/sdgs': { body: sdgs },
  'GET /api/reference/sectors': { body: { items: [] } },
  'GET /api/organisations': { body: { items: [], next_cursor: null } },
  'GET /api/users': { body: { items: [{ id: 2, email: 'li@icity.local', display_name: '李雷', teams: [] }] } },
}

async function mountPage(component: typeof ProjectList | typeof ProjectDetail, path: string, handlers: Parameters<typeof stubFetch>[0], role: 'staff' | 'partner' = 'staff', props = {}) {
  const { plugins, router } = setup('en')
  useAppStore().locale = 'en'
  const auth = useAuthStore()
  auth.user = user(role, role === 'partner' ? 4 : null)
  auth.restored = true
  const stub = stubFetch({ ...reference, ...handlers })
  await router.push(path)
  await router.isReady()
  const wrapper = mount(component, { props, global: { plugins }, attachTo: document.body })
  return { wrapper, router, ...stub }
}

describe('project pages', { timeout: 20000 }, () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('the list asks with the URL\'s filters and sort, and a search writes them back to the URL', async () => {
    const { wrapper, calls, router } = await mountPage(ProjectList, '/projects?stage=negotiating&sort=due&owner=2', {
      'GET /api/projects': { body: { items: [project({ stage: 'negotiating', next_action_due: '2020-01-01', next_action: { zh: '', en: 'send the draft' } })], next_cursor: 'n1' } },
    })
    await vi.waitFor(() => expect(wrapper.findAll('[data-test="project-link"]')).toHaveLength(1))
    const list = calls.filter((c) => c.url.pathname === '/api/projects')
    expect(Object.fromEntries(list[0].url.searchParams)).toEqual({ stage: 'negotiating', sort: 'due', owner: '2', limit: '20' })
    expect(wrapper.find('[data-test="project-due"]').classes()).toContain('overdue')
    await wrapper.find('input[data-test="filter-q"]').setValue('Pingshan')
    await wrapper.find('[data-test="project-filters"]').trigger('submit')
    await vi.waitFor(() => expect(router.currentRoute.value.query).toEqual({ q: 'Pingshan', stage: 'negotiating', owner: '2', sort: 'due' }), ROUTE_WAIT)
    await vi.waitFor(() => expect(calls.filter((c) => c.url.pathname === '/api/projects')).toHaveLength(2))
    await wrapper.find('[data-test="page-next"]').trigger('click')
    await vi.waitFor(() => expect(calls.filter((c) => c.url.pathname === '/api/projects').at(-1)?.url.searchParams.get('cursor')).toBe('n1'))
  })

  it('the detail shows parties with roles, the history, the project\'s agreements and the legal moves', async () => {
    const p = project({
      stage: 'negotiating',
      moves: ['reserve', 'agreement_signed', 'dropped'],
      owner_id: 2,
      event_id: 1,
      history: [
        { stage: 'reserve', at: '2026-11-01T00:00:00Z', user_id: null, actor: 'system', note: { zh: '', en: 'from the camp' } },
        { stage: 'negotiating', at: '2026-12-01T00:00:00Z', user_id: 2, actor: 'li@icity.local', note: { zh: '', en: 'talks start' } },
      ],
    })
    const { wrapper, calls } = await mountPage(
      ProjectDetail,
      '/projects/3',
      { 'GET /api/projects/3': { body: p }, 'GET /api/agreements': { body: { items: [mou({ project_id: 3 })], next_cursor: null } } },
      'staff',
      { id: 3 },
    )
    await vi.waitFor(() => expect(wrapper.find('[data-test="project-parties"]').exists()).toBe(true))
    expect(wrapper.find('[data-test="project-parties"]').text()).toContain('Lead')
    expect(wrapper.find('[data-test="project-value"]').text()).toBe('CNY 12 m')
    expect(wrapper.findAll('[data-test="history-step"]').map((h) => h.attributes('data-stage'))).toEqual(['negotiating', 'reserve'])
    await vi.waitFor(() => expect(wrapper.find('[data-test="project-agreements"]').text()).toContain('Moscow'))
    expect(calls.find((c) => c.url.pathname === '/api/agreements')?.url.searchParams.get('project_id')).toBe('3')
    for (const m of ['reserve', 'agreement_signed', 'dropped']) expect(wrapper.find(`[data-test="project-move-${m}"]`).exists()).toBe(true)
    expect(wrapper.find('[data-test="project-move-implementing"]').exists()).toBe(false)
    await vi.waitFor(() => expect(wrapper.text()).toContain('李雷'))
    await wrapper.find('[data-test="project-move-dropped"]').trigger('click')
    await flush()
    await vi.waitFor(() => expect(document.body.querySelector('[data-test="move-field-reason"]')).not.toBeNull())
  })

  it('a partner reads a project without moves or edit', async () => {
    const { wrapper } = await mountPage(
      ProjectDetail,
      '/projects/3',
      { 'GET /api/projects/3': { body: project() }, 'GET /api/agreements': { body: { items: [], next_cursor: null } } },
      'partner',
      { id: 3 },
    )
    await vi.waitFor(() => expect(wrapper.find('[data-test="project-fields"]').exists()).toBe(true))
    expect(wrapper.find('[data-test="project-move-negotiating"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="project-edit"]').exists()).toBe(false)
  })
})
