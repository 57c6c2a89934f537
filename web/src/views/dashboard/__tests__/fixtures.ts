import { KPI_FIGURES, type KpiDetail, type Kpis } from '@/api/types'

export function detail(over: Partial<KpiDetail> = {}): KpiDetail {
  return {
    label: { zh: '办理涉外事项', en: 'Matters handled' },
    description: { zh: '期间内办结的涉外事项', en: 'Cases resolved in the period' },
    by_month: [{ key: '2024-01', count: 3 }, { key: '2024-02', count: 5 }],
    by_country: [{ key: 'DE', count: 4 }, { key: 'FI', count: 2 }, { key: '', count: 1 }],
    by_sector: [{ key: 'C', count: 5 }, { key: '', count: 2 }],
    by_sdg: [{ key: '9', count: 4 }, { key: '3', count: 1 }],
    ...over,
  }
}

export function kpis(): Kpis {
  const k = { from: '2024-01-01', to: '2024-02-29', details: {} } as Kpis
  KPI_FIGURES.forEach((f, i) => {
    k[f] = (i + 1) * 10
    k.details[f] = detail({ label: { zh: `指标${i + 1}`, en: `Figure ${i + 1}` }, description: { zh: `说明${i + 1}`, en: `How ${i + 1} is counted` } })
  })
  k.matters_handled = 4012
  return k
}
