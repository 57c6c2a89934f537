import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { setup, stubFetch } from '@/__tests__/helpers'
import type { DeskCalendar } from '@/api/types'
import { useAppStore } from '@/stores/app'
import DeskCalendarPage from '../calendar.vue'
import { dayKind, holidayDays } from '../calendarDays'

const year2024: DeskCalendar = {
  year: 2024,
  covered: true,
  time_zone: 'Asia/Shanghai',
  work_periods: [
    { start: '09:00', end: '12:00' },
    { start: '13:30', end: '18:00' },
  ],
  holidays: [{ from: '2024-10-01', to: '2024-10-07', name: { zh: '国庆节', en: 'National Day' } }],
  working_days: ['2024-09-29', '2024-10-12'],
  source: '国务院办公厅关于2024年部分节假日安排的通知',
}

describe('the working calendar', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('tells holidays, adjusted working days, weekends and working days apart', () => {
    expect(dayKind(year2024, '2024-10-03')).toBe('holiday')
    expect(dayKind(year2024, '2024-10-12')).toBe('adjusted') // a Saturday worked
    expect(dayKind(year2024, '2024-10-13')).toBe('weekend')
    expect(dayKind(year2024, '2024-10-14')).toBe('workday')
    expect(holidayDays(year2024.holidays[0])).toBe(7)
  })

  it('lists the year read from the server and says when a year is not recorded', async () => {
    const { plugins } = setup('en')
    useAppStore().locale = 'en'
    const { calls } = stubFetch({
      'GET /api/desk/calendar': (_init: RequestInit, url: URL) =>
        url.searchParams.get('year') === '2031'
          ? { body: { ...year2024, year: 2031, covered: false, holidays: [], working_days: [] } }
          : { body: year2024 },
    })
    const wrapper = mount(DeskCalendarPage, { global: { plugins }, attachTo: document.body })
    await vi.waitFor(() => expect(wrapper.find('[data-test="desk-calendar"]').exists()).toBe(true))
    expect(wrapper.find('[data-test="calendar-hours"]').text()).toBe('09:00–12:00, 13:30–18:00 (Asia/Shanghai)')
    const holidays = wrapper.find('[data-test="calendar-holidays"]').text()
    expect(holidays).toContain('National Day')
    expect(holidays).toContain('7 days')
    expect(wrapper.find('[data-test="calendar-working-days"]').text()).toContain('2024-10-12 Sat')
    expect(wrapper.find('[data-test="calendar-not-covered"]').exists()).toBe(false)

    ;(wrapper.vm as unknown as { year: string }).year = '2031'
    await vi.waitFor(() => expect(wrapper.find('[data-test="calendar-not-covered"]').exists()).toBe(true))
    expect(wrapper.find('[data-test="calendar-not-covered"]').text()).toContain('2031')
    expect(calls.some((c) => c.url.searchParams.get('year') === '2031')).toBe(true)
    wrapper.unmount()
  })
})
