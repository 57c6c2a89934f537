import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { setup } from '@/__tests__/helpers'
import type { ItineraryDay, ItineraryVisit } from '@/api/types'
import { useAppStore } from '@/stores/app'
import ItineraryDayView from '../components/itinerary/ItineraryDayView.vue'

const visit = (id: number, arrival: string, start: string, end: string, travel: number, interest: number): ItineraryVisit => ({
  site: { id, name: { zh: `地点${id}`, en: `Site ${id}` } }, travel_minutes: travel, arrival, start, end, interest,
})
const day: ItineraryDay = {
  date: '2023-06-06',
  weekday: 2,
  visits: [visit(11, '09:23', '09:30', '10:30', 23, 0.9), visit(12, '10:45', '10:45', '11:45', 15, 0.3), visit(13, '13:20', '13:20', '14:20', 20, 0.6)],
  lunch: { after_visits: 2, start: '12:00', end: '13:00' },
  return_travel_minutes: 30,
  return_at: '14:50',
  score: 2,
}

function view(locale: 'en' | 'zh-CN' = 'en') {
  const { plugins } = setup(locale)
  useAppStore().locale = locale
  return mount(ItineraryDayView, {
    props: { day, dayStart: '09:00', pins: [{ site_id: 12, day: '2023-06-06', start: '10:45' }], interest: (v: ItineraryVisit) => Math.round(v.interest * 100), editable: true },
    global: { plugins },
  })
}

describe('ItineraryDayView', () => {
  it('reads departure, travel legs, visits with their times, lunch where it falls and the return', () => {
    const wrapper = view()
    const rows = wrapper.findAll('[data-test="itinerary-row"]')
    expect(rows.map((r) => r.attributes('data-kind'))).toEqual(['depart', 'travel', 'visit', 'travel', 'visit', 'lunch', 'travel', 'visit', 'travel', 'return'])
    expect(rows[0].text()).toContain('09:00')
    expect(wrapper.findAll('[data-test="itinerary-leg"]').map((l) => l.text())).toEqual(['🚗 23 min', '🚗 15 min', '🚗 20 min', '🚗 30 min'])
    expect(wrapper.findAll('[data-test="itinerary-visit-time"]').map((t) => t.text())).toEqual(['09:30–10:30', '10:45–11:45', '13:20–14:20'])
    expect(rows[5].text()).toContain('12:00–13:00')
    expect(rows[9].text()).toContain('14:50')
    const link = wrapper.find('[data-test="itinerary-site"]')
    expect([link.text(), link.attributes('href')]).toEqual(['Site 11', '/partners/organisations/11'])
    expect(wrapper.find('.bar').attributes('style')).toContain('width: 90%')
  })

  it('marks the pinned visit and offers pin, unpin and drop', async () => {
    const wrapper = view()
    expect(wrapper.findAll('[data-test="itinerary-pinned"]').map((p) => p.text())).toEqual(['📌 10:45'])
    expect(wrapper.findAll('[data-test="itinerary-unpin"]')).toHaveLength(1)
    await wrapper.findAll('[data-test="itinerary-pin-time"]')[0].trigger('click')
    await wrapper.findAll('[data-test="itinerary-drop"]')[2].trigger('click')
    expect(wrapper.emitted('pin')?.[0]?.[1]).toBe(true)
    expect((wrapper.emitted('pin')?.[0]?.[0] as ItineraryVisit).site.id).toBe(11)
    expect((wrapper.emitted('drop')?.[0]?.[0] as ItineraryVisit).site.id).toBe(13)
  })

  it('speaks Chinese', () => {
    expect(view('zh-CN').find('[data-test="itinerary-leg"]').text()).toBe('🚗 23 分钟')
  })
})
