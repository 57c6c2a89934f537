import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { setup, stubFetch } from '@/__tests__/helpers'
import type { IcityEvent, Meeting, Participant } from '@/api/types'
import { useAppStore } from '@/stores/app'
import MeetingsTab from '../components/b2b/MeetingsTab.vue'

const person = (id: number): Participant => ({ registration_id: id, name: { zh: '', en: `P${id}` }, organisation: '', country: '' })
const meeting = (id: number, slot: number, table: number, from: number, to: number): Meeting => ({
  id, slot, table, fixed: false, starts_at: '', ends_at: '',
  request: { id, from: person(from), to: person(to), priority: 3, message: '', status: 'accepted', created_at: '', updated_at: '' },
})
const schedule = (meetings: Meeting[]) => ({ meetings, unplaced: [{ request: meeting(9, 0, 0, 5, 6).request, reason: 'P5 is unavailable in every free slot' }], total_weight: 7, idle_gaps: 1, published_at: null })
const event = { id: 4, title: { zh: '', en: 'B2B' }, time_zone: 'Asia/Shanghai', meetings: { slots: 3, minutes: 20, tables: 2, start_at: '2099-03-18T01:30:00Z', published_at: null } } as unknown as IcityEvent

describe('MeetingsTab', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('shows the figures and the unplaced with reasons, and the server\'s reason when a move clashes', async () => {
    const { plugins } = setup('en')
    useAppStore().locale = 'en'
    const { calls } = stubFetch({
      'GET /api/events/4/meetings': { body: schedule([meeting(1, 0, 0, 1, 2), meeting(2, 1, 0, 3, 4)]) },
      'PATCH /api/events/4/meetings/1': {
        status: 409,
        body: { type: 'https://icity.dev/problems/conflict', title: 'Conflict', status: 409, detail: 'P3 already meets someone in that slot' },
      },
    })
    const wrapper = mount(MeetingsTab, { props: { event }, global: { plugins }, attachTo: document.body })
    await flushPromises()
    expect(wrapper.find('[data-test="meetings-weight"]').text()).toBe('Total weight: 7')
    expect(wrapper.find('[data-test="meetings-gaps"]').text()).toBe('Idle gaps: 1')
    expect(wrapper.find('[data-test="meetings-draft"]').exists()).toBe(true)
    expect(wrapper.find('[data-test="meetings-unplaced-item"]').text()).toContain('P5 is unavailable in every free slot')
    await wrapper.find('[data-test="meeting"]').trigger('click')
    await flushPromises()
    const save = document.querySelector<HTMLButtonElement>('[data-test="move-save"]')
    expect(save).not.toBeNull()
    save?.click()
    await flushPromises()
    expect(calls.at(-1)?.body).toEqual({ slot: 0, table: 0 })
    expect(document.querySelector('[data-test="move-reason"]')?.textContent).toContain('P3 already meets someone in that slot')
    wrapper.unmount()
  })
})
