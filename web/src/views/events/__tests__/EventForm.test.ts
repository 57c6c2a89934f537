import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { setup, stubFetch, type Reply } from '@/__tests__/helpers'
import type { IcityEvent } from '@/api/types'
import { useAppStore } from '@/stores/app'
import { useAuthStore } from '@/stores/auth'
import { user } from '@/views/partners/__tests__/fixtures'
import EventForm from '../components/EventForm.vue'

const event: IcityEvent = {
  id: 4, version: 3, series_id: null, series: null, title: { zh: '交流营', en: 'Exchange camp' }, summary: { zh: '', en: '' },
  type: 'exchange_camp', starts_at: '2099-06-05T01:00:00.000Z', ends_at: '2099-06-11T10:00:00.000Z', time_zone: 'Asia/Shanghai',
  venue: { zh: '', en: '' }, venue_organisation_id: null, venue_organisation: null, organisers: [], organisations: [], capacity: 20,
  visibility: 'public', registration_opens_at: null, registration_closes_at: '2099-06-04T15:59:00.000Z', status: 'scheduled', archived: false,
  meetings: null, registrations: { registered: 0, waitlisted: 0, seats_left: 20 }, created_at: '', updated_at: '',
}

function mountForm(reply: Reply, initial: IcityEvent = event) {
  const { plugins } = setup('en')
  useAppStore().locale = 'en'
  useAuthStore().user = user('staff')
  const { calls } = stubFetch({
    'GET /api/event-series': { body: { items: [] } },
    'GET /api/organisations': { body: { items: [], next_cursor: null } },
    'PATCH /api/events/4': reply,
  })
  const wrapper = mount(EventForm, { props: { initial }, global: { plugins }, attachTo: document.body })
  return { wrapper, calls }
}

describe('EventForm', { timeout: 20000 }, () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('sends the version read and the times in the event\'s zone, and shows the server\'s errors under the fields', async () => {
    const { wrapper, calls } = mountForm({
      status: 422,
      body: {
        type: 'https://icity.dev/problems/validation', title: 'Validation failed', status: 422,
        errors: [{ field: 'ends_at', message: 'must be after the start' }, { field: 'organisers[0]', message: 'no such organisation' }],
      },
    })
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(wrapper.find('[data-test="field-times"] .el-form-item__error').text()).toBe('must be after the start'))
    expect(wrapper.find('[data-test="field-organisers"] .el-form-item__error').text()).toBe('#1: no such organisation')
    const patch = calls.find((c) => c.method === 'PATCH')
    expect(patch?.body).toMatchObject({
      version: 3,
      starts_at: '2099-06-05T09:00:00+08:00',
      ends_at: '2099-06-11T18:00:00+08:00',
      registration_opens_at: null,
      registration_closes_at: '2099-06-04T23:59:00+08:00',
      capacity: 20,
    })
  })

  it('for a B2B event edits its rounds (start in the event\'s zone) and shows meetings.* errors under them', async () => {
    const b2b: IcityEvent = { ...event, type: 'b2b', meetings: { slots: 12, minutes: 20, tables: 20, start_at: '2099-06-05T01:30:00.000Z', published_at: null } }
    const { wrapper, calls } = mountForm(
      {
        status: 422,
        body: { type: 'https://icity.dev/problems/validation', title: 'Validation failed', status: 422, errors: [{ field: 'meetings.slots', message: 'at most 96' }] },
      },
      b2b,
    )
    expect(wrapper.find('[data-test="field-meetings"]').exists()).toBe(true)
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(wrapper.find('[data-test="field-meetings"] .el-form-item__error').text()).toBe('slots: at most 96'))
    expect(calls.find((c) => c.method === 'PATCH')?.body).toMatchObject({
      type: 'b2b',
      meetings: { slots: 12, minutes: 20, tables: 20, start_at: '2099-06-05T09:30:00+08:00' },
    })
  })

  it('a stale version (409) asks to reload, and reloading asks the page for the latest', async () => {
    const { wrapper } = mountForm({ status: 409, body: { type: 'https://icity.dev/problems/conflict', title: 'Conflict', status: 409 } })
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(document.body.textContent).toContain('Record changed'))
    const reload = [...document.querySelectorAll('.el-message-box button')].find((b) => b.textContent?.includes('Reload')) as HTMLButtonElement
    reload.click()
    await vi.waitFor(() => expect(wrapper.emitted('reload')).toHaveLength(1))
    expect(wrapper.emitted('saved')).toBeUndefined()
  })
})
