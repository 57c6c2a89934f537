// Reference data (countries, SDGs, sector names): small, public, read once.
import { defineStore } from 'pinia'
import { referenceApi } from '@/api/reference'
import type { Bilingual, Country, Sdg, Sector } from '@/api/types'

export const useReferenceStore = defineStore('reference', {
  state: () => ({
    countries: [] as Country[],
    sdgs: [] as Sdg[],
    sectors: {} as Record<string, Sector>,
    loaded: false,
    loading: null as Promise<void> | null,
    divisionsLoading: null as Promise<void> | null,
    divisionsLoaded: false,
  }),
  getters: {
    countryName: (s) => (code: string | null | undefined): Bilingual | null =>
      (code && s.countries.find((c) => c.code === code)?.name) || null,
    sdg: (s) => (goal: number): Sdg | undefined => s.sdgs.find((g) => g.goal === goal),
  },
  actions: {
    ensureLoaded(): Promise<void> {
      if (this.loaded) return Promise.resolve()
      if (!this.loading) {
        this.loading = Promise.all([referenceApi.countries(), referenceApi.sdgs()])
          .then(([countries, sdgs]) => {
            this.countries = countries.items
            this.sdgs = sdgs.items
            this.loaded = true
          })
          .catch(() => undefined)
          .finally(() => {
            this.loading = null
          })
      }
      return this.loading
    },
    rememberSectors(items: Sector[]) {
      for (const s of items) this.sectors[s.code] = s
    },
    async searchSectors(q: string): Promise<Sector[]> {
      const res = await referenceApi.sectors(q)
      this.rememberSectors(res.items)
      return res.items
    },
    /** The names of all 2-digit divisions (the sector facet of search), in one request. */
    ensureDivisions(): Promise<void> {
      if (this.divisionsLoaded) return Promise.resolve()
      if (!this.divisionsLoading) {
        this.divisionsLoading = referenceApi
          .sectors('', { level: 'division', limit: 100 })
          .then((res) => {
            this.rememberSectors(res.items)
            this.divisionsLoaded = true
          })
          .catch(() => undefined)
          .finally(() => {
            this.divisionsLoading = null
          })
      }
      return this.divisionsLoading
    },
    /** Look up names of sector codes not seen yet (one request per code). */
    async resolveSectors(codes: string[]): Promise<void> {
      const missing = codes.filter((c) => !this.sectors[c])
      await Promise.all(
        missing.map((code) =>
          referenceApi
            .sectors(code, { limit: 50 })
            .then((res) => this.rememberSectors(res.items.filter((s) => s.code === code)))
            .catch(() => undefined),
        ),
      )
    },
  },
})
