import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { setup, stubFetch } from '@/__tests__/helpers'
import { useAppStore } from '@/stores/app'
import { useAuthStore } from '@/stores/auth'
import { user } from '@/views/partners/__tests__/fixtures'
import IntroductionInbox from '../index.vue'
import { intro } from './fixtures'

async function mountInbox(role: 'staff' | 'partner', path = '/introductions') {
  const { plugins, router } = setup('en')
  useAppStore().locale = 'en'
  const auth = useAuthStore()
  auth.user = user(role, role === 'partner' ? 21 : null)
  auth.restored = true
  const stub = stubFetch({ 'GET /api/introductions': { body: { items: [intro()], next_cursor: null } } })
  await router.push(path)
  await router.isReady()
  const wrapper = mount(IntroductionInbox, { global: { plugins }, attachTo: document.body })
  return { wrapper, router, ...stub }
}
const tabs = (w: ReturnType<typeof mount>) => w.findAll('.el-tabs__item').map((t) => t.text())

describe('the introduction inbox', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('shows a partner its inbox and outbox, starting with the inbox', async () => {
    const { wrapper, calls } = await mountInbox('partner')
    await vi.waitFor(() => expect(wrapper.findAll('[data-test="introduction"]')).toHaveLength(1))
    expect(tabs(wrapper)).toEqual(['Inbox', 'Sent'])
    expect(Object.fromEntries(calls[0].url.searchParams)).toEqual({ box: 'inbox', limit: '20' })
    // the side asked: accept and decline
    expect(wrapper.findAll('[data-test="intro-actions"] button').map((b) => b.attributes('data-test'))).toEqual(['intro-accept', 'intro-decline'])
  })

  it('shows staff every introduction, and reads the box and status from the URL', async () => {
    const first = await mountInbox('staff')
    await vi.waitFor(() => expect(first.calls).toHaveLength(1))
    expect(tabs(first.wrapper)).toEqual(['Inbox', 'Sent', 'All'])
    expect(first.calls[0].url.searchParams.get('box')).toBe('all')
    first.wrapper.unmount()
    document.body.innerHTML = ''
    const second = await mountInbox('staff', '/introductions?box=outbox&status=met')
    await vi.waitFor(() => expect(second.calls).toHaveLength(1))
    expect(Object.fromEntries(second.calls[0].url.searchParams)).toEqual({ box: 'outbox', status: 'met', limit: '20' })
  })
})
