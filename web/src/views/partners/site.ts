// A site's opening hours as seven editable rows (Monday 1 … Sunday 7) and back.
import type { OpeningHours } from '@/api/types'

export interface HoursRow {
  weekday: number
  open: boolean
  opens: string
  closes: string
}

export function emptyHours(): HoursRow[] {
  return Array.from({ length: 7 }, (_, i) => ({ weekday: i + 1, open: false, opens: '09:00', closes: '17:00' }))
}

export function rowsFromHours(hours: OpeningHours[]): HoursRow[] {
  return emptyHours().map((row) => {
    const h = hours.find((x) => x.weekday === row.weekday)
    return h ? { weekday: row.weekday, open: true, opens: h.opens, closes: h.closes } : row
  })
}

export function hoursFromRows(rows: HoursRow[]): OpeningHours[] {
  return rows.filter((r) => r.open).map((r) => ({ weekday: r.weekday, opens: r.opens, closes: r.closes }))
}
