import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { configureHttp } from '@/api/http'
import type { Match } from '@/api/types'
import { countries, flush, sdgs, setup, stubFetch, type Handler, type Reply } from '@/__tests__/helpers'
import { useAppStore } from '@/stores/app'
import { useAuthStore } from '@/stores/auth'
import { user } from '@/views/partners/__tests__/fixtures'
import SuggestedPartners from '../SuggestedPartners.vue'

const barcelona: Match = {
  type: 'organisation',
  id: 21,
  score: 0.82,
  name: { zh: '巴塞罗那市政府', en: 'Barcelona City Council' },
  organisation: { id: 21, name: { zh: '巴塞罗那市政府', en: 'Barcelona City Council' } },
  kind: 'government',
  country: 'ES',
  reasons: [
    { kind: 'concept', label: { zh: '新能源汽车', en: 'new energy vehicles' }, share: 0.55 },
    { kind: 'sdg', label: { zh: '目标 11 可持续城市', en: 'Goal 11 sustainable cities' }, share: 0.254 },
  ],
}
const offer: Match = {
  type: 'opportunity',
  id: 7,
  score: 0.4,
  name: { zh: '电池回收技术', en: 'Battery recycling technology' },
  organisation: { id: 30, name: { zh: '芬兰电池公司', en: 'Finnish Battery Oy' } },
  kind: 'technology_offer',
  country: 'FI',
  reasons: [{ kind: 'term', label: { zh: '电池', en: 'battery' }, share: 1 }],
}
const reference = {
  'GET /api/reference/countries': { body: { items: [...countries.items, { code: 'ES', name: { zh: '西班牙', en: 'Spain' } }] } },
  'GET /api/reference/sdgs': { body: sdgs },
  'GET /api/organisations': { body: { items: [], next_cursor: null } },
}

function mountPanel(
  opts: { role: 'staff' | 'partner'; own?: number | null; locale?: 'en' | 'zh-CN'; source?: 'opportunity' | 'organisation' | 'delegation'; defaultFrom?: { id: number; name: { zh: string; en: string } } | null },
  handlers: Record<string, Handler | Reply>,
) {
  const locale = opts.locale ?? 'en'
  const { plugins } = setup(locale)
  useAppStore().locale = locale
  useAuthStore().user = user(opts.role, opts.own ?? null)
  configureHttp({ csrfToken: () => 'csrf-1' })
  const stub = stubFetch({ ...reference, ...handlers })
  const wrapper = mount(SuggestedPartners, {
    props: { source: opts.source ?? 'opportunity', sourceId: 5, defaultFrom: opts.defaultFrom ?? null },
    global: { plugins },
    attachTo: document.body,
  })
  return { wrapper, ...stub }
}

describe('SuggestedPartners', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('shows each match linked, with its kind, country, score and reasons with their shares', async () => {
    const { wrapper, calls } = mountPanel({ role: 'partner', own: 12 }, { 'GET /api/opportunities/5/matches': { body: { matches: [barcelona, offer] } } })
    await vi.waitFor(() => expect(wrapper.findAll('[data-test="match"]')).toHaveLength(2))
    expect(calls.find((c) => c.url.pathname === '/api/opportunities/5/matches')?.url.searchParams.get('limit')).toBe('10')
    const [first, second] = wrapper.findAll('[data-test="match"]')
    expect(first.find('[data-test="match-link"]').attributes('href')).toBe('/partners/organisations/21')
    expect(first.find('[data-test="match-link"]').text()).toBe('Barcelona City Council')
    expect(first.find('[data-test="match-type"]').text()).toBe('Organisation · Government')
    await vi.waitFor(() => expect(first.find('[data-test="match-country"]').text()).toBe('Spain'))
    expect(first.find('[data-test="match-score"]').text()).toContain('82%')
    const reasons = first.findAll('[data-test="match-reason"]')
    expect(reasons.map((r) => r.find('.reason-label').text())).toEqual(['new energy vehicles', 'Goal 11 sustainable cities'])
    expect(reasons.map((r) => r.find('[data-test="match-reason-share"]').text())).toEqual(['55%', '25%'])
    expect(reasons[0].attributes('data-kind')).toBe('concept')
    expect(reasons[0].attributes('title')).toBe('Shared topic')
    // an opportunity links to its page and names its owner
    expect(second.find('[data-test="match-link"]').attributes('href')).toBe('/opportunities/7')
    expect(second.find('[data-test="match-type"]').text()).toBe('Opportunity · Technology offer')
    expect(second.find('[data-test="match-owner"]').text()).toBe('Finnish Battery Oy')
  })

  it('shows the five strongest reasons, and the rest on request', async () => {
    const many: Match = { ...barcelona, reasons: Array.from({ length: 8 }, (_, i) => ({ kind: 'term', label: { zh: `词${i}`, en: `word ${i}` }, share: 0.125 })) }
    const { wrapper } = mountPanel({ role: 'partner', own: 12 }, { 'GET /api/opportunities/5/matches': { body: { matches: [many] } } })
    await vi.waitFor(() => expect(wrapper.findAll('[data-test="match-reason"]')).toHaveLength(5))
    expect(wrapper.find('[data-test="match-reasons-more"]').text()).toBe('+3 more')
    await wrapper.find('[data-test="match-reasons-more"]').trigger('click')
    expect(wrapper.findAll('[data-test="match-reason"]')).toHaveLength(8)
    expect(wrapper.find('[data-test="match-reasons-more"]').exists()).toBe(false)
  })

  it('shows the reasons in Chinese when the page is in Chinese', async () => {
    const { wrapper } = mountPanel({ role: 'partner', own: 12, locale: 'zh-CN' }, { 'GET /api/opportunities/5/matches': { body: { matches: [barcelona] } } })
    await vi.waitFor(() => expect(wrapper.find('[data-test="match-reason"]').exists()).toBe(true))
    expect(wrapper.find('h2').text()).toBe('推荐合作伙伴')
    expect(wrapper.find('[data-test="match-reason"] .reason-label').text()).toBe('新能源汽车')
    expect(wrapper.find('[data-test="match-express"]').text()).toBe('表达合作意向')
  })

  it('expresses a partner\'s interest from its own organisation in one click, then links the introduction', async () => {
    const { wrapper, calls } = mountPanel(
      { role: 'partner', own: 12, defaultFrom: { id: 12, name: { zh: '龙华', en: 'Longhua' } } },
      {
        'GET /api/opportunities/5/matches': { body: { matches: [barcelona, offer] } },
        'POST /api/introductions': { status: 201, body: { id: 44, status: 'interest' } },
      },
    )
    await vi.waitFor(() => expect(wrapper.findAll('[data-test="match-express"]')).toHaveLength(2))
    await wrapper.findAll('[data-test="match-express"]')[0].trigger('click')
    await vi.waitFor(() => expect(wrapper.find('[data-test="match-sent"]').exists()).toBe(true))
    const post = calls.find((c) => c.method === 'POST' && c.url.pathname === '/api/introductions')
    // an introduction is about the side asked's opportunity: not the page's own one
    expect(post?.body).toEqual({ from_organisation_id: 12, to_organisation_id: 21, score: 0.82 })
    expect(post?.headers['X-CSRF-Token']).toBe('csrf-1')
    expect(wrapper.find('[data-test="match-sent"]').attributes('disabled')).toBeDefined()
    expect(wrapper.find('[data-test="match-introduction"]').attributes('href')).toBe('/introductions/44')
    // the other match can still be sent; about the matched opportunity, to its owner
    await wrapper.find('[data-test="match-express"]').trigger('click')
    await vi.waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(2))
    expect(calls.filter((c) => c.method === 'POST')[1].body).toEqual({ from_organisation_id: 12, to_organisation_id: 30, score: 0.4, opportunity_id: 7 })
  })

  it('offers no button for the viewer\'s own organisation', async () => {
    const { wrapper } = mountPanel({ role: 'partner', own: 21, source: 'organisation' }, { 'GET /api/organisations/5/matches': { body: { matches: [barcelona, offer] } } })
    await vi.waitFor(() => expect(wrapper.findAll('[data-test="match"]')).toHaveLength(2))
    const buttons = wrapper.findAll('[data-test="match"]').map((m) => m.find('[data-test="match-express"]').exists())
    expect(buttons).toEqual([false, true])
  })

  it('lets staff with no organisation send for the page\'s organisation, with the delegation named', async () => {
    const { wrapper, calls } = mountPanel(
      { role: 'staff', own: null, source: 'delegation', defaultFrom: { id: 3, name: { zh: '巴塞罗那代表团来源', en: 'Origin' } } },
      {
        'GET /api/delegations/5/matches': { body: { matches: [offer] } },
        'POST /api/introductions': { status: 201, body: { id: 45 } },
      },
    )
    await vi.waitFor(() => expect(wrapper.find('[data-test="match-express"]').exists()).toBe(true))
    expect(wrapper.find('[data-test="suggested-from"]').exists()).toBe(true)
    await wrapper.find('[data-test="match-express"]').trigger('click')
    await vi.waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true))
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ from_organisation_id: 3, to_organisation_id: 30, score: 0.4, opportunity_id: 7, delegation_id: 5 })
  })

  it('shows the server\'s reason when it refuses, and keeps the button', async () => {
    const { wrapper } = mountPanel(
      { role: 'partner', own: 12 },
      {
        'GET /api/opportunities/5/matches': { body: { matches: [barcelona] } },
        'POST /api/introductions': { status: 409, body: { type: 'https://icity.dev/problems/conflict', title: 'Conflict', status: 409, detail: 'an introduction between them is already under way' } },
      },
    )
    await vi.waitFor(() => expect(wrapper.find('[data-test="match-express"]').exists()).toBe(true))
    await wrapper.find('[data-test="match-express"]').trigger('click')
    await vi.waitFor(() => expect(document.body.textContent).toContain('already under way'))
    expect(wrapper.find('[data-test="match-sent"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="match-express"]').exists()).toBe(true)
  })

  it('shows the server\'s field errors when it finds the body wrong', async () => {
    const { wrapper } = mountPanel(
      { role: 'partner', own: 12 },
      {
        'GET /api/opportunities/5/matches': { body: { matches: [offer] } },
        'POST /api/introductions': {
          status: 422,
          body: { type: 'https://icity.dev/problems/validation', title: 'Validation failed', status: 422, errors: [{ field: 'opportunity_id', message: 'it is the interested organisation\'s own' }] },
        },
      },
    )
    await vi.waitFor(() => expect(wrapper.find('[data-test="match-express"]').exists()).toBe(true))
    await wrapper.find('[data-test="match-express"]').trigger('click')
    await vi.waitFor(() => expect(document.body.textContent).toContain('it is the interested organisation\'s own'))
  })

  it('says when there are no suggestions, and when they could not be loaded', async () => {
    const empty = mountPanel({ role: 'partner', own: 12 }, { 'GET /api/opportunities/5/matches': { body: { matches: [] } } })
    await vi.waitFor(() => expect(empty.wrapper.find('[data-test="suggested-empty"]').exists()).toBe(true))
    empty.wrapper.unmount()
    const failing = mountPanel({ role: 'partner', own: 12 }, { 'GET /api/opportunities/5/matches': { status: 500, body: { type: 'https://icity.dev/problems/internal', title: 'x', status: 500 } } })
    await vi.waitFor(() => expect(failing.wrapper.find('[data-test="suggested-error"]').exists()).toBe(true))
    await flush()
    expect(failing.wrapper.find('[data-test="match"]').exists()).toBe(false)
  })
})
