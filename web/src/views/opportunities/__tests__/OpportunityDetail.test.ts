import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { configureHttp } from '@/api/http'
import { countries, sdgs, setup, stubFetch, type Handler, type Reply } from '@/__tests__/helpers'
import { useAppStore } from '@/stores/app'
import { useAuthStore } from '@/stores/auth'
import { user } from '@/views/partners/__tests__/fixtures'
import OpportunityDetail from '../detail.vue'
import { busOffer } from './fixtures'

function mountDetail(role: 'staff' | 'partner' | null, own: number | null, handlers: Record<string, Handler | Reply>, locale: 'en' | 'zh-CN' = 'en') {
  const { plugins } = setup(locale)
  useAppStore().locale = locale
  useAuthStore().user = role ? user(role, own) : null
  configureHttp({ csrfToken: () => 'csrf-1' })
  const stub = stubFetch({
    'GET /api/reference/countries': { body: { items: [...countries.items, { code: 'ES', name: { zh: '西班牙', en: 'Spain' } }] } },
    'GET /api/reference/sdgs': { body: sdgs },
    'GET /api/reference/sectors': { body: { items: [] } },
    'GET /api/organisations/12': { body: { id: 12, name: { zh: '华创', en: 'Huachuang' } } },
    'GET /api/opportunities/5/matches': { body: { matches: [] } },
    ...handlers,
  })
  const wrapper = mount(OpportunityDetail, { props: { id: 5 }, global: { plugins }, attachTo: document.body })
  return { wrapper, ...stub }
}
const moves = (w: ReturnType<typeof mount>) => w.findAll('button[data-test^="opportunity-"]').map((b) => b.attributes('data-test'))

describe('an opportunity page', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('shows the facts in Chinese, the owner linked, and no buttons or suggestions for the public', async () => {
    const { wrapper, calls } = mountDetail(null, null, { 'GET /api/opportunities/5': { body: busOffer() } }, 'zh-CN')
    await vi.waitFor(() => expect(wrapper.find('[data-test="opportunity-fields"]').exists()).toBe(true))
    expect(wrapper.find('[data-test="page-title"]').text()).toBe('电动公交整车技术输出')
    expect(wrapper.find('[data-test="opportunity-kind-value"]').text()).toBe('技术供给')
    expect(wrapper.find('[data-test="opportunity-status"]').text()).toBe('已发布')
    await vi.waitFor(() => expect(wrapper.find('[data-test="opportunity-organisation"]').attributes('href')).toBe('/partners/organisations/12'))
    await vi.waitFor(() => expect(wrapper.find('[data-test="opportunity-countries"]').text()).toBe('西班牙'))
    expect(wrapper.find('[data-test="opportunity-partner-kinds"]').text()).toBe('政府')
    expect(moves(wrapper).filter((m) => m !== 'opportunity-fields')).toEqual([])
    expect(wrapper.find('[data-test="suggested-partners"]').exists()).toBe(false)
    expect(calls.some((c) => c.url.pathname.endsWith('/matches'))).toBe(false)
  })

  it('offers the owner unpublish, close and edit, with the suggested partners', async () => {
    const { wrapper } = mountDetail('partner', 12, { 'GET /api/opportunities/5': { body: busOffer() } })
    await vi.waitFor(() => expect(wrapper.find('[data-test="opportunity-close"]').exists()).toBe(true))
    expect(moves(wrapper)).toEqual(['opportunity-unpublish', 'opportunity-close', 'opportunity-edit'])
    await vi.waitFor(() => expect(wrapper.find('[data-test="suggested-empty"]').exists()).toBe(true))
  })

  it('offers another partner nothing to change; staff reopen a closed one', async () => {
    const other = mountDetail('partner', 99, { 'GET /api/opportunities/5': { body: busOffer() } })
    await vi.waitFor(() => expect(other.wrapper.find('[data-test="opportunity-fields"]').exists()).toBe(true))
    // nothing to change; only the interest of its own organisation
    expect(moves(other.wrapper).filter((m) => m !== 'opportunity-fields')).toEqual(['opportunity-interest'])
    other.wrapper.unmount()
    document.body.innerHTML = ''
    const staff = mountDetail('staff', null, { 'GET /api/opportunities/5': { body: busOffer({ status: 'closed' }) } })
    await vi.waitFor(() => expect(staff.wrapper.find('[data-test="opportunity-reopen"]').exists()).toBe(true))
  })

  it('publishes a draft with the version read, and shows the server\'s reason when it refuses', async () => {
    let refuse = false
    const { wrapper, calls } = mountDetail('partner', 12, {
      'GET /api/opportunities/5': { body: busOffer({ status: 'draft' }) },
      'POST /api/opportunities/5/transitions': () =>
        refuse
          ? { status: 409, body: { type: 'https://icity.dev/problems/conflict', title: 'Conflict', status: 409, detail: 'the deadline has passed: move it first' } }
          : { body: busOffer({ status: 'published', version: 3 }) },
    })
    await vi.waitFor(() => expect(wrapper.find('[data-test="opportunity-publish"]').exists()).toBe(true))
    await wrapper.find('[data-test="opportunity-publish"]').trigger('click')
    await vi.waitFor(() => expect(wrapper.find('[data-test="opportunity-close"]').exists()).toBe(true))
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ to: 'published', version: 2 })
    expect(wrapper.find('[data-test="opportunity-status"]').text()).toBe('Published')
    refuse = true
    await wrapper.find('[data-test="opportunity-close"]').trigger('click')
    await vi.waitFor(() => expect(document.body.textContent).toContain('the deadline has passed: move it first'))
    expect(calls.filter((c) => c.method === 'POST').at(-1)?.body).toEqual({ to: 'closed', version: 3 })
  })
})

describe('interest in an opportunity', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('lets a partner of another organisation tell the owner in one click, about this opportunity', async () => {
    const { wrapper, calls } = mountDetail('partner', 99, {
      'GET /api/opportunities/5': { body: busOffer() },
      'POST /api/introductions': { status: 201, body: { id: 61 } },
    })
    await vi.waitFor(() => expect(wrapper.find('[data-test="opportunity-interest"]').exists()).toBe(true))
    await wrapper.find('[data-test="opportunity-interest"]').trigger('click')
    await vi.waitFor(() => expect(wrapper.find('[data-test="opportunity-interest-sent"]').attributes('href')).toBe('/introductions/61'))
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ from_organisation_id: 99, opportunity_id: 5 })
  })

  it('is not offered to the owner, nor on a draft', async () => {
    const owner = mountDetail('partner', 12, { 'GET /api/opportunities/5': { body: busOffer() } })
    await vi.waitFor(() => expect(owner.wrapper.find('[data-test="opportunity-close"]').exists()).toBe(true))
    expect(owner.wrapper.find('[data-test="opportunity-interest"]').exists()).toBe(false)
    owner.wrapper.unmount()
    document.body.innerHTML = ''
    const draft = mountDetail('partner', 99, { 'GET /api/opportunities/5': { body: busOffer({ status: 'draft' }) } })
    await vi.waitFor(() => expect(draft.wrapper.find('[data-test="opportunity-fields"]').exists()).toBe(true))
    expect(draft.wrapper.find('[data-test="opportunity-interest"]').exists()).toBe(false)
  })
})
