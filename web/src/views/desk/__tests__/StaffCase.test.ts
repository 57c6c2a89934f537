import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { countries, setup, stubFetch, type Handler, type Reply } from '@/__tests__/helpers'
import type { DeskCase } from '@/api/types'
import { useAppStore } from '@/stores/app'
import { useAuthStore } from '@/stores/auth'
import { user } from '@/views/partners/__tests__/fixtures'
import StaffCase from '../components/StaffCase.vue'
import { deskCase } from './fixtures'

async function mountCase(c: DeskCase, extra: Record<string, Handler | Reply> = {}) {
  const { plugins } = setup('en')
  useAppStore().locale = 'en'
  const auth = useAuthStore()
  auth.user = user('staff')
  auth.restored = true
  const stub = stubFetch({
    'GET /api/reference/countries': { body: countries },
    'GET /api/cases/42': { body: c },
    'GET /api/users': { body: { items: [{ id: 5, email: 'li@icity.local', display_name: 'Li Wei', role: 'staff', teams: [3] }] } },
    ...extra,
  })
  const wrapper = mount(StaffCase, { props: { id: 42 }, global: { plugins }, attachTo: document.body })
  await vi.waitFor(() => expect(wrapper.find('[data-test="staff-case"]').exists()).toBe(true))
  return { wrapper, ...stub }
}
const buttons = (w: ReturnType<typeof mount>) => w.findAll('[data-test="case-actions"] button').map((b) => b.attributes('data-test'))

describe('the staff\'s case page', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('shows the working time left as the server counts it, late or stopped', async () => {
    const sla = async (over: Partial<DeskCase>) => {
      const { wrapper } = await mountCase(deskCase(over))
      const el = wrapper.find('[data-test="case-sla"]')
      const out = el.exists() ? { text: el.text(), late: el.classes().includes('late') } : null
      wrapper.unmount()
      return out
    }
    expect(await sla({ business_minutes_left: 600 })).toEqual({ text: '10 h of working time left', late: false })
    expect(await sla({ business_minutes_left: -90 })).toEqual({ text: 'overdue by 1 h 30 min of working time', late: true })
    expect((await sla({ status: 'waiting_on_requester', business_minutes_left: 45, clock_stopped: true }))?.text).toBe(
      '45 min of working time left · clock stopped while waiting on the requester',
    )
    expect(await sla({ status: 'resolved', business_minutes_left: null })).toBeNull()
  })

  it('offers exactly the moves of next_statuses', async () => {
    const first = await mountCase(deskCase())
    expect(buttons(first.wrapper)).toEqual(['case-action-assign', 'case-action-closeWithReason'])
    first.wrapper.unmount()
    document.body.innerHTML = ''
    const second = await mountCase(deskCase({ status: 'in_progress', next_statuses: ['waiting_on_requester', 'resolved', 'assigned'] }))
    expect(buttons(second.wrapper)).toEqual(['case-action-wait', 'case-action-resolve', 'case-action-reassign'])
    expect(second.wrapper.findAll('[data-test="case-actions"] button').map((b) => b.text())).toEqual(['Wait on requester', 'Resolve', 'Reassign'])
  })

  it('sets internal notes apart: their own class, background and an "internal" tag', async () => {
    const { wrapper } = await mountCase(deskCase())
    const messages = wrapper.findAll('[data-test="case-messages"] > li')
    expect(messages).toHaveLength(3)
    expect(messages.map((m) => m.classes().includes('internal'))).toEqual([false, true, false])
    expect(messages[1].attributes('data-test')).toBe('message-internal')
    expect(messages[1].find('[data-test="internal-tag"]').text()).toBe('Internal')
    expect(messages[0].find('[data-test="internal-tag"]').exists()).toBe(false)
    expect(messages[0].find('[data-test="attachment-link"]').attributes('href')).toBe('/api/cases/42/attachments/5')
    expect(wrapper.find('[data-test="case-files"] [data-test="attachment-link"]').text()).toContain('passport.pdf')
  })

  it('assigns through the dialog with the staff list', async () => {
    const { wrapper, calls } = await mountCase(deskCase(), {
      'POST /api/cases/42/transitions': { body: deskCase({ status: 'assigned', next_statuses: ['in_progress'], assignee: { id: 5, email: 'li@icity.local', display_name: 'Li Wei' } }) },
    })
    await wrapper.find('[data-test="case-action-assign"]').trigger('click')
    await vi.waitFor(() => expect(calls.some((c) => c.url.pathname === '/api/users' && c.url.searchParams.get('role') === 'staff')).toBe(true))
    await vi.waitFor(() => expect(document.querySelector('[data-test="move-assignee"]')).not.toBeNull())
    // pick Li Wei in the select
    ;(document.querySelector('[data-test="move-assignee"]') as HTMLElement).click()
    await vi.waitFor(() => expect(document.querySelectorAll('.el-select-dropdown__item').length).toBeGreaterThan(0))
    ;(document.querySelector('.el-select-dropdown__item') as HTMLElement).click()
    ;(document.querySelector('[data-test="move-confirm"]') as HTMLElement).click()
    await vi.waitFor(() => expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ to: 'assigned', assignee: 5 }))
    await vi.waitFor(() => expect(wrapper.find('[data-test="case-assignee"]').text()).toBe('Li Wei'))
    expect(buttons(wrapper)).toEqual(['case-action-start'])
  })

  it('asks why before closing a new case, and shows a 409\'s reason', async () => {
    const { wrapper, calls } = await mountCase(deskCase(), {
      'POST /api/cases/42/transitions': { status: 409, body: { type: 'https://icity.dev/problems/conflict', title: 'Conflict', status: 409, detail: 'the case was assigned meanwhile' } },
    })
    await wrapper.find('[data-test="case-action-closeWithReason"]').trigger('click')
    await vi.waitFor(() => expect(document.querySelector('[data-test="move-confirm"]')).not.toBeNull())
    const confirm = document.querySelector('[data-test="move-confirm"]') as HTMLButtonElement
    expect(confirm.disabled).toBe(true)
    const message = document.querySelector('textarea[data-test="move-message"]') as HTMLTextAreaElement
    message.value = 'a duplicate of FR-2026-00041'
    message.dispatchEvent(new Event('input'))
    await vi.waitFor(() => expect(confirm.disabled).toBe(false))
    confirm.click()
    await vi.waitFor(() => expect(document.querySelector('[data-test="move-refusal"]')?.textContent).toContain('the case was assigned meanwhile'))
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ to: 'closed', message: 'a duplicate of FR-2026-00041' })
  })

  it('moves straight on for a move that asks nothing', async () => {
    const { wrapper, calls } = await mountCase(deskCase({ status: 'assigned', next_statuses: ['in_progress'] }), {
      'POST /api/cases/42/transitions': { body: deskCase({ status: 'in_progress', next_statuses: ['resolved'] }) },
    })
    await wrapper.find('[data-test="case-action-start"]').trigger('click')
    await vi.waitFor(() => expect(wrapper.find('[data-test="case-status"]').text()).toBe('In progress'))
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ to: 'in_progress' })
  })

  it('writes an internal note or a public reply, as toggled', async () => {
    const { wrapper, calls } = await mountCase(deskCase(), { 'POST /api/cases/42/notes': { status: 201, body: { id: 9 } } })
    expect(wrapper.find('[data-test="case-composer"]').classes()).not.toContain('internal')
    await wrapper.find('[data-test="composer-internal"] input').setValue(true)
    expect(wrapper.find('[data-test="case-composer"]').classes()).toContain('internal')
    await wrapper.find('textarea[data-test="composer-body"]').setValue('ask the bureau')
    await wrapper.find('[data-test="case-composer"]').trigger('submit')
    await vi.waitFor(() => expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ internal: true, body: 'ask the bureau' }))
  })
})
