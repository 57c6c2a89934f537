// Chart options for the dashboard, built from the summary and a translator.
import type { Bilingual, DashboardSummary } from '@/api/types'
import type { EChartsOption } from '@/plugins/echarts'

export interface Labels {
  kind: (kind: string) => string
  country: (code: string) => string
  count: string
}

export function kindPieOption(s: DashboardSummary, l: Labels): EChartsOption {
  return {
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { type: 'scroll', bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['35%', '65%'],
        center: ['50%', '45%'],
        data: s.organisations_by_kind.map((k) => ({ name: l.kind(k.kind), value: k.count })),
      },
    ],
  }
}

export function countryBarOption(s: DashboardSummary, l: Labels): EChartsOption {
  const rows = [...s.organisations_by_country].sort((a, b) => a.count - b.count)
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: rows.map((r) => l.country(r.country)) },
    series: [{ type: 'bar', name: l.count, data: rows.map((r) => r.count), itemStyle: { color: '#409EFF' } }],
  }
}

export function interactionsLineOption(s: DashboardSummary, l: Labels): EChartsOption {
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: s.interactions_by_month.map((m) => m.month), boundaryGap: false },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        type: 'line',
        name: l.count,
        smooth: true,
        areaStyle: { opacity: 0.15 },
        data: s.interactions_by_month.map((m) => m.count),
      },
    ],
  }
}

export function countryLabel(name: Bilingual | null, code: string, locale: string): string {
  if (!name) return code
  return (locale === 'en' ? name.en || name.zh : name.zh || name.en) || code
}

export const FUNNEL_STAGES = ['interest', 'requested', 'accepted', 'met', 'concluded'] as const

/**
 * The introductions funnel: how many introductions reached each step, as the server counts them
 * (a concluded one counts under every step it passed; nothing is derived here), along the main
 * path from interest to concluded, each bar against the largest; declined and withdrawn apart.
 */
export function funnelOf(c: Partial<Record<string, number>>) {
  const n = (k: string) => c[k] ?? 0
  const top = Math.max(1, ...FUNNEL_STAGES.map(n))
  return {
    stages: FUNNEL_STAGES.map((status) => ({ status, count: n(status), width: Math.round((n(status) / top) * 100) })),
    declined: n('declined'),
    withdrawn: n('withdrawn'),
  }
}
