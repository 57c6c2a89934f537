import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { setup, stubFetch, ROUTE_WAIT } from '@/__tests__/helpers'
import { useAppStore } from '@/stores/app'
import { useAuthStore } from '@/stores/auth'
import { agreement, barcelona, opportunity, person, pingshan, project, response } from '@/views/search/__tests__/fixtures'
import HeaderSearch from '../components/HeaderSearch.vue'

async function mountBox() {
  const { plugins, router } = setup('en')
  useAppStore().locale = 'en'
  const stub = stubFetch({ 'GET /api/search': { body: response({ hits: [pingshan, person, barcelona], total: 3 }) } })
  await router.push('/partners/organisations')
  await router.isReady()
  const wrapper = mount(HeaderSearch, { global: { plugins }, attachTo: document.body })
  const input = wrapper.find('input[data-test="header-search"]')
  ;(input.element as HTMLInputElement).focus()
  return { wrapper, router, input, ...stub }
}
const project2 = { ...project, id: 10, title: { zh: '福田低碳园区', en: 'Futian low-carbon park' }, snippet: '', score: 0.5 }
const key = (input: { trigger: (e: string, o: object) => Promise<void> }, k: string) => input.trigger('keydown', { key: k })

describe('the header search box', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('asks for type-ahead results once typing pauses, and groups them by type', async () => {
    const { wrapper, input, calls } = await mountBox()
    await input.setValue('新')
    await input.setValue('新能')
    await input.setValue('新能源')
    await vi.waitFor(() => expect(wrapper.findAll('[data-test="header-search-hit"]')).toHaveLength(3))
    const searches = calls.filter((c) => c.url.pathname === '/api/search')
    expect(searches).toHaveLength(1)
    expect(Object.fromEntries(searches[0].url.searchParams)).toEqual({ q: '新能源', partial: 'true', limit: '8' })
    // organisations first, then people, each under its label
    const types = wrapper.findAll('[data-test="header-search-hit"]').map((h) => h.attributes('data-type'))
    expect(types).toEqual(['organisation', 'organisation', 'person'])
    const groups = wrapper.findAll('[role="group"]').map((g) => g.attributes('aria-label'))
    expect(groups).toEqual(['Organisation', 'Person'])
    expect(wrapper.find('[data-test="header-search-hit"] mark').text()).toBe('新能源汽车')
    expect(wrapper.find('[data-test="header-search-results"] img').exists()).toBe(false)
  })

  it('moves with the arrow keys and opens the highlighted hit with Enter', async () => {
    const { wrapper, input, router } = await mountBox()
    useAuthStore().user = { id: 1, email: 'a@b', role: 'staff', organisation_id: null, display_name: '', locale: 'en' }
    await input.setValue('design')
    await vi.waitFor(() => expect(wrapper.findAll('[data-test="header-search-hit"]')).toHaveLength(3))
    await key(input, 'ArrowDown')
    expect(input.attributes('aria-activedescendant')).toBe('header-search-list-opt-0')
    await key(input, 'ArrowDown')
    await key(input, 'ArrowDown')
    await key(input, 'ArrowUp')
    // the second row in display order is Barcelona (index 2 in the answer)
    expect(wrapper.find('[aria-selected="true"]').text()).toContain('Barcelona City Council')
    await key(input, 'Enter')
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/partners/organisations/21'), ROUTE_WAIT)
    expect(wrapper.find('[data-test="header-search-results"]').exists()).toBe(false)
  })

  it('Enter without a highlighted row opens the results page; Escape closes the list', async () => {
    const { wrapper, input, router } = await mountBox()
    await input.setValue('新能源汽车')
    await vi.waitFor(() => expect(wrapper.find('[data-test="header-search-results"]').exists()).toBe(true))
    await key(input, 'Escape')
    expect(wrapper.find('[data-test="header-search-results"]').exists()).toBe(false)
    await key(input, 'Enter')
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('Search'), ROUTE_WAIT)
    expect(router.currentRoute.value.query).toEqual({ q: '新能源汽车' })
  })

  it('labels solution hits and opens the solution page, for anonymous visitors too', async () => {
    const { plugins, router } = setup('en')
    useAppStore().locale = 'en'
    const solution = { type: 'solution' as const, id: 5, title: { zh: '福田红树林生态保护', en: 'Futian mangrove conservation' }, snippet: '<mark>红树林</mark>', score: 1 }
    stubFetch({ 'GET /api/search': { body: response({ hits: [solution, pingshan], total: 2 }) } })
    await router.push('/solutions')
    await router.isReady()
    const wrapper = mount(HeaderSearch, { global: { plugins }, attachTo: document.body })
    const input = wrapper.find('input[data-test="header-search"]')
    ;(input.element as HTMLInputElement).focus()
    await input.setValue('红树林')
    await vi.waitFor(() => expect(wrapper.findAll('[data-test="header-search-hit"]')).toHaveLength(2))
    const groups = wrapper.findAll('[role="group"]').map((g) => g.attributes('aria-label'))
    expect(groups).toEqual(['Organisation', 'Solution'])
    const hit = wrapper.find('[data-test="header-search-hit"][data-type="solution"]')
    expect(hit.text()).toContain('Futian mangrove conservation')
    await hit.trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/solutions/5'), ROUTE_WAIT)
  })

  it('groups opportunities, projects and agreements under their labels, after the older kinds, and opens their pages', async () => {
    const { plugins, router } = setup('en')
    useAppStore().locale = 'en'
    useAuthStore().user = { id: 1, email: 'a@b', role: 'staff', organisation_id: null, display_name: '', locale: 'en' }
    stubFetch({ 'GET /api/search': { body: response({ hits: [project, agreement, pingshan, opportunity, project2], total: 5 }) } })
    await router.push('/partners/organisations')
    await router.isReady()
    const wrapper = mount(HeaderSearch, { global: { plugins }, attachTo: document.body })
    const input = wrapper.find('input[data-test="header-search"]')
    ;(input.element as HTMLInputElement).focus()
    await input.setValue('pilot')
    await vi.waitFor(() => expect(wrapper.findAll('[data-test="header-search-hit"]')).toHaveLength(5))
    const groups = wrapper.findAll('[role="group"]')
    expect(groups.map((g) => g.attributes('aria-label'))).toEqual(['Organisation', 'Opportunity', 'Cooperation project', 'Agreement'])
    const projects = groups[2]
    expect(projects.find('.group-title').text()).toBe('Cooperation project')
    expect(projects.findAll('[data-test="header-search-hit"]').map((h) => h.text())).toEqual([
      expect.stringContaining('Pingshan–Barcelona smart mobility pilot'),
      expect.stringContaining('Futian low-carbon park'),
    ])
    expect(groups[3].text()).toContain('Shenzhen–Helsinki memorandum of understanding')
    await projects.find('[data-test="header-search-hit"]').trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/projects/9'), ROUTE_WAIT)
  })

  it('opens an opportunity and an agreement hit on their own pages', async () => {
    for (const [hit, path] of [[opportunity, '/opportunities/12'], [agreement, '/agreements/4']] as const) {
      const { plugins, router } = setup('zh-CN')
      useAppStore().locale = 'zh-CN'
      useAuthStore().user = { id: 1, email: 'a@b', role: 'staff', organisation_id: null, display_name: '', locale: 'zh-CN' }
      stubFetch({ 'GET /api/search': { body: response({ hits: [hit], total: 1 }) } })
      await router.push('/partners/organisations')
      await router.isReady()
      const wrapper = mount(HeaderSearch, { global: { plugins }, attachTo: document.body })
      const input = wrapper.find('input[data-test="header-search"]')
      ;(input.element as HTMLInputElement).focus()
      await input.setValue('合作')
      await vi.waitFor(() => expect(wrapper.findAll('[data-test="header-search-hit"]')).toHaveLength(1))
      expect(wrapper.find('[role="group"]').attributes('aria-label')).toBe(hit.type === 'opportunity' ? '合作机会' : '协议')
      await key(input, 'ArrowDown')
      await key(input, 'Enter')
      await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe(path), ROUTE_WAIT)
      wrapper.unmount()
      vi.unstubAllGlobals()
    }
  })
})

