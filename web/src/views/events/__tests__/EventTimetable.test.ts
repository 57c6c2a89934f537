import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { setup } from '@/__tests__/helpers'
import type { EventSession } from '@/api/types'
import { useAppStore } from '@/stores/app'
import EventTimetable from '../components/EventTimetable.vue'

const session = (id: number, starts_at: string, ends_at: string, extra: Partial<EventSession> = {}): EventSession => ({
  id, version: 1, event_id: 4, type: 'seminar', type_label: { zh: '研讨会', en: 'seminar' }, title: { zh: `日程${id}`, en: `Session ${id}` },
  summary: { zh: '', en: '' }, starts_at, ends_at, site_id: null, site: null, location: { zh: '', en: '' }, speakers: [], ...extra,
})

describe('EventTimetable', () => {
  it('lists sessions under their local day in the event\'s zone, at local HH:MM, with site links and speakers', () => {
    const { plugins } = setup('en')
    useAppStore().locale = 'en'
    const sessions = [
      session(2, '2099-06-04T23:30:00.000Z', '2099-06-05T01:00:00.000Z', {
        type: 'company_visit', site_id: 7, site: { id: 7, name: { zh: '华为', en: 'Huawei' } },
        speakers: [{ name: { zh: '', en: 'Director' }, title: { zh: '', en: 'Host' } }, { name: { zh: '', en: '' }, title: { zh: '', en: '' } }],
      }),
      session(1, '2099-06-04T02:00:00.000Z', '2099-06-04T03:00:00.000Z'),
    ]
    const wrapper = mount(EventTimetable, { props: { sessions, timeZone: 'Asia/Shanghai' }, global: { plugins } })
    const days = wrapper.findAll('[data-test="timetable-day"]')
    expect(days.map((d) => d.attributes('data-date'))).toEqual(['2099-06-04', '2099-06-05'])
    expect(days[1].find('h3').text()).toContain('5 June 2099')
    expect(days[1].find('[data-test="session-time"]').text()).toBe('07:30–09:00')
    expect(days[0].find('[data-test="session-time"]').text()).toBe('10:00–11:00')
    expect(days[1].find('[data-test="session-type"]').text()).toBe('Company visit')
    expect(days[1].find('[data-test="session-site"]').text()).toBe('Huawei')
    expect(days[1].find('[data-test="session-speakers"]').text()).toBe('Speakers: Director · Host')
    expect(wrapper.find('[data-test="session-add"]').exists()).toBe(false)
  })
})
