// The centre's figures on the dashboard: the period in the URL, its presets, links to the records
// behind a number or a bar, and the chart options of a figure's breakdowns. Counting is the server's.
import type { LocationQuery, LocationQueryRaw, RouteLocationRaw } from 'vue-router'
import {
  KPI_DIMENSIONS,
  KPI_FIGURES,
  type KpiBucket,
  type KpiDetail,
  type KpiDimension,
  type KpiFigure,
  type KpiFilter,
  type KpiPeriod,
} from '@/api/types'
import type { EChartsOption } from '@/plugins/echarts'

/** The day the centre opened. */
export const OPENED = '2023-10-27'
export const PRESETS = ['thisYear', 'last12Months', 'sinceOpening'] as const
export type Preset = (typeof PRESETS)[number]
export const RECORDS_ROUTE = 'DashboardKpiRecords'

const DATE = /^\d{4}-\d{2}-\d{2}$/
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/

function str(v: LocationQuery[string] | undefined): string {
  return typeof v === 'string' ? v : ''
}

/** Today's date in Beijing ("YYYY-MM-DD"), the calendar the server counts in. */
export function beijingToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10)
}

/**
 * A preset's period, ending today (Beijing): this year from 1 January; the last 12 months from the
 * first day of the month eleven months back (twelve whole bars by month, the current one running);
 * since the centre opened on 2023-10-27.
 */
export function presetPeriod(preset: Preset, now: Date = new Date()): KpiPeriod {
  const to = beijingToday(now)
  const year = Number(to.slice(0, 4))
  const month = Number(to.slice(5, 7))
  if (preset === 'thisYear') return { from: `${year}-01-01`, to }
  if (preset === 'sinceOpening') return { from: OPENED, to }
  const back = year * 12 + (month - 1) - 11
  const y = Math.floor(back / 12)
  const m = (back % 12) + 1
  return { from: `${y}-${String(m).padStart(2, '0')}-01`, to }
}

/** The period in the URL; a missing or malformed date is left to the server's default. */
export function periodFromQuery(q: LocationQuery): KpiPeriod {
  const from = str(q.from)
  const to = str(q.to)
  return { from: DATE.test(from) ? from : '', to: DATE.test(to) ? to : '' }
}

export function periodToQuery(p: KpiPeriod): Record<string, string> {
  const out: Record<string, string> = {}
  if (p.from) out.from = p.from
  if (p.to) out.to = p.to
  return out
}

/** The period shown for a query: the server's answer when there is one, else the default (this year). */
export function effectivePeriod(p: KpiPeriod, now: Date = new Date()): KpiPeriod {
  const d = presetPeriod('thisYear', now)
  return { from: p.from || d.from, to: p.to || d.to }
}

/** Which preset a period is (an empty period is the server's default, this year), or null. */
export function matchingPreset(p: KpiPeriod, now: Date = new Date()): Preset | null {
  const e = effectivePeriod(p, now)
  return PRESETS.find((k) => {
    const pp = presetPeriod(k, now)
    return pp.from === e.from && pp.to === e.to
  }) ?? null
}

export function isFigure(v: unknown): v is KpiFigure {
  return typeof v === 'string' && (KPI_FIGURES as readonly string[]).includes(v)
}

/** The selected figure (`?figure=`), the first one by default. */
export function figureFromQuery(q: LocationQuery): KpiFigure {
  const f = str(q.figure)
  return isFigure(f) ? f : KPI_FIGURES[0]
}

/** The records filter in the URL; values of the wrong shape are dropped. */
export function filterFromQuery(q: LocationQuery): KpiFilter {
  const f: KpiFilter = {}
  const month = str(q.month)
  const country = str(q.country).toUpperCase()
  const sector = str(q.sector).toUpperCase()
  const sdg = Number(str(q.sdg))
  if (MONTH.test(month)) f.month = month
  if (/^[A-Z]{2}$/.test(country)) f.country = country
  if (/^[A-Z]$/.test(sector)) f.sector = sector
  if (Number.isInteger(sdg) && sdg >= 1 && sdg <= 17) f.sdg = String(sdg)
  return f
}

/** The active filters in a fixed order, one removable tag each. */
export function activeFilters(f: KpiFilter): { dimension: KpiDimension; key: string }[] {
  return KPI_DIMENSIONS.filter((d) => f[d]).map((d) => ({ dimension: d, key: f[d] as string }))
}

/** The URL query of the records page. */
export function recordsQuery(p: KpiPeriod, f: KpiFilter = {}): LocationQueryRaw {
  const q: LocationQueryRaw = { ...periodToQuery(p) }
  for (const { dimension, key } of activeFilters(f)) q[dimension] = key
  return q
}

/** The records page behind a figure, for a period and an optional filter. */
export function recordsRoute(figure: KpiFigure, p: KpiPeriod, f: KpiFilter = {}): RouteLocationRaw {
  return { name: RECORDS_ROUTE, params: { figure }, query: recordsQuery(p, f) }
}

/** The records page's query with one filter removed (the period stays). */
export function withoutFilter(q: LocationQuery, dimension: KpiDimension): LocationQueryRaw {
  const f = filterFromQuery(q)
  delete f[dimension]
  return recordsQuery(periodFromQuery(q), f)
}

/** The filter of a click on a breakdown's bar; null for "unknown"/"none" (no key to filter on). */
export function filterFor(dimension: KpiDimension, key: string): KpiFilter | null {
  if (!key) return null
  return { [dimension]: key }
}

export interface ChartLabels {
  country: (code: string) => string
  /** "C 制造业" */
  sector: (letter: string) => string
  sdg: (goal: number) => { name: string; color: string | null }
  count: string
  unknown: string
  none: string
}

export interface BreakdownChart {
  option: EChartsOption
  /** The bucket key of each data index, for clicks. */
  keys: string[]
  /** Rows drawn, to size a horizontal chart. */
  rows: number
}

const axisTooltip = { trigger: 'axis', axisPointer: { type: 'shadow' } }

function horizontal(rows: KpiBucket[], label: (key: string) => string, count: string, color: string): BreakdownChart {
  const ordered = [...rows].reverse() // most first from the server: the largest bar on top
  return {
    option: {
      tooltip: axisTooltip,
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      // long section names are cut on the axis and read in full in the tooltip
      yAxis: { type: 'category', data: ordered.map((r) => label(r.key)), axisLabel: { width: 180, overflow: 'truncate' } },
      series: [{ type: 'bar', name: count, data: ordered.map((r) => r.count), itemStyle: { color }, cursor: 'pointer' }],
    },
    keys: ordered.map((r) => r.key),
    rows: ordered.length,
  }
}

/** One breakdown of a figure as a chart; the keys tell which bar was clicked. */
export function breakdownChart(dimension: KpiDimension, figure: KpiFigure, d: KpiDetail, l: ChartLabels): BreakdownChart {
  if (dimension === 'month') {
    const rows = d.by_month
    const line = figure === 'projects_in_reserve'
    return {
      option: {
        tooltip: line ? { trigger: 'axis' } : axisTooltip,
        grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
        xAxis: { type: 'category', data: rows.map((r) => r.key), boundaryGap: !line },
        yAxis: { type: 'value', minInterval: 1 },
        series: [
          line
            ? { type: 'line', name: l.count, data: rows.map((r) => r.count), symbolSize: 8, areaStyle: { opacity: 0.15 }, triggerLineEvent: true }
            : { type: 'bar', name: l.count, data: rows.map((r) => r.count), itemStyle: { color: '#409EFF' }, cursor: 'pointer' },
        ],
      },
      keys: rows.map((r) => r.key),
      rows: rows.length,
    }
  }
  if (dimension === 'country') return horizontal(d.by_country, (k) => (k ? l.country(k) : l.unknown), l.count, '#409EFF')
  if (dimension === 'sector') return horizontal(d.by_sector, (k) => (k ? l.sector(k) : l.none), l.count, '#67C23A')
  const rows = [...d.by_sdg].sort((a, b) => Number(a.key) - Number(b.key))
  return {
    option: {
      tooltip: axisTooltip,
      grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: rows.map((r) => r.key), name: 'SDG' },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          type: 'bar',
          name: l.count,
          cursor: 'pointer',
          data: rows.map((r) => {
            const g = l.sdg(Number(r.key))
            return { value: r.count, name: `${r.key} ${g.name}`, itemStyle: g.color ? { color: g.color } : undefined }
          }),
        },
      ],
    },
    keys: rows.map((r) => r.key),
    rows: rows.length,
  }
}

/** The records of a click on a chart: the bar's key as a filter, within the same period. */
export function clickRoute(
  figure: KpiFigure,
  p: KpiPeriod,
  dimension: KpiDimension,
  chart: BreakdownChart,
  dataIndex: number,
): RouteLocationRaw | null {
  const key = chart.keys[dataIndex]
  if (key === undefined) return null
  const f = filterFor(dimension, key)
  return f ? recordsRoute(figure, p, f) : null
}

/** Height of a horizontal bar chart for its rows. */
export function chartHeight(rows: number): string {
  return `${Math.max(240, rows * 24 + 40)}px`
}
