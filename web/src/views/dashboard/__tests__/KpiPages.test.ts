import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { countries, sdgs, setup, stubFetch, type Handler, type Reply, ROUTE_WAIT } from '@/__tests__/helpers'
import { useAppStore } from '@/stores/app'
import { useAuthStore } from '@/stores/auth'
import { user } from '@/views/partners/__tests__/fixtures'
import KpiCards from '../components/KpiCards.vue'
import Dashboard from '../index.vue'
import Records from '../records.vue'
import { kpis } from './fixtures'

const summary = {
  organisations: 3, people: 2, interactions: 5, countries: 2, visits_received: 1,
  organisations_by_kind: [], organisations_by_country: [], interactions_by_month: [],
}
const sections = { items: [{ code: 'C', level: 'section', name: { zh: '制造业', en: 'Manufacturing' }, isic: ['C'] }] }
const reference: Record<string, Reply> = {
  'GET /api/reference/countries': { body: { items: [...countries.items, { code: 'DE', name: { zh: '德国', en: 'Germany' } }] } },
  'GET /api/reference/sdgs': { body: sdgs },
  'GET /api/reference/sectors': { body: sections },
}

async function mountAt(path: string, component: unknown, role: 'admin' | 'staff' | 'partner', handlers: Record<string, Handler | Reply>, props: Record<string, unknown> = {}) {
  const { plugins, router } = setup('en')
  useAppStore().locale = 'en'
  const auth = useAuthStore()
  auth.user = user(role)
  auth.restored = true
  const stub = stubFetch({ ...reference, ...handlers })
  await router.push(path)
  await router.isReady()
  const wrapper = mount(component as never, { props: props as never, global: { plugins, stubs: { Chart: true } }, attachTo: document.body })
  return { wrapper, router, ...stub }
}

describe('the figure cards', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('shows the server\'s label and description, each number linking to its records', async () => {
    const { plugins, router } = setup('en')
    useAppStore().locale = 'en'
    await router.push('/dashboard')
    const wrapper = mount(KpiCards, {
      props: { kpis: kpis(), period: { from: '2024-01-01', to: '2024-02-29' }, selected: 'events_held' },
      global: { plugins },
    })
    const cards = wrapper.findAll('[data-test^="kpi-"][role="button"]')
    expect(cards).toHaveLength(8)
    const first = wrapper.find('[data-test="kpi-matters_handled"]')
    expect(first.find('[data-test="kpi-label"]').text()).toBe('Figure 1')
    expect(first.find('[data-test="kpi-value"]').text()).toBe('4,012')
    expect(first.find('[data-test="kpi-value"]').attributes('href')).toBe('/dashboard/kpis/matters_handled?from=2024-01-01&to=2024-02-29')
    expect(first.find('[data-test="kpi-description"]').attributes('aria-label')).toBe('How 1 is counted')
    expect(wrapper.find('[data-test="kpi-events_held"]').classes()).toContain('selected')
    await wrapper.find('[data-test="kpi-agreements_signed"]').trigger('click')
    expect(wrapper.emitted('select')).toEqual([['agreements_signed']])
  })
})

describe('the dashboard', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('reads the figures for the period in the URL; a preset rewrites the URL and reads again', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2024-08-12T17:30:00Z')) // 2024-08-13 in Beijing
    try {
      const { wrapper, router, calls } = await mountAt('/dashboard?from=2024-01-01&to=2024-02-29&figure=events_held', Dashboard, 'staff', {
        'GET /api/dashboard/summary': { body: summary },
        'GET /api/dashboard/kpis': { body: kpis() },
      })
      await vi.waitFor(() => expect(wrapper.find('[data-test="kpi-matters_handled"]').exists()).toBe(true))
      const kpiCalls = () => calls.filter((c) => c.url.pathname === '/api/dashboard/kpis')
      expect(kpiCalls()[0].url.search).toBe('?from=2024-01-01&to=2024-02-29')
      expect(wrapper.find('[data-test="kpis-csv"]').attributes('href')).toBe('/api/dashboard/kpis.csv?from=2024-01-01&to=2024-02-29')
      expect(wrapper.find('[data-test="kpis-xlsx"]').attributes('href')).toBe('/api/dashboard/kpis.xlsx?from=2024-01-01&to=2024-02-29')
      expect(wrapper.find('[data-test="kpi-charts"]').text()).toContain('Figure 2') // the selected figure
      expect(wrapper.find('[data-test="dashboard"]').exists()).toBe(true) // the directory summary stays
      await wrapper.find('[data-test="kpi-preset-sinceOpening"]').trigger('click')
      await vi.waitFor(() => expect(router.currentRoute.value.query).toEqual({ from: '2023-10-27', to: '2024-08-13', figure: 'events_held' }), ROUTE_WAIT)
      await vi.waitFor(() => expect(kpiCalls()).toHaveLength(2))
      expect(kpiCalls()[1].url.search).toBe('?from=2023-10-27&to=2024-08-13')
      await wrapper.find('[data-test="kpi-countries_reached"]').trigger('click')
      await vi.waitFor(() => expect(router.currentRoute.value.query.figure).toBe('countries_reached'), ROUTE_WAIT)
      expect(kpiCalls()).toHaveLength(2) // choosing a figure reads nothing again
    } finally {
      vi.useRealTimers()
    }
  })

  it('shows a partner the directory summary without the staff\'s figures', async () => {
    const { wrapper, calls } = await mountAt('/dashboard', Dashboard, 'partner', { 'GET /api/dashboard/summary': { body: summary } })
    await vi.waitFor(() => expect(wrapper.find('[data-test="figure-organisations"]').exists()).toBe(true))
    expect(wrapper.find('[data-test="kpis"]').exists()).toBe(false)
    expect(calls.some((c) => c.url.pathname === '/api/dashboard/kpis')).toBe(false)
  })
})

describe('the records behind a figure', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  const page = {
    items: [
      { type: 'case', id: 12, title: { zh: '签证咨询', en: 'Visa question' }, date: '2024-03-05', country: 'DE', link: '/desk/cases/12' },
      { type: 'country', id: 0, title: { zh: '芬兰', en: 'Finland' }, date: '2024-03-06', country: 'FI', link: '' },
    ],
    total: 37,
    next_cursor: 'n2',
  }

  it('lists the records with the filters of the URL as removable tags, and exports the same query', async () => {
    const { wrapper, router, calls } = await mountAt(
      '/dashboard/kpis/matters_handled?from=2024-01-01&to=2024-08-13&month=2024-03&country=DE&sector=C&sdg=9',
      Records,
      'staff',
      { 'GET /api/dashboard/kpis/matters_handled/records': { body: page } },
      { figure: 'matters_handled' },
    )
    await vi.waitFor(() => expect(wrapper.find('[data-test="kpi-total"]').exists()).toBe(true))
    const recordCalls = () => calls.filter((c) => c.url.pathname === '/api/dashboard/kpis/matters_handled/records')
    expect(Object.fromEntries(recordCalls()[0].url.searchParams)).toEqual({
      from: '2024-01-01', to: '2024-08-13', month: '2024-03', country: 'DE', sector: 'C', sdg: '9', limit: '20',
    })
    expect(wrapper.find('[data-test="kpi-total"]').text()).toBe('37 records')
    const table = wrapper.find('[data-test="kpi-records"]')
    expect(table.text()).toContain('Matter')
    expect(table.text()).toContain('Visa question')
    expect(table.text()).toContain('Germany')
    expect(table.find('[data-test="record-link"]').attributes('href')).toBe('/desk/cases/12')
    expect(wrapper.find('[data-test="kpi-filter-period"]').text()).toBe('2024-01-01 to 2024-08-13')
    expect(wrapper.find('[data-test="kpi-filter-country"]').text()).toBe('Country: Germany')
    await vi.waitFor(() => expect(wrapper.find('[data-test="kpi-filter-sector"]').text()).toBe('Sector: C Manufacturing'))
    expect(wrapper.find('[data-test="kpi-filter-sdg"]').text()).toBe('SDG: 9 Goal 9')
    expect(wrapper.find('[data-test="records-csv"]').attributes('href')).toBe(
      '/api/dashboard/kpis/matters_handled/records.csv?from=2024-01-01&to=2024-08-13&month=2024-03&country=DE&sector=C&sdg=9',
    )
    expect(wrapper.find('[data-test="records-xlsx"]').attributes('href')).toContain('/records.xlsx?from=2024-01-01')

    // the next page follows the cursor
    await wrapper.find('[data-test="page-next"]').trigger('click')
    await vi.waitFor(() => expect(recordCalls()).toHaveLength(2))
    expect(recordCalls()[1].url.searchParams.get('cursor')).toBe('n2')

    // removing a tag removes that filter from the URL and reads from the first page again
    await wrapper.find('[data-test="kpi-filter-country"] .el-tag__close').trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.query).toEqual({ from: '2024-01-01', to: '2024-08-13', month: '2024-03', sector: 'C', sdg: '9' }), ROUTE_WAIT)
    await vi.waitFor(() => expect(recordCalls()).toHaveLength(3))
    expect(recordCalls()[2].url.searchParams.get('country')).toBeNull()
    expect(recordCalls()[2].url.searchParams.get('cursor')).toBeNull()
    expect(wrapper.find('[data-test="kpi-filter-country"]').exists()).toBe(false)
  })

  it('says so for a figure that does not exist, without asking the server', async () => {
    const { wrapper, calls } = await mountAt('/dashboard/kpis/nothing', Records, 'staff', {}, { figure: 'nothing' })
    await vi.waitFor(() => expect(wrapper.find('[data-test="kpi-unknown"]').exists()).toBe(true))
    expect(wrapper.text()).toContain('There is no such figure')
    expect(calls.some((c) => c.url.pathname.includes('/records'))).toBe(false)
  })
})
