// The centre's figures (GET /api/dashboard/kpis) and the records behind each one.
import type { Bilingual } from './common'

export const KPI_FIGURES = [
  'matters_handled',
  'events_held',
  'exchange_activities',
  'projects_in_reserve',
  'organisations_received',
  'associations_in_liaison',
  'agreements_signed',
  'countries_reached',
] as const
export type KpiFigure = (typeof KPI_FIGURES)[number]

export const KPI_DIMENSIONS = ['month', 'country', 'sector', 'sdg'] as const
export type KpiDimension = (typeof KPI_DIMENSIONS)[number]

export interface KpiBucket {
  key: string
  count: number
}

export interface KpiDetail {
  label: Bilingual
  description: Bilingual
  by_month: KpiBucket[]
  by_country: KpiBucket[]
  by_sector: KpiBucket[]
  by_sdg: KpiBucket[]
}

export type Kpis = { from: string; to: string; details: Partial<Record<KpiFigure, KpiDetail>> } & Record<KpiFigure, number>

export interface KpiPeriod {
  /** "YYYY-MM-DD", inclusive; empty lets the server default (first day of the year .. today). */
  from: string
  to: string
}

/** A filter of the records behind a figure: one breakdown's key each. */
export interface KpiFilter {
  month?: string
  country?: string
  sector?: string
  sdg?: string
}

export type KpiRecordType = 'case' | 'event' | 'delegation' | 'project' | 'organisation' | 'agreement' | 'country'

export interface KpiRecord {
  type: KpiRecordType
  /** 0 for a country */
  id: number
  title: Bilingual
  date: string
  country: string
  link: string
}

export interface KpiRecordsPage {
  items: KpiRecord[]
  total: number
  next_cursor: string | null
}
