// The figures block of the dashboard: the period and the selected figure live in the URL
// (`?from=&to=&figure=`); the figures are read again when the period changes.
import { computed, ref, shallowRef, watch } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { dashboardApi } from '@/api/dashboard'
import { referenceApi } from '@/api/reference'
import type { KpiFigure, KpiPeriod, Kpis } from '@/api/types'
import { useReferenceStore } from '@/stores/reference'
import { figureFromQuery, periodFromQuery, periodToQuery } from './kpis'

/** The names of the GB/T 4754 sections (A..T), for the sector chart and filter; letters alone on failure. */
export async function loadSectionNames(reference: ReturnType<typeof useReferenceStore>): Promise<void> {
  if (Object.keys(reference.sectors).some((c) => /^[A-Z]$/.test(c))) return
  try {
    const res = await referenceApi.sectors('', { level: 'section', limit: 30 })
    reference.rememberSectors(res.items)
  } catch {
    // letters alone then
  }
}

export function useKpis() {
  const route = useRoute()
  const router = useRouter()
  const reference = useReferenceStore()
  const period = computed(() => periodFromQuery(route.query))
  const figure = computed(() => figureFromQuery(route.query))
  const kpis = shallowRef<Kpis | null>(null)
  const loading = ref(false)
  const failed = ref(false)
  let generation = 0

  async function load() {
    const gen = ++generation
    loading.value = true
    failed.value = false
    try {
      const k = await dashboardApi.kpis(period.value)
      if (gen === generation) kpis.value = k
    } catch {
      if (gen === generation) failed.value = true
    } finally {
      if (gen === generation) loading.value = false
    }
  }

  const loadSections = () => loadSectionNames(reference)

  // Read again when the period changes on this page (not while leaving it for another one).
  watch(() => `${period.value.from}|${period.value.to}`, () => {
    if (route.name === 'Dashboard') void load()
  })

  function setPeriod(p: KpiPeriod) {
    const query = { ...periodToQuery(p), ...(route.query.figure ? { figure: route.query.figure } : {}) }
    void router.replace({ query })
  }
  function select(f: KpiFigure) {
    void router.replace({ query: { ...route.query, figure: f } })
  }

  return { period, figure, kpis, loading, failed, load, loadSections, setPeriod, select }
}
