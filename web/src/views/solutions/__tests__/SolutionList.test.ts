import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { countries, sdgs, setup, stubFetch, ROUTE_WAIT } from '@/__tests__/helpers'
import { useAppStore } from '@/stores/app'
import { useAuthStore } from '@/stores/auth'
import { user } from '@/views/partners/__tests__/fixtures'
import SolutionList from '../index.vue'
import { filtersFromQuery, filtersToQuery } from '../useSolutionList'
import { dasha, mangroves, page } from './fixtures'

const colours = { items: sdgs.items.map((g) => (g.goal === 6 ? { ...g, color: '#26BDE2' } : g)) }

async function open(path: string, locale: 'en' | 'zh-CN' = 'en') {
  const { plugins, router } = setup(locale)
  useAppStore().locale = locale
  const stub = stubFetch({
    'GET /api/reference/countries': { body: countries },
    'GET /api/reference/sdgs': { body: colours },
    'GET /api/reference/sectors': { body: { items: [] } },
    'GET /api/solutions': (_init, url) => (url.searchParams.get('cursor') === 'c2' ? { body: page([mangroves]) } : { body: page([dasha], 'c2') }),
  })
  await router.push(path)
  await router.isReady()
  const wrapper = mount(SolutionList, { global: { plugins }, attachTo: document.body })
  return { wrapper, router, ...stub }
}
const lists = (calls: { url: URL }[]) => calls.filter((c) => c.url.pathname === '/api/solutions')

describe('the solutions library list', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('shows cards to anonymous visitors: title in the current language first, summary, SDG colours, place and year', async () => {
    const { wrapper, calls } = await open('/solutions', 'zh-CN')
    await vi.waitFor(() => expect(wrapper.findAll('[data-test="solution-card"]')).toHaveLength(1))
    expect(Object.fromEntries(lists(calls)[0].url.searchParams)).toEqual({ limit: '12' })
    const card = wrapper.find('[data-test="solution-card"]')
    expect(card.find('[data-test="solution-link"]').text()).toBe('大沙河生态长廊')
    expect(card.find('[data-test="solution-link"]').attributes('href')).toBe('/solutions/1')
    expect(card.text()).toContain('Dasha River ecological corridor')
    expect(card.find('[data-test="solution-summary"]').text()).toBe('河道治理与城市绿道。')
    expect(card.find('[data-test="solution-where"]').text()).toBe('深圳南山 · 2019')
    await vi.waitFor(() => expect(card.find('.el-tag').attributes('style')).toContain('#26BDE2'))
    expect(wrapper.find('[data-test="solution-new"]').exists()).toBe(false)
  })

  it('puts the filters into the URL and asks the server with them', async () => {
    const { wrapper, router, calls } = await open('/solutions?sdg=15&sector=N77')
    await vi.waitFor(() => expect(lists(calls)).toHaveLength(1))
    expect(Object.fromEntries(lists(calls)[0].url.searchParams)).toEqual({ sdg: '15', sector: 'N77', limit: '12' })
    await wrapper.find('input[data-test="filter-q"]').setValue('红树林')
    await wrapper.find('[data-test="filter-search"]').trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.query).toEqual({ q: '红树林', sdg: '15', sector: 'N77' }), ROUTE_WAIT)
    await vi.waitFor(() => expect(lists(calls)).toHaveLength(2))
    expect(Object.fromEntries(lists(calls)[1].url.searchParams)).toEqual({ q: '红树林', sdg: '15', sector: 'N77', limit: '12' })
    await wrapper.find('[data-test="filter-reset"]').trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.query).toEqual({}), ROUTE_WAIT)
  })

  it('pages with the cursor the server gave, and back', async () => {
    const { wrapper, calls } = await open('/solutions')
    await vi.waitFor(() => expect(wrapper.find('[data-test="solution-link"]').exists()).toBe(true))
    expect(wrapper.find('[data-test="page-prev"]').attributes('disabled')).toBeDefined()
    await wrapper.find('[data-test="page-next"]').trigger('click')
    await vi.waitFor(() => expect(wrapper.find('[data-test="solution-link"]').text()).toBe('Futian mangrove conservation'))
    expect(lists(calls)[1].url.searchParams.get('cursor')).toBe('c2')
    expect(wrapper.find('[data-test="page-next"]').attributes('disabled')).toBeDefined()
    expect(wrapper.find('[data-test="pager"]').text()).toContain('Page 2')
    await wrapper.find('[data-test="page-prev"]').trigger('click')
    await vi.waitFor(() => expect(wrapper.find('[data-test="solution-link"]').text()).toBe('Dasha River ecological corridor'))
    expect(lists(calls)[2].url.searchParams.get('cursor')).toBeNull()
  })

  it('offers "new solution" to staff and to a partner with an organisation', async () => {
    const { wrapper } = await open('/solutions')
    useAuthStore().user = user('partner', 12)
    await vi.waitFor(() => expect(wrapper.find('[data-test="solution-new"]').exists()).toBe(true))
    useAuthStore().user = user('partner', null)
    await vi.waitFor(() => expect(wrapper.find('[data-test="solution-new"]').exists()).toBe(false))
  })
})

describe('solution filters in the address bar', () => {
  it('reads a shared link back into the same filters and ignores nonsense', () => {
    const f = filtersFromQuery({ q: '红树林', sector: 'N77', sdg: '15', organisation_id: '12', archived: 'true' })
    expect(f).toEqual({ q: '红树林', sector: 'N77', sdg: 15, organisation_id: 12, archived: true })
    expect(filtersFromQuery(filtersToQuery(f))).toEqual(f)
    expect(filtersToQuery(filtersFromQuery({ sdg: '99', organisation_id: '-1', sector: '<x>' }))).toEqual({})
  })
})
