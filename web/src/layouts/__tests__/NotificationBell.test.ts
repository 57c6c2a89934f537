import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { configureHttp } from '@/api/http'
import { setup, stubFetch, ROUTE_WAIT } from '@/__tests__/helpers'
import { useAppStore } from '@/stores/app'
import { useAuthStore } from '@/stores/auth'
import { user } from '@/views/partners/__tests__/fixtures'
import NotificationBell from '../components/NotificationBell.vue'

const notification = (id: number, read: boolean) => ({
  id,
  kind: 'introduction.requested',
  title: { zh: `华创请求介绍 ${id}`, en: `Huachuang asks for an introduction ${id}` },
  body: { zh: '请在对接页面答复', en: 'Answer it on the introductions page' },
  link: `/introductions/${40 + id}`,
  created_at: '2026-12-02T08:00:00Z',
  read,
})

async function mountBell(interval = 60_000) {
  const { plugins, router } = setup('en')
  useAppStore().locale = 'en'
  useAuthStore().user = user('partner', 12)
  configureHttp({ csrfToken: () => 'csrf-1' })
  let unread = 2
  const stub = stubFetch({
    'GET /api/notifications': () => ({ body: { items: [notification(1, unread === 0), notification(2, unread < 2)], unread, next_cursor: null } }),
    'POST /api/notifications/2/read': () => {
      unread = 1
      return { status: 204 }
    },
    'POST /api/notifications/read-all': () => {
      unread = 0
      return { status: 204 }
    },
  })
  await router.push('/dashboard').catch(() => undefined)
  await router.isReady()
  const wrapper = mount(NotificationBell, { props: { interval }, global: { plugins }, attachTo: document.body })
  return { wrapper, router, ...stub }
}
const count = (w: ReturnType<typeof mount>) => w.find('[data-test="notification-count"] sup')

describe('the notification bell', () => {
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('shows the unread count, and lists the latest when opened', async () => {
    const { wrapper, calls } = await mountBell()
    await vi.waitFor(() => expect(count(wrapper).text()).toBe('2'))
    expect(calls[0].url.search).toBe('?limit=8')
    await wrapper.find('[data-test="notification-bell"]').trigger('click')
    await vi.waitFor(() => expect(document.body.querySelectorAll('[data-test="notification"]')).toHaveLength(2))
    expect(document.body.querySelector('[data-test="notification-panel"]')?.textContent).toContain('Huachuang asks for an introduction 2')
  })

  it('marks one read and follows its link', async () => {
    const { wrapper, router, calls } = await mountBell()
    await vi.waitFor(() => expect(count(wrapper).text()).toBe('2'))
    await wrapper.find('[data-test="notification-bell"]').trigger('click')
    await vi.waitFor(() => expect(document.body.querySelector('[data-test="notification"][data-id="2"]')).not.toBeNull())
    ;(document.body.querySelector('[data-test="notification"][data-id="2"]') as HTMLElement).click()
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/introductions/42'), ROUTE_WAIT)
    expect(calls.some((c) => c.method === 'POST' && c.url.pathname === '/api/notifications/2/read')).toBe(true)
    await vi.waitFor(() => expect(count(wrapper).text()).toBe('1'))
  })

  it('marks all read', async () => {
    const { wrapper, calls } = await mountBell()
    await vi.waitFor(() => expect(count(wrapper).text()).toBe('2'))
    await wrapper.find('[data-test="notification-bell"]').trigger('click')
    await vi.waitFor(() => expect(document.body.querySelector('[data-test="notification-read-all"]')).not.toBeNull())
    ;(document.body.querySelector('[data-test="notification-read-all"]') as HTMLElement).click()
    await vi.waitFor(() => expect(calls.some((c) => c.url.pathname === '/api/notifications/read-all')).toBe(true))
    await vi.waitFor(() => expect(wrapper.find('[data-test="notification-count"] sup').exists() && count(wrapper).isVisible()).toBe(false))
    expect([...document.body.querySelectorAll('[data-test="notification"]')].map((n) => n.getAttribute('data-read'))).toEqual(['true', 'true'])
  })

  it('asks again on its interval', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const { calls } = await mountBell(1000)
    await vi.waitFor(() => expect(calls.filter((c) => c.method === 'GET')).toHaveLength(1))
    await vi.advanceTimersByTimeAsync(1100)
    await vi.waitFor(() => expect(calls.filter((c) => c.method === 'GET').length).toBeGreaterThanOrEqual(2))
  })
})
