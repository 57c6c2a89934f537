import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { configureHttp } from '@/api/http'
import { setup, stubFetch, type Handler, type Reply } from '@/__tests__/helpers'
import type { Introduction } from '@/api/types'
import { useAppStore } from '@/stores/app'
import { useAuthStore } from '@/stores/auth'
import { user } from '@/views/partners/__tests__/fixtures'
import IntroductionCard from '../components/IntroductionCard.vue'
import { intro } from './fixtures'

function mountCard(role: 'staff' | 'partner', own: number | null, introduction: Introduction, handlers: Record<string, Handler | Reply> = {}, locale: 'en' | 'zh-CN' = 'en') {
  const { plugins } = setup(locale)
  useAppStore().locale = locale
  useAuthStore().user = user(role, own)
  configureHttp({ csrfToken: () => 'csrf-1' })
  const stub = stubFetch(handlers)
  const wrapper = mount(IntroductionCard, { props: { introduction }, global: { plugins }, attachTo: document.body })
  return { wrapper, ...stub }
}
const buttons = (w: ReturnType<typeof mount>) => w.findAll('[data-test="intro-actions"] button').map((b) => b.attributes('data-test'))
const dialogButton = (test: string) => document.body.querySelector<HTMLButtonElement>(`[data-test="${test}"]`)

describe('an introduction in the inbox', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('names both organisations and the opportunity, with its status and steps', () => {
    const { wrapper } = mountCard('partner', 21, intro())
    expect(wrapper.find('[data-test="intro-from"]').text()).toBe('Shenzhen Huachuang Technology')
    expect(wrapper.find('[data-test="intro-to"]').attributes('href')).toBe('/partners/organisations/21')
    expect(wrapper.find('[data-test="intro-opportunity"]').attributes('href')).toBe('/opportunities/5')
    expect(wrapper.find('[data-test="intro-status"]').text()).toBe('Requested')
    expect(wrapper.findAll('[data-test="intro-steps"] .el-step').length).toBe(5)
    expect(wrapper.find('[data-test="intro-messages"]').text()).toContain('We would like to cooperate')
  })

  it('offers the side asked accept and decline, the interested side withdraw, staff all three', () => {
    expect(buttons(mountCard('partner', 21, intro()).wrapper)).toEqual(['intro-accept', 'intro-decline'])
    document.body.innerHTML = ''
    expect(buttons(mountCard('partner', 12, intro()).wrapper)).toEqual(['intro-withdraw'])
    document.body.innerHTML = ''
    expect(buttons(mountCard('staff', null, intro()).wrapper)).toEqual(['intro-accept', 'intro-decline', 'intro-withdraw'])
    document.body.innerHTML = ''
    expect(mountCard('partner', 12, intro({ status: 'concluded', outcome: 'agreement' })).wrapper.find('[data-test="intro-actions"]').exists()).toBe(false)
  })

  it('asks why before declining, and sends the reason with the version read', async () => {
    const declined = intro({ status: 'declined', version: 3 })
    const { wrapper, calls } = mountCard('partner', 21, intro(), { 'POST /api/introductions/44/transitions': { body: declined } })
    await wrapper.find('[data-test="intro-decline"]').trigger('click')
    await vi.waitFor(() => expect(dialogButton('move-confirm')).not.toBeNull())
    expect(dialogButton('move-confirm')?.disabled).toBe(true)
    const reason = document.body.querySelector<HTMLTextAreaElement>('textarea[data-test="move-message-en"]')!
    reason.value = 'No budget this year'
    reason.dispatchEvent(new Event('input'))
    await vi.waitFor(() => expect(dialogButton('move-confirm')?.disabled).toBe(false))
    dialogButton('move-confirm')?.click()
    await vi.waitFor(() => expect(wrapper.emitted('changed')?.[0]?.[0]).toMatchObject({ status: 'declined' }))
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ to: 'declined', version: 2, message: { zh: '', en: 'No budget this year' } })
  })

  it('records a meeting with its date and summary, and shows the server\'s field errors', async () => {
    const { wrapper, calls } = mountCard('partner', 12, intro({ status: 'accepted' }), {
      'POST /api/introductions/44/transitions': {
        status: 422,
        body: { type: 'https://icity.dev/problems/validation', title: 'Validation failed', status: 422, errors: [{ field: 'summary', message: 'required: a summary of the meeting' }] },
      },
    })
    expect(buttons(wrapper)).toEqual(['intro-meet', 'intro-withdraw'])
    await wrapper.find('[data-test="intro-meet"]').trigger('click')
    await vi.waitFor(() => expect(document.body.querySelector('[data-test="move-field-date"]')).not.toBeNull())
    const date = document.body.querySelector<HTMLInputElement>('[data-test="move-field-date"] input')!
    date.value = '2026-12-03'
    date.dispatchEvent(new Event('input'))
    date.dispatchEvent(new Event('change'))
    await vi.waitFor(() => expect(dialogButton('move-confirm')?.disabled).toBe(false))
    dialogButton('move-confirm')?.click()
    await vi.waitFor(() => expect(document.body.querySelector('[data-test="move-field-summary"] .el-form-item__error')?.textContent).toContain('required: a summary'))
    expect(calls.find((c) => c.method === 'POST')?.body).toMatchObject({ to: 'met', version: 2, date: '2026-12-03', summary: { zh: '', en: '' } })
    expect(wrapper.emitted('changed')).toBeUndefined()
  })

  it('shows the server\'s reason when the move is refused (409)', async () => {
    const { wrapper } = mountCard('staff', null, intro({ status: 'interest' }), {
      'POST /api/introductions/44/transitions': {
        status: 409,
        body: { type: 'https://icity.dev/problems/conflict', title: 'Conflict', status: 409, detail: 'only an expression of interest can be requested' },
      },
    })
    await wrapper.find('[data-test="intro-request"]').trigger('click')
    await vi.waitFor(() => expect(dialogButton('move-confirm')).not.toBeNull())
    dialogButton('move-confirm')?.click()
    await vi.waitFor(() => expect(document.body.querySelector('[data-test="move-refusal"]')?.textContent).toContain('only an expression of interest'))
    expect(wrapper.emitted('stale')).toHaveLength(1)
  })
})
