import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { configureHttp } from '@/api/http'
import { flush, setup, stubFetch } from '@/__tests__/helpers'
import { useAppStore } from '@/stores/app'
import { useAuthStore } from '@/stores/auth'
import OrgDuplicates from '../components/OrgDuplicates.vue'
import { huachuangEn, huachuangZh, reasons, user } from './fixtures'

const candidates = { items: [{ organisation: huachuangEn, score: 0.93, reasons }] }
const body = () => document.body.textContent ?? ''
const button = (test: string) => document.body.querySelector<HTMLButtonElement>(`[data-test="${test}"]`)

function mountAs(role: 'admin' | 'staff' | 'partner', locale: 'en' | 'zh-CN' = 'en') {
  const { plugins } = setup(locale)
  useAppStore().locale = locale
  useAuthStore().user = user(role, role === 'partner' ? 31 : null)
  configureHttp({ csrfToken: () => 'csrf-1' })
  return (handlers: Parameters<typeof stubFetch>[0]) => {
    const fetch = stubFetch(handlers)
    const wrapper = mount(OrgDuplicates, { props: { organisation: huachuangZh }, global: { plugins }, attachTo: document.body })
    return { ...fetch, wrapper }
  }
}

describe('OrgDuplicates', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('is hidden from partners and asks the server nothing', async () => {
    const { calls, wrapper } = mountAs('partner')({ 'GET /api/organisations/31/duplicates': { body: candidates } })
    await flush()
    await flush()
    expect(calls).toHaveLength(0)
    expect(wrapper.find('[data-test="org-duplicates"]').exists()).toBe(false)
  })

  it('lists the candidates with a link, the score and the reasons', async () => {
    const { calls, wrapper } = mountAs('staff')({ 'GET /api/organisations/31/duplicates': { body: candidates } })
    await vi.waitFor(() => expect(wrapper.find('[data-test="duplicate-item"]').exists()).toBe(true))
    expect(calls[0].url.searchParams.get('limit')).toBe('10')
    expect(wrapper.text()).toContain('Possible duplicates (1)')
    expect(wrapper.find('[data-test="duplicate-link"]').attributes('href')).toBe('/partners/organisations/32')
    expect(wrapper.find('[data-test="duplicate-link"]').text()).toContain('Shenzhen Huachuang Technology')
    expect(wrapper.find('[data-test="duplicate-score"]').text()).toBe('93%')
    expect(wrapper.findAll('[data-test="duplicate-reason"]').map((r) => r.text())).toEqual(['Same name across languages', 'Same website'])
  })

  it('shows nothing when there are no candidates', async () => {
    const { calls, wrapper } = mountAs('admin')({ 'GET /api/organisations/31/duplicates': { body: { items: [] } } })
    await vi.waitFor(() => expect(calls).toHaveLength(1))
    await flush()
    expect(wrapper.find('[data-test="org-duplicates"]').exists()).toBe(false)
  })

  it('explains the merge in both languages, then merges the other one into this one', async () => {
    const kept = { id: 31, name: huachuangZh.name }
    const { calls, wrapper } = mountAs('admin', 'zh-CN')({
      'GET /api/organisations/31/duplicates': { body: candidates },
      'POST /api/organisations/32/merge': { body: kept },
    })
    await vi.waitFor(() => expect(wrapper.find('[data-test="duplicate-merge"]').exists()).toBe(true))
    expect(wrapper.find('[data-test="duplicate-merge"]').text()).toBe('合并到本机构')
    await wrapper.find('[data-test="duplicate-merge"]').trigger('click')
    await vi.waitFor(() => expect(button('merge-confirm')).not.toBeNull())
    const explain = [...document.body.querySelectorAll('[data-test="merge-explain"]')].map((p) => p.textContent ?? '')
    expect(explain[0]).toContain('联系人、合作伙伴账号、关系和往来记录')
    expect(explain[0]).toContain('“Shenzhen Huachuang Technology Co., Ltd.”随后被归档')
    expect(explain[1]).toContain('its people, partner accounts, relations and interactions move to “深圳市华创科技有限公司”')
    expect(explain[1]).toContain('is archived')
    expect(calls.some((c) => c.method === 'POST')).toBe(false)
    button('merge-confirm')?.click()
    await vi.waitFor(() => expect(wrapper.emitted('merged')).toHaveLength(1))
    const post = calls.find((c) => c.method === 'POST')
    expect(post?.url.pathname).toBe('/api/organisations/32/merge')
    expect(post?.body).toEqual({ into: 31 })
    expect(post?.headers['X-CSRF-Token']).toBe('csrf-1')
    expect(wrapper.emitted('merged')?.[0]?.[0]).toMatchObject({ id: 31 })
    expect(calls.filter((c) => c.url.pathname.endsWith('/duplicates'))).toHaveLength(2)
  })

  it('says so in the dialog when one of the two is archived already (409)', async () => {
    const { wrapper } = mountAs('staff')({
      'GET /api/organisations/31/duplicates': { body: candidates },
      'POST /api/organisations/32/merge': { status: 409, body: { type: 'https://icity.dev/problems/conflict', title: 'Conflict', status: 409 } },
    })
    await vi.waitFor(() => expect(wrapper.find('[data-test="duplicate-merge"]').exists()).toBe(true))
    await wrapper.find('[data-test="duplicate-merge"]').trigger('click')
    await vi.waitFor(() => expect(button('merge-confirm')).not.toBeNull())
    button('merge-confirm')?.click()
    await vi.waitFor(() => expect(body()).toContain('One of the two is archived already'))
    expect(wrapper.emitted('merged')).toBeUndefined()
  })
})
