import { afterEach, describe, expect, it, vi } from 'vitest'
import { stubFetch } from '@/__tests__/helpers'
import { dashboardApi } from '../dashboard'
import { resetHttpConfig } from '../http'

const path = (c: { url: URL }) => `${c.url.pathname}${c.url.search}`

describe('the centre\'s figures API client', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    resetHttpConfig()
  })

  it('reads the figures for a period, and leaves empty dates to the server', async () => {
    const { calls } = stubFetch({ 'GET /api/dashboard/kpis': { body: { from: '2023-10-27', to: '2024-08-13', details: {} } } })
    const k = await dashboardApi.kpis({ from: '2023-10-27', to: '2024-08-13' })
    await dashboardApi.kpis({ from: '', to: '' })
    expect(k.from).toBe('2023-10-27')
    expect(calls.map(path)).toEqual(['/api/dashboard/kpis?from=2023-10-27&to=2024-08-13', '/api/dashboard/kpis'])
  })

  it('reads the records behind a figure with its filters, limit and cursor', async () => {
    const { calls } = stubFetch({
      'GET /api/dashboard/kpis/matters_handled/records': { body: { items: [], total: 0, next_cursor: null } },
    })
    await dashboardApi.kpiRecords('matters_handled', { from: '2024-01-01', to: '2024-12-31', month: '2024-03', country: 'DE', sector: 'C', sdg: '9' }, { limit: 20, cursor: 'c2' })
    await dashboardApi.kpiRecords('matters_handled', { from: '', to: '', country: undefined })
    expect(Object.fromEntries(calls[0].url.searchParams)).toEqual({
      from: '2024-01-01', to: '2024-12-31', month: '2024-03', country: 'DE', sector: 'C', sdg: '9', limit: '20', cursor: 'c2',
    })
    expect(path(calls[1])).toBe('/api/dashboard/kpis/matters_handled/records')
  })

  it('builds the export links with the same query', () => {
    const p = { from: '2024-01-01', to: '2024-06-30' }
    expect(dashboardApi.kpisExportUrl(p, 'csv')).toBe('/api/dashboard/kpis.csv?from=2024-01-01&to=2024-06-30')
    expect(dashboardApi.kpisExportUrl({ from: '', to: '' }, 'xlsx')).toBe('/api/dashboard/kpis.xlsx')
    expect(dashboardApi.kpiRecordsExportUrl('events_held', { ...p, country: 'FI', sdg: '4' }, 'xlsx')).toBe(
      '/api/dashboard/kpis/events_held/records.xlsx?from=2024-01-01&to=2024-06-30&country=FI&sdg=4',
    )
    expect(dashboardApi.kpiRecordsExportUrl('events_held', { ...p, month: '2024-02' }, 'csv')).toBe(
      '/api/dashboard/kpis/events_held/records.csv?from=2024-01-01&to=2024-06-30&month=2024-02',
    )
  })
})
