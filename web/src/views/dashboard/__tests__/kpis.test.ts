import { describe, expect, it } from 'vitest'
import { setup } from '@/__tests__/helpers'
import { KPI_FIGURES } from '@/api/types'
import {
  beijingToday,
  breakdownChart,
  clickRoute,
  figureFromQuery,
  filterFromQuery,
  matchingPreset,
  periodFromQuery,
  periodToQuery,
  presetPeriod,
  recordsRoute,
  withoutFilter,
  type ChartLabels,
} from '../kpis'
import { detail } from './fixtures'

// 2024-08-13 01:30 in Beijing is still the 12th in UTC.
const now = new Date('2024-08-12T17:30:00Z')
const labels: ChartLabels = {
  country: (c) => ({ DE: 'Germany', FI: 'Finland' })[c] ?? c,
  sector: (s) => ({ C: 'C Manufacturing' })[s] ?? s,
  sdg: (g) => ({ name: `Goal ${g}`, color: g === 9 ? '#FD6925' : null }),
  count: 'Count',
  unknown: 'Unknown',
  none: 'None',
}
type Bars = { xAxis: { data: string[] }; yAxis: { data: string[] }; series: { type: string; data: unknown[] }[] }

describe('the period', () => {
  it('counts today in Beijing', () => {
    expect(beijingToday(now)).toBe('2024-08-13')
    expect(beijingToday(new Date('2024-08-13T15:59:00Z'))).toBe('2024-08-13')
    expect(beijingToday(new Date('2024-08-13T16:00:00Z'))).toBe('2024-08-14')
  })

  it('turns each preset into from/to ending today', () => {
    expect(presetPeriod('thisYear', now)).toEqual({ from: '2024-01-01', to: '2024-08-13' })
    expect(presetPeriod('last12Months', now)).toEqual({ from: '2023-09-01', to: '2024-08-13' })
    expect(presetPeriod('last12Months', new Date('2024-12-05T00:00:00Z'))).toEqual({ from: '2024-01-01', to: '2024-12-05' })
    expect(presetPeriod('sinceOpening', now)).toEqual({ from: '2023-10-27', to: '2024-08-13' })
  })

  it('keeps the period in the URL and knows which preset it is', () => {
    const p = presetPeriod('sinceOpening', now)
    expect(periodToQuery(p)).toEqual({ from: '2023-10-27', to: '2024-08-13' })
    expect(periodFromQuery(periodToQuery(p))).toEqual(p)
    expect(periodFromQuery({ from: '2024-13', to: ['x'] })).toEqual({ from: '', to: '' })
    expect(periodToQuery({ from: '', to: '' })).toEqual({})
    expect(matchingPreset(p, now)).toBe('sinceOpening')
    expect(matchingPreset({ from: '', to: '' }, now)).toBe('thisYear') // the server's default
    expect(matchingPreset({ from: '2024-03-01', to: '2024-03-31' }, now)).toBeNull()
  })

  it('selects a figure from the URL, the first one otherwise', () => {
    expect(figureFromQuery({ figure: 'events_held' })).toBe('events_held')
    expect(figureFromQuery({ figure: 'nope' })).toBe(KPI_FIGURES[0])
  })
})

describe('links to the records', () => {
  const { router } = setup('en')
  const p = { from: '2024-01-01', to: '2024-08-13' }

  it('links each card\'s number to the records of its figure for the period', () => {
    for (const f of KPI_FIGURES) {
      expect(router.resolve(recordsRoute(f, p)).fullPath).toBe(`/dashboard/kpis/${f}?from=2024-01-01&to=2024-08-13`)
    }
    expect(router.resolve(recordsRoute('events_held', { from: '', to: '' })).fullPath).toBe('/dashboard/kpis/events_held')
  })

  it('turns a click on a month, country, sector or SDG bar into the records filtered by it', () => {
    const d = detail()
    const at = (dim: 'month' | 'country' | 'sector' | 'sdg', i: number) => {
      const to = clickRoute('matters_handled', p, dim, breakdownChart(dim, 'matters_handled', d, labels), i)
      return to && router.resolve(to).fullPath
    }
    const base = '/dashboard/kpis/matters_handled?from=2024-01-01&to=2024-08-13'
    expect(at('month', 1)).toBe(`${base}&month=2024-02`)
    // horizontal bars are drawn smallest first (largest on top): index 2 is the first row, DE
    expect(at('country', 2)).toBe(`${base}&country=DE`)
    expect(at('country', 0)).toBeNull() // unknown: nothing to filter on
    expect(at('sector', 1)).toBe(`${base}&sector=C`)
    expect(at('sector', 0)).toBeNull()
    expect(at('sdg', 0)).toBe(`${base}&sdg=3`) // goals in their order
    expect(at('sdg', 5)).toBeNull()
  })
})

describe('the charts of a figure', () => {
  it('draws months as bars, or a line for the projects in reserve', () => {
    const bars = breakdownChart('month', 'events_held', detail(), labels).option as unknown as Bars
    expect(bars.series[0].type).toBe('bar')
    expect(bars.xAxis.data).toEqual(['2024-01', '2024-02'])
    expect(bars.series[0].data).toEqual([3, 5])
    const line = breakdownChart('month', 'projects_in_reserve', detail(), labels).option as unknown as Bars
    expect(line.series[0].type).toBe('line')
  })

  it('names countries and sections, largest on top, unknown and none said so', () => {
    const c = breakdownChart('country', 'matters_handled', detail(), labels)
    expect((c.option as unknown as Bars).yAxis.data).toEqual(['Unknown', 'Finland', 'Germany'])
    expect(c.rows).toBe(3)
    const s = breakdownChart('sector', 'matters_handled', detail(), labels)
    expect((s.option as unknown as Bars).yAxis.data).toEqual(['None', 'C Manufacturing'])
  })

  it('colours each SDG bar with its goal\'s colour when the reference has one', () => {
    const o = breakdownChart('sdg', 'matters_handled', detail(), labels).option as unknown as Bars
    expect(o.xAxis.data).toEqual(['3', '9'])
    expect(o.series[0].data).toEqual([
      { value: 1, name: '3 Goal 3', itemStyle: undefined },
      { value: 4, name: '9 Goal 9', itemStyle: { color: '#FD6925' } },
    ])
  })
})

describe('the records page\'s filters', () => {
  it('reads the filters from the URL and drops malformed ones', () => {
    expect(filterFromQuery({ month: '2024-03', country: 'de', sector: 'c', sdg: '9' })).toEqual({ month: '2024-03', country: 'DE', sector: 'C', sdg: '9' })
    expect(filterFromQuery({ month: '2024-13', country: 'DEU', sector: 'CC', sdg: '18' })).toEqual({})
  })

  it('removes one filter and keeps the period and the others', () => {
    const q = { from: '2024-01-01', to: '2024-08-13', month: '2024-03', country: 'DE', sdg: '9' }
    expect(withoutFilter(q, 'country')).toEqual({ from: '2024-01-01', to: '2024-08-13', month: '2024-03', sdg: '9' })
    expect(withoutFilter(q, 'month')).toEqual({ from: '2024-01-01', to: '2024-08-13', country: 'DE', sdg: '9' })
  })
})
