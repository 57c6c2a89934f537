import { buildUrl, http } from './http'
import type { DashboardSummary, KpiFilter, KpiPeriod, KpiRecordsPage, Kpis } from './types'

type RecordsQuery = KpiPeriod & KpiFilter
const kpiRecords = (figure: string) => `/api/dashboard/kpis/${encodeURIComponent(figure)}/records`

export const dashboardApi = {
  summary: () => http.get<DashboardSummary>('/api/dashboard/summary'),
  /** The centre's figures for a period (empty dates: the server's default, this year). */
  kpis: (p: KpiPeriod) => http.get<Kpis>('/api/dashboard/kpis', { from: p.from, to: p.to }),
  /** The records behind one figure, filtered by one breakdown's key, page by page. */
  kpiRecords: (figure: string, q: RecordsQuery, page: { limit?: number; cursor?: string | null } = {}) =>
    http.get<KpiRecordsPage>(kpiRecords(figure), { ...recordsQuery(q), limit: page.limit, cursor: page.cursor }),
  /** Every figure and breakdown row for the period, as a file. */
  kpisExportUrl: (p: KpiPeriod, format: 'csv' | 'xlsx') => buildUrl(`/api/dashboard/kpis.${format}`, { from: p.from, to: p.to }),
  /** All the records behind a figure (no paging), as a file. */
  kpiRecordsExportUrl: (figure: string, q: RecordsQuery, format: 'csv' | 'xlsx') =>
    buildUrl(`${kpiRecords(figure)}.${format}`, recordsQuery(q)),
}

function recordsQuery(q: RecordsQuery) {
  return { from: q.from, to: q.to, month: q.month, country: q.country, sector: q.sector, sdg: q.sdg }
}
