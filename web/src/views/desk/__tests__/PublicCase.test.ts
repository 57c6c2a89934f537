import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { setup, stubFetch, type Handler, type Reply } from '@/__tests__/helpers'
import type { PublicCase as PublicCaseView } from '@/api/types'
import { useAppStore } from '@/stores/app'
import PublicCase from '../components/PublicCase.vue'
import { publicCase } from './fixtures'

async function mountPage(c: PublicCaseView | Reply, extra: Record<string, Handler | Reply> = {}, locale: 'en' | 'zh-CN' = 'en') {
  const { plugins } = setup(locale)
  useAppStore().locale = locale
  const stub = stubFetch({ 'GET /api/cases/42/public': 'status' in c && typeof c.status === 'number' ? (c as Reply) : { body: c }, ...extra })
  const wrapper = mount(PublicCase, { props: { id: 42, caseKey: 'k/+y' }, global: { plugins }, attachTo: document.body })
  await vi.waitFor(() => expect(wrapper.find('[data-test="public-case"], [data-test="public-case-not-found"]').exists()).toBe(true))
  return { wrapper, ...stub }
}
const present = (w: ReturnType<typeof mount>) =>
  ['public-confirm', 'public-reopen', 'public-rate', 'public-reply-form', 'public-satisfaction'].filter((t) => w.find(`[data-test="${t}"]`).exists())

describe('the requester\'s case page', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('shows the number, the status as steps, the public conversation with key links, and the buttons the server allows', async () => {
    const { wrapper, calls } = await mountPage(publicCase())
    expect(calls[0].url.searchParams.get('key')).toBe('k/+y')
    expect(wrapper.find('[data-test="page-title"]').text()).toBe('Your case FR-2026-00042')
    expect(wrapper.find('[data-test="public-status"]').text()).toBe('Resolved')
    expect(wrapper.findAll('[data-test="public-steps"] .el-step__title').map((s) => s.text())).toEqual(['New', 'Assigned', 'In progress', 'Resolved', 'Closed'])
    expect(present(wrapper)).toEqual(['public-confirm', 'public-reopen', 'public-rate', 'public-reply-form'])
    expect(wrapper.find('[data-test="public-reopen-until"]').text()).toContain('You can reopen the case until')
    // the request's own file, then the reply's
    expect(wrapper.findAll('[data-test="attachment-link"]').map((l) => l.attributes('href'))).toEqual([
      '/api/cases/42/attachments/4?key=k%2F%2By',
      '/api/cases/42/attachments/6?key=k%2F%2By',
    ])
    expect(wrapper.find('[data-test="internal-tag"]').exists()).toBe(false)
  })

  it('hides what the server does not allow, and shows a given rating', async () => {
    const { wrapper } = await mountPage(publicCase({ status: 'closed', can_confirm: false, can_reopen: false, can_rate: false, can_reply: false, satisfaction: { score: 4, comment: 'quick', at: '2026-12-02T00:00:00Z' } }))
    expect(present(wrapper)).toEqual(['public-satisfaction'])
    expect(wrapper.text()).toContain('quick')
  })

  it('confirms a resolved case', async () => {
    const { wrapper, calls } = await mountPage(publicCase(), {
      'POST /api/cases/42/transitions': { body: publicCase({ status: 'closed', can_confirm: false, can_reopen: true }) },
    })
    await wrapper.find('[data-test="public-confirm"]').trigger('click')
    await vi.waitFor(() => expect(wrapper.find('[data-test="public-status"]').text()).toBe('Closed'))
    const post = calls.find((c) => c.method === 'POST')
    expect(post?.url.searchParams.get('key')).toBe('k/+y')
    expect(post?.body).toEqual({ to: 'closed' })
  })

  it('reopens with a reason, and shows a 409\'s reason', async () => {
    const { wrapper, calls } = await mountPage(publicCase(), {
      'POST /api/cases/42/transitions': { status: 409, body: { type: 'https://icity.dev/problems/conflict', title: 'Conflict', status: 409, detail: 'the reopening window has ended' } },
    })
    await wrapper.find('[data-test="public-reopen"]').trigger('click')
    const send = wrapper.find('[data-test="public-reopen-send"]')
    expect(send.attributes('disabled')).toBeDefined()
    await wrapper.find('textarea[data-test="public-reopen-reason"]').setValue('the form was refused')
    await wrapper.find('[data-test="public-reopen-form"]').trigger('submit')
    await vi.waitFor(() => expect(wrapper.find('[data-test="public-refusal"]').text()).toContain('the reopening window has ended'))
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ to: 'in_progress', message: 'the form was refused' })
  })

  it('rates 1–5 with a comment', async () => {
    const { wrapper, calls } = await mountPage(publicCase(), {
      'POST /api/cases/42/rating': { body: publicCase({ can_rate: false, satisfaction: { score: 5, comment: 'very fast', at: '2026-12-02T00:00:00Z' } }) },
    })
    expect(wrapper.find('[data-test="public-rate-send"]').attributes('disabled')).toBeDefined()
    await wrapper.findAll('[data-test="public-rate-score"] .el-rate__item')[4].trigger('click')
    await wrapper.find('textarea[data-test="public-rate-comment"]').setValue(' very fast ')
    await wrapper.find('[data-test="public-rate-send"]').trigger('click')
    await vi.waitFor(() => expect(wrapper.find('[data-test="public-satisfaction"]').exists()).toBe(true))
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ score: 5, comment: 'very fast' })
  })

  it('replies, then reads the conversation again', async () => {
    const { wrapper, calls } = await mountPage(publicCase(), { 'POST /api/cases/42/replies': { status: 201, body: { id: 10 } } })
    await wrapper.find('textarea[data-test="public-reply-body"]').setValue('Thank you')
    await wrapper.find('[data-test="public-reply-form"]').trigger('submit')
    await vi.waitFor(() => expect(calls.filter((c) => c.url.pathname === '/api/cases/42/public')).toHaveLength(2))
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ body: 'Thank you' })
  })

  it('opens in the language the requester chose at intake, unless one was chosen on this browser', async () => {
    localStorage.removeItem('icity.locale')
    const first = await mountPage(publicCase({ language: 'en' }), {}, 'zh-CN')
    expect(useAppStore().locale).toBe('en')
    first.wrapper.unmount()
    document.body.innerHTML = ''
    localStorage.setItem('icity.locale', 'zh-CN')
    await mountPage(publicCase({ language: 'en' }), {}, 'zh-CN')
    expect(useAppStore().locale).toBe('zh-CN')
    localStorage.removeItem('icity.locale')
  })

  it('says so in Chinese when the key is wrong', async () => {
    const { wrapper } = await mountPage({ status: 404, body: { type: 'https://icity.dev/problems/not-found', title: 'Not found', status: 404 } }, {}, 'zh-CN')
    expect(wrapper.find('[data-test="public-case-not-found"]').text()).toContain('找不到该工单')
  })
})
