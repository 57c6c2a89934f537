import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { setup, stubFetch } from '@/__tests__/helpers'
import { useAppStore } from '@/stores/app'
import { useAuthStore } from '@/stores/auth'
import DuplicatePairs from '../duplicates.vue'
import { huachuangEn, huachuangZh, pair, user } from './fixtures'

const button = (test: string) => document.body.querySelector<HTMLButtonElement>(`[data-test="${test}"]`)

describe('duplicate pairs page', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  function open(handlers: Parameters<typeof stubFetch>[0], locale: 'en' | 'zh-CN' = 'en') {
    const { plugins } = setup(locale)
    useAppStore().locale = locale
  useAppStore().locale = locale
    useAuthStore().user = user('staff')
    const fetch = stubFetch(handlers)
    const wrapper = mount(DuplicatePairs, { global: { plugins }, attachTo: document.body })
    return { ...fetch, wrapper }
  }

  it('lists each pair with both names as links, the score and the reasons', async () => {
    const { calls, wrapper } = open({ 'GET /api/duplicates': { body: { items: [pair] } } })
    await vi.waitFor(() => expect(wrapper.find('[data-test="pair-a"]').exists()).toBe(true))
    expect(calls[0].url.searchParams.get('limit')).toBe('50')
    expect(wrapper.find('[data-test="pair-a"]').attributes('href')).toBe('/partners/organisations/31')
    expect(wrapper.find('[data-test="pair-a"]').text()).toContain('深圳市华创科技有限公司')
    expect(wrapper.find('[data-test="pair-b"]').attributes('href')).toBe('/partners/organisations/32')
    expect(wrapper.find('[data-test="pair-b"]').text()).toContain('Shenzhen Huachuang Technology Co., Ltd.')
    expect(wrapper.find('[data-test="pair-score"]').text()).toBe('93%')
    expect(wrapper.text()).toContain('Same name across languages')
    expect(wrapper.find('[data-test="pair-keep-a"]').text()).toBe('Keep A')
    expect(wrapper.find('[data-test="pair-keep-b"]').text()).toBe('Keep B')
  })

  it('"keep B" merges A into B after the confirmation and reads the pairs again', async () => {
    const { calls, wrapper } = open({
      'GET /api/duplicates': { body: { items: [pair] } },
      'POST /api/organisations/31/merge': { body: { id: 32, name: huachuangEn.name } },
    })
    await vi.waitFor(() => expect(wrapper.find('[data-test="pair-keep-b"]').exists()).toBe(true))
    await wrapper.find('[data-test="pair-keep-b"]').trigger('click')
    await vi.waitFor(() => expect(button('merge-confirm')).not.toBeNull())
    expect(document.body.querySelector('[data-test="merge-keep"]')?.textContent).toContain('Shenzhen Huachuang')
    expect(document.body.querySelector('[data-test="merge-other"]')?.textContent).toContain(huachuangZh.name.zh)
    button('merge-confirm')?.click()
    await vi.waitFor(() => expect(calls.filter((c) => c.url.pathname === '/api/duplicates')).toHaveLength(2))
    const post = calls.find((c) => c.method === 'POST')
    expect(post?.url.pathname).toBe('/api/organisations/31/merge')
    expect(post?.body).toEqual({ into: 32 })
  })

  it('"keep A" merges B into A; cancelling sends nothing', async () => {
    const { calls, wrapper } = open({
      'GET /api/duplicates': { body: { items: [pair] } },
      'POST /api/organisations/32/merge': { body: { id: 31, name: huachuangZh.name } },
    }, 'zh-CN')
    await vi.waitFor(() => expect(wrapper.find('[data-test="pair-keep-a"]').exists()).toBe(true))
    expect(wrapper.find('[data-test="pair-keep-a"]').text()).toBe('保留 A')
    await wrapper.find('[data-test="pair-keep-a"]').trigger('click')
    await vi.waitFor(() => expect(button('merge-cancel')).not.toBeNull())
    button('merge-cancel')?.click()
    await new Promise((r) => setTimeout(r, 50))
    expect(calls.some((c) => c.method === 'POST')).toBe(false)
    await wrapper.find('[data-test="pair-keep-a"]').trigger('click')
    await vi.waitFor(() => expect(button('merge-confirm')).not.toBeNull())
    button('merge-confirm')?.click()
    await vi.waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true))
    const post = calls.find((c) => c.method === 'POST')
    expect(post?.url.pathname).toBe('/api/organisations/32/merge')
    expect(post?.body).toEqual({ into: 31 })
  })

  it('says when there are no likely duplicates', async () => {
    const { wrapper } = open({ 'GET /api/duplicates': { body: { items: [] } } })
    await vi.waitFor(() => expect(wrapper.text()).toContain('No likely duplicates found'))
  })
})
