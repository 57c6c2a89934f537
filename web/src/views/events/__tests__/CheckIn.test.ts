import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { setup, stubFetch, type Handler } from '@/__tests__/helpers'
import { useAppStore } from '@/stores/app'
import { useAuthStore } from '@/stores/auth'
import { user } from '@/views/partners/__tests__/fixtures'
import CheckInPage from '../check-in.vue'
import { useCheckIn } from '../useCheckIn'

const registration = { id: 12, event_id: 4, status: 'registered', position: null, arrival: 1, name: { zh: '嘉宾', en: 'Guest One' }, email: 'g1@example.org', organisation: 'HUA HUB', country: 'ES', created_at: '', cancelled_at: null, promoted_at: null }
const conflict = (detail: string) => ({ status: 409, body: { type: 'https://icity.dev/problems/conflict', title: 'Conflict', status: 409, detail } })
/** Answers by token, as the server would. */
const door: Handler = (init) => {
  const { token } = JSON.parse(String(init.body)) as { token: string }
  if (token === 'ok') return { status: 201, body: { registration, session_id: null, checked_in_at: '2099-08-13T06:01:00Z' } }
  if (token === 'used') return conflict('this code was already used (checked in at 2099-08-13T06:01:00Z)')
  if (token === 'cancelled') return conflict('this registration was cancelled')
  if (token === 'waiting') return conflict('this registration is on the waiting list: no seat')
  return { status: 422, body: { type: 'https://icity.dev/problems/validation', title: 'Validation failed', status: 422, errors: [{ field: 'token', message: 'not a valid check-in code' }] } }
}

describe('the check-in door', { timeout: 20000 }, () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('turns each answer into green, or red with the reason (reused with its time, forged, cancelled, waiting)', async () => {
    setup('en')
    stubFetch({ 'POST /api/events/4/check-ins': door })
    const d = useCheckIn({ eventId: () => 4, sessionId: () => null, nameOf: (n) => n.en })
    await d.submit('ok')
    expect(d.result.value).toEqual({ kind: 'ok', name: 'Guest One', organisation: 'HUA HUB', at: '2099-08-13T06:01:00Z' })
    await d.submit('used')
    expect(d.result.value).toEqual({ kind: 'refused', reason: 'this code was already used (checked in at 2099-08-13T06:01:00Z)' })
    await d.submit('forged')
    expect(d.result.value).toEqual({ kind: 'forged', reason: 'not a valid check-in code' })
    await d.submit('cancelled')
    expect(d.result.value).toMatchObject({ kind: 'refused', reason: 'this registration was cancelled' })
    await d.submit('waiting')
    expect(d.result.value).toMatchObject({ kind: 'refused', reason: expect.stringContaining('waiting list') })
    expect(d.count.value).toBe(1)
  })

  it('does not post the same code twice within the debounce, but does after it or for another code', async () => {
    setup('en')
    const { calls } = stubFetch({ 'POST /api/events/4/check-ins': door })
    let now = 1000
    const d = useCheckIn({ eventId: () => 4, sessionId: () => 7, nameOf: (n) => n.en, debounceMs: 3000, now: () => now })
    expect(await d.submit('ok')).toBe(true)
    now += 500
    expect(await d.submit(' ok ')).toBe(false)
    now += 2000
    expect(await d.submit('ok')).toBe(false)
    expect(await d.submit('used')).toBe(true)
    expect(await d.submit('ok')).toBe(true)
    now += 3001
    expect(await d.submit('ok')).toBe(true)
    expect(await d.submit('')).toBe(false)
    expect(calls.length).toBe(4)
    expect(calls[0].body).toEqual({ token: 'ok', session_id: 7 })
  })

  it('the page posts a typed token on Enter, shows the big result and counts', async () => {
    const { plugins } = setup('en')
    useAppStore().locale = 'en'
    useAuthStore().user = user('staff')
    const { calls } = stubFetch({
      'GET /api/events/4': { body: { id: 4, title: { zh: '', en: 'HUA HUB launch' }, time_zone: 'Asia/Shanghai', sessions: [] } },
      'POST /api/events/4/check-ins': door,
    })
    const wrapper = mount(CheckInPage, { props: { id: 4 }, global: { plugins }, attachTo: document.body })
    await wrapper.find('input[data-test="check-in-token"]').setValue('ok')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(wrapper.find('[data-test="check-in-result"]').attributes('data-kind')).toBe('ok'))
    expect(wrapper.find('[data-test="check-in-name"]').text()).toBe('Guest One · HUA HUB')
    expect(wrapper.find('[data-test="check-in-count"]').text()).toBe('1 checked in here')
    expect((wrapper.find('input[data-test="check-in-token"]').element as HTMLInputElement).value).toBe('')
    await wrapper.find('input[data-test="check-in-token"]').setValue('forged-one')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(wrapper.find('[data-test="check-in-result"]').attributes('data-kind')).toBe('forged'))
    expect(wrapper.find('[data-test="check-in-reason"]').text()).toBe('not a valid check-in code')
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.body)).toEqual([{ token: 'ok' }, { token: 'forged-one' }])
  })
})
