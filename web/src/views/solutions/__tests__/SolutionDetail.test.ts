import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Solution } from '@/api/types'
import { countries, sdgs, setup, stubFetch } from '@/__tests__/helpers'
import { useAppStore } from '@/stores/app'
import { useAuthStore } from '@/stores/auth'
import { user } from '@/views/partners/__tests__/fixtures'
import SolutionDetail from '../detail.vue'
import { dasha, mangroves } from './fixtures'

const futianOrg = { id: 12, name: { zh: '福田红树林基金会', en: 'Futian Mangrove Foundation' } }

async function open(solution: Solution, locale: 'en' | 'zh-CN' = 'en', role?: 'staff' | 'partner', orgId: number | null = null) {
  const { plugins, router } = setup(locale)
  useAppStore().locale = locale
  if (role) useAuthStore().user = user(role, orgId)
  const stub = stubFetch({
    'GET /api/reference/countries': { body: countries },
    'GET /api/reference/sdgs': { body: sdgs },
    'GET /api/reference/sectors': { body: { items: [{ code: 'N77', level: 'division', name: { zh: '生态保护和环境治理业', en: 'Ecological protection' }, isic: [] }] } },
    [`GET /api/solutions/${solution.id}`]: { body: solution },
    'GET /api/organisations/12': { body: futianOrg },
    [`DELETE /api/solutions/${solution.id}`]: { body: { ...solution, archived: true } },
  })
  await router.push(`/solutions/${solution.id}`)
  await router.isReady()
  const wrapper = mount(SolutionDetail, { props: { id: solution.id }, global: { plugins }, attachTo: document.body })
  await vi.waitFor(() => expect(wrapper.find('[data-test="solution-fields"]').exists()).toBe(true))
  return { wrapper, router, ...stub }
}

describe('the solution page', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('renders the Markdown body: headings, lists and safe links', async () => {
    const { wrapper } = await open(mangroves, 'zh-CN')
    const md = wrapper.find('[data-test="solution-markdown"]')
    expect(md.findAll('h3').map((h) => h.text())).toEqual(['背景', '做法'])
    expect(md.findAll('li')).toHaveLength(2)
    expect(md.find('a').attributes('rel')).toBe('noopener noreferrer')
    expect(md.attributes('lang')).toBe('zh-CN')
    // both languages written: switch to the English text
    await wrapper.find('[data-test="solution-body-lang"] input[value="en"]').setValue(true)
    await vi.waitFor(() => expect(wrapper.find('[data-test="solution-markdown"] h3').text()).toBe('Background'))
  })

  it('shows <script> and <img onerror> in the body as text, not markup', async () => {
    const evil = { ...dasha, body: { zh: '', en: 'Hello <script>window.__pwned = 1</script>\n\n<img src=x onerror="window.__pwned = 2">' } }
    const { wrapper } = await open(evil, 'zh-CN')
    const md = wrapper.find('[data-test="solution-markdown"]')
    expect(md.find('script').exists()).toBe(false)
    expect(md.find('img').exists()).toBe(false)
    expect(md.text()).toContain('<script>window.__pwned = 1</script>')
    expect(md.text()).toContain('<img src=x onerror="window.__pwned = 2">')
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined()
  })

  it('shows the organisation as a link, the source, year, SDGs and sectors; no edit for the public', async () => {
    const { wrapper } = await open(mangroves)
    expect(wrapper.find('[data-test="page-title"]').text()).toBe('Futian mangrove conservation')
    expect(wrapper.text()).toContain('福田红树林生态保护')
    expect(wrapper.find('[data-test="solution-summary"]').text()).toBe('A mangrove reserve in the city centre.')
    await vi.waitFor(() => expect(wrapper.find('[data-test="solution-organisation"]').text()).toBe('Futian Mangrove Foundation'))
    expect(wrapper.find('[data-test="solution-organisation"]').attributes('href')).toBe('/partners/organisations/12')
    const source = wrapper.find('a[data-test="solution-source"]')
    expect(source.attributes('href')).toBe('https://example.org/futian')
    expect(source.attributes('rel')).toBe('noopener noreferrer')
    expect(wrapper.find('[data-test="solution-year"]').text()).toBe('2020')
    const fields = wrapper.find('[data-test="solution-fields"]').text()
    expect(fields).toContain('14 · Goal 14')
    await vi.waitFor(() => expect(wrapper.find('[data-test="solution-fields"]').text()).toContain('N77 · Ecological protection'))
    expect(wrapper.find('[data-test="solution-edit"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="solution-archive"]').exists()).toBe(false)
  })

  it('keeps a source that is not a web address as text', async () => {
    const { wrapper } = await open(dasha, 'zh-CN')
    expect(wrapper.find('a[data-test="solution-source"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="solution-source"]').text()).toBe('南山区政府公开报告')
    expect(wrapper.find('[data-test="solution-organisation"]').exists()).toBe(false)
  })

  it('lets the partner of the organisation edit and archive, not another partner', async () => {
    const own = await open(mangroves, 'en', 'partner', 12)
    expect(own.wrapper.find('[data-test="solution-edit"]').exists()).toBe(true)
    expect(own.wrapper.find('[data-test="solution-archive"]').exists()).toBe(true)
    own.wrapper.unmount()
    const other = await open(mangroves, 'en', 'partner', 13)
    expect(other.wrapper.find('[data-test="solution-edit"]').exists()).toBe(false)
  })

  it('archives after confirmation and shows it as archived', async () => {
    const { wrapper, calls } = await open(mangroves, 'en', 'staff')
    await wrapper.find('[data-test="solution-archive"]').trigger('click')
    await vi.waitFor(() => expect(document.body.textContent).toContain('Archive “Futian mangrove conservation”?'))
    const confirm = [...document.body.querySelectorAll<HTMLButtonElement>('.el-message-box button')].find((b) => b.textContent?.trim() === 'Archive')
    confirm?.click()
    await vi.waitFor(() => expect(wrapper.find('[data-test="solution-archived"]').exists()).toBe(true))
    expect(calls.filter((c) => c.method === 'DELETE').map((c) => c.url.pathname)).toEqual(['/api/solutions/4'])
  })

  it('says so when the solution does not exist', async () => {
    const { plugins } = setup('en')
    stubFetch({ 'GET /api/reference/countries': { body: countries }, 'GET /api/reference/sdgs': { body: sdgs } })
    const wrapper = mount(SolutionDetail, { props: { id: 99 }, global: { plugins } })
    await vi.waitFor(() => expect(wrapper.find('[data-test="solution-not-found"]').exists()).toBe(true))
    expect(wrapper.text()).toContain('Back to the solutions library')
  })
})
