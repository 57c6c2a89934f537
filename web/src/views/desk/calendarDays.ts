// The working calendar's days: what kind of day a date is, and how long a holiday lasts.
import type { DeskCalendar } from '@/api/types'

export type DayKind = 'holiday' | 'adjusted' | 'weekend' | 'workday'

const DAY_MS = 24 * 3600 * 1000
const utc = (date: string) => Date.parse(`${date}T00:00:00Z`)

/** A public holiday, an adjusted working day (a weekend day worked), a weekend or a working day. */
export function dayKind(cal: Pick<DeskCalendar, 'holidays' | 'working_days'>, date: string): DayKind {
  if (cal.holidays.some((h) => h.from <= date && date <= h.to)) return 'holiday'
  if (cal.working_days.includes(date)) return 'adjusted'
  const weekday = new Date(utc(date)).getUTCDay()
  return weekday === 0 || weekday === 6 ? 'weekend' : 'workday'
}

/** The days of a holiday, both ends included. */
export function holidayDays(h: { from: string; to: string }): number {
  return Math.round((utc(h.to) - utc(h.from)) / DAY_MS) + 1
}
