import { describe, expect, it } from 'vitest'
import type { DashboardSummary } from '@/api/types'
import { countryBarOption, countryLabel, funnelOf, interactionsLineOption, kindPieOption, type Labels } from '../data'

const summary: DashboardSummary = {
  organisations: 3, people: 2, interactions: 5, countries: 2, visits_received: 1,
  organisations_by_kind: [{ kind: 'enterprise', count: 2 }, { kind: 'association', count: 1 }],
  organisations_by_country: [{ country: 'CN', count: 2 }, { country: 'FI', count: 1 }],
  interactions_by_month: [{ month: '2024-07', count: 2 }, { month: '2024-08', count: 3 }],
}
const zh: Labels = {
  kind: (k) => ({ enterprise: '企业', association: '商协会' })[k] ?? k,
  country: (c) => ({ CN: '中国', FI: '芬兰' })[c] ?? c,
  count: '数量',
}

describe('dashboard charts', () => {
  it('labels the pie with translated kinds and the bars with country names', () => {
    const pie = kindPieOption(summary, zh) as { series: { data: { name: string; value: number }[] }[] }
    expect(pie.series[0].data).toEqual([{ name: '企业', value: 2 }, { name: '商协会', value: 1 }])
    const bar = countryBarOption(summary, zh) as { yAxis: { data: string[] } }
    expect(bar.yAxis.data).toEqual(['芬兰', '中国']) // smallest first: the largest bar is on top
  })

  it('draws interactions month by month', () => {
    const line = interactionsLineOption(summary, zh) as { xAxis: { data: string[] }; series: { data: number[] }[] }
    expect(line.xAxis.data).toEqual(['2024-07', '2024-08'])
    expect(line.series[0].data).toEqual([2, 3])
  })

  it('falls back to the code when a country is unknown', () => {
    expect(countryLabel(null, 'XK', 'en')).toBe('XK')
    expect(countryLabel({ zh: '芬兰', en: 'Finland' }, 'FI', 'en')).toBe('Finland')
  })
})

describe('the introductions funnel', () => {
  it('shows the server\'s counts along the main path, bars against the largest, the ended ones apart', () => {
    const f = funnelOf({ interest: 10, requested: 5, accepted: 4, declined: 2, met: 2, concluded: 1, withdrawn: 3 })
    expect(f.stages.map((s) => [s.status, s.count, s.width])).toEqual([
      ['interest', 10, 100], ['requested', 5, 50], ['accepted', 4, 40], ['met', 2, 20], ['concluded', 1, 10],
    ])
    expect([f.declined, f.withdrawn]).toEqual([2, 3])
    expect(funnelOf({}).stages.every((s) => s.count === 0 && s.width === 0)).toBe(true)
  })
})
