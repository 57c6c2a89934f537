import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { sdgs, setup, stubFetch, ROUTE_WAIT } from '@/__tests__/helpers'
import { useAppStore } from '@/stores/app'
import SearchPage from '../index.vue'
import { agreement, barcelona, opportunity, project, reference, response } from './fixtures'

async function open(path: string, search: Parameters<typeof stubFetch>[0][string], locale: 'en' | 'zh-CN' = 'en') {
  const { plugins, router } = setup(locale)
  useAppStore().locale = locale
  const stub = stubFetch({
    'GET /api/search': search,
    'GET /api/reference/countries': { body: reference.countries },
    'GET /api/reference/sdgs': { body: { items: sdgs.items.map((g) => (g.goal === 11 ? { ...g, color: '#FD9D24' } : g)) } },
    'GET /api/reference/sectors': { body: reference.sectors },
  })
  await router.push(path)
  await router.isReady()
  const wrapper = mount(SearchPage, { global: { plugins }, attachTo: document.body })
  return { wrapper, router, ...stub }
}
const searches = (calls: { url: URL }[]) => calls.filter((c) => c.url.pathname === '/api/search')

describe('the search results page', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('renders the hits with type, bilingual title, safe snippet and score', async () => {
    const { wrapper, calls } = await open('/search?q=新能源汽车', { body: response() })
    await vi.waitFor(() => expect(wrapper.findAll('[data-test="search-hit"]')).toHaveLength(2))
    expect(Object.fromEntries(searches(calls)[0].url.searchParams)).toEqual({ q: '新能源汽车', limit: '20' })
    const first = wrapper.findAll('[data-test="search-hit"]')[0]
    expect(first.find('[data-test="hit-type"]').text()).toBe('Organisation')
    expect(first.find('[data-test="hit-link"]').text()).toBe("Pingshan District People's Government, Shenzhen")
    expect(first.find('[data-test="hit-link"]').attributes('href')).toBe('/partners/organisations/7')
    expect(first.text()).toContain('深圳市坪山区人民政府')
    const snippet = first.find('[data-test="hit-snippet"]')
    expect(snippet.find('mark').text()).toBe('新能源汽车')
    expect(snippet.find('img').exists()).toBe(false)
    expect(snippet.text()).toContain('<img src=x onerror="alert(1)">')
    expect(first.find('[data-test="hit-score"]').text()).toBe('100%')
    expect(wrapper.find('[data-test="search-total"]').text()).toBe('About 2 results')
  })

  it('shows the concepts it understood, current language first', async () => {
    const { wrapper } = await open('/search?q=新能源汽车', { body: response() }, 'zh-CN')
    await vi.waitFor(() => expect(wrapper.findAll('[data-test="concept-chip"]')).toHaveLength(1))
    expect(wrapper.find('[data-test="concept-chip"]').text()).toBe('新能源汽车 / new energy vehicle')
    expect(wrapper.find('[data-test="search-concepts"]').text()).toContain('识别的概念')
  })

  it('says so when the hits have only some of the words, in the current language', async () => {
    const { wrapper } = await open('/search?q=ancient+Hakka+village', { body: response({ relaxed: true }) }, 'zh-CN')
    await vi.waitFor(() => expect(wrapper.find('[data-test="search-relaxed"]').exists()).toBe(true))
    expect(wrapper.find('[data-test="search-relaxed"]').text()).toContain('部分词语')
    const strict = await open('/search?q=新能源汽车', { body: response() })
    await vi.waitFor(() => expect(strict.wrapper.findAll('[data-test="search-hit"]')).toHaveLength(2))
    expect(strict.wrapper.find('[data-test="search-relaxed"]').exists()).toBe(false)
  })

  it('labels facets with names and SDG colours; a click puts the filter in the URL and searches again', async () => {
    const { wrapper, router, calls } = await open('/search?q=新能源汽车', (_init, url) => ({
      body: url.searchParams.get('country') === 'ES' ? response({ hits: [barcelona], total: 1 }) : response(),
    }))
    await vi.waitFor(() => expect(wrapper.find('[data-test="facet-country-ES"]').exists()).toBe(true))
    await vi.waitFor(() => expect(wrapper.find('[data-test="facet-country-ES"]').text()).toContain('Spain'))
    expect(wrapper.find('[data-test="facet-kind-district"]').text()).toContain('District')
    await vi.waitFor(() => expect(wrapper.find('[data-test="facet-sector-92"]').text()).toContain('92 · Public administration'))
    await vi.waitFor(() =>
      expect(wrapper.find('[data-test="facet-sdg-11"] .sdg').attributes('style')).toMatch(/background-color: (#FD9D24|rgb\(253, 157, 36\))/i),
    )
    expect(wrapper.find('[data-test="facet-sdg-11"]').text()).toContain('11 · Goal 11')

    await wrapper.find('[data-test="facet-country-ES"]').trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.query).toEqual({ q: '新能源汽车', country: 'ES' }), ROUTE_WAIT)
    await vi.waitFor(() => expect(wrapper.findAll('[data-test="search-hit"]')).toHaveLength(1))
    expect(searches(calls).at(-1)?.url.searchParams.get('country')).toBe('ES')
    expect(wrapper.find('[data-test="facet-country-ES"]').attributes('aria-pressed')).toBe('true')

    // a second click on the selected value clears it
    await wrapper.find('[data-test="facet-country-ES"]').trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.query).toEqual({ q: '新能源汽车' }), ROUTE_WAIT)
  })

  it('submits a new query from its box, keeping the filters', async () => {
    const { wrapper, router } = await open('/search?q=x&sdg=11', { body: response() })
    await wrapper.find('input[data-test="search-q"]').setValue('electric mobility')
    await wrapper.find('[data-test="search-form"]').trigger('submit')
    await vi.waitFor(() => expect(router.currentRoute.value.query).toEqual({ q: 'electric mobility', sdg: '11' }), ROUTE_WAIT)
  })

  it('loads more with next_cursor and appends', async () => {
    const { wrapper, calls } = await open('/search?q=design', (_init, url) => ({
      body: url.searchParams.get('cursor') === 'c2' ? response({ hits: [barcelona], next_cursor: null }) : response({ hits: [response().hits[0]], next_cursor: 'c2' }),
    }))
    await vi.waitFor(() => expect(wrapper.find('[data-test="search-more"]').exists()).toBe(true))
    await wrapper.find('[data-test="search-more"]').trigger('click')
    await vi.waitFor(() => expect(wrapper.findAll('[data-test="search-hit"]')).toHaveLength(2))
    expect(searches(calls).at(-1)?.url.searchParams.get('cursor')).toBe('c2')
    expect(wrapper.find('[data-test="search-more"]').exists()).toBe(false)
  })

  it('says when nothing matches, and when the search failed', async () => {
    const empty = await open('/search?q=zzzz', { body: response({ hits: [], total: 0, concepts: [] }) })
    await vi.waitFor(() => expect(empty.wrapper.find('[data-test="search-empty"]').text()).toContain('Nothing matches “zzzz”'))
    empty.wrapper.unmount()
    vi.unstubAllGlobals()

    const failed = await open('/search?q=x', { status: 503, body: { type: 'https://icity.dev/problems/unavailable', title: 'Search index unavailable', status: 503 } }, 'zh-CN')
    await vi.waitFor(() => expect(failed.wrapper.find('[data-test="search-error"]').text()).toContain('搜索失败'))
    expect(failed.wrapper.find('[data-test="search-retry"]').exists()).toBe(true)
  })

  it('offers opportunities, projects and agreements in the type filter, with their labels and kinds', async () => {
    const facets = {
      ...response().facets,
      type: [
        { value: 'organisation', count: 2 },
        { value: 'opportunity', count: 1 },
        { value: 'project', count: 1 },
        { value: 'agreement', count: 1 },
      ],
      kind: [
        { value: 'technology_request', count: 1 },
        { value: 'negotiating', count: 1 },
        { value: 'mou', count: 1 },
      ],
    }
    const { wrapper, router, calls } = await open('/search?q=pilot', (_init, url) => ({
      body: url.searchParams.get('type') === 'project' ? response({ hits: [project], total: 1, facets }) : response({ hits: [opportunity, project, agreement], total: 3, facets }),
    }))
    await vi.waitFor(() => expect(wrapper.findAll('[data-test="search-hit"]')).toHaveLength(3))
    expect(wrapper.find('[data-test="facet-type-opportunity"]').text()).toContain('Opportunity')
    expect(wrapper.find('[data-test="facet-type-project"]').text()).toContain('Cooperation project')
    expect(wrapper.find('[data-test="facet-type-agreement"]').text()).toContain('Agreement')
    expect(wrapper.find('[data-test="facet-kind-technology_request"]').text()).toContain('Technology request')
    expect(wrapper.find('[data-test="facet-kind-negotiating"]').text()).toContain('Negotiating')
    expect(wrapper.find('[data-test="facet-kind-mou"]').text()).toContain('Memorandum of understanding')

    const hits = wrapper.findAll('[data-test="search-hit"]')
    expect(hits.map((h) => h.find('[data-test="hit-type"]').text())).toEqual(['Opportunity', 'Cooperation project', 'Agreement'])
    expect(hits.map((h) => h.find('[data-test="hit-link"]').attributes('href'))).toEqual(['/opportunities/12', '/projects/9', '/agreements/4'])

    await wrapper.find('[data-test="facet-type-project"]').trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.query).toEqual({ q: 'pilot', type: 'project' }), ROUTE_WAIT)
    await vi.waitFor(() => expect(wrapper.findAll('[data-test="search-hit"]')).toHaveLength(1))
    expect(searches(calls).at(-1)?.url.searchParams.get('type')).toBe('project')
    expect(wrapper.find('[data-test="facet-type-project"]').attributes('aria-pressed')).toBe('true')
  })

  it('names the new types in Chinese, the selected one kept in view even without a count', async () => {
    const { wrapper } = await open('/search?q=合作&type=agreement', { body: response({ hits: [agreement], total: 1, facets: { ...response().facets, type: [{ value: 'opportunity', count: 3 }, { value: 'project', count: 2 }] } }) }, 'zh-CN')
    await vi.waitFor(() => expect(wrapper.findAll('[data-test="search-hit"]')).toHaveLength(1))
    expect(wrapper.find('[data-test="facet-type-agreement"]').text()).toContain('协议')
    expect(wrapper.find('[data-test="facet-type-agreement"]').attributes('aria-pressed')).toBe('true')
    expect(wrapper.find('[data-test="facet-type-opportunity"]').text()).toContain('合作机会')
    expect(wrapper.find('[data-test="facet-type-project"]').text()).toContain('合作项目')
    expect(wrapper.find('[data-test="hit-type"]').text()).toBe('协议')
  })
})

