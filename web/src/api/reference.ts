import { http } from './http'
import type { Country, Sdg, Sector, SectorLevel } from './types'

export const referenceApi = {
  sectors: (q: string, opts: { level?: SectorLevel; limit?: number } = {}) =>
    http.get<{ items: Sector[] }>('/api/reference/sectors', { q, level: opts.level, limit: opts.limit ?? 30 }),
  sdgs: () => http.get<{ items: Sdg[] }>('/api/reference/sdgs'),
  countries: () => http.get<{ items: Country[] }>('/api/reference/countries'),
}
