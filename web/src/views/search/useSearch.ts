// The results page: the query and facet filters live in the URL; hits are read
// page by page with next_cursor ("load more" appends).
import { computed, ref, shallowRef, watch } from 'vue'
import { useRoute, useRouter, type LocationQuery } from 'vue-router'
import { errorMessage } from '@/api/http'
import { searchApi } from '@/api/search'
import { SEARCH_TYPES, type SearchConcept, type SearchFacets, type SearchHit, type SearchType } from '@/api/types'

export interface SearchFilters {
  q: string
  type: SearchType | ''
  kind: string
  country: string
  sector: string
  sdg: number | null
}
export type FacetName = 'type' | 'kind' | 'country' | 'sector' | 'sdg'

export const PAGE_SIZE = 20

function str(v: LocationQuery[string]): string {
  return typeof v === 'string' ? v : ''
}

export function filtersFromQuery(q: LocationQuery): SearchFilters {
  const sdg = Number(str(q.sdg))
  const type = str(q.type) as SearchType
  return {
    q: str(q.q),
    type: SEARCH_TYPES.includes(type) ? type : '',
    kind: str(q.kind),
    country: str(q.country),
    sector: str(q.sector),
    sdg: Number.isInteger(sdg) && sdg >= 1 && sdg <= 17 ? sdg : null,
  }
}

export function filtersToQuery(f: SearchFilters): Record<string, string> {
  const out: Record<string, string> = {}
  if (f.q.trim()) out.q = f.q.trim()
  if (f.type) out.type = f.type
  if (f.kind) out.kind = f.kind
  if (f.country) out.country = f.country
  if (f.sector) out.sector = f.sector
  if (f.sdg) out.sdg = String(f.sdg)
  return out
}

/** The value of a facet filter as the facet lists it ("" when not set). */
export function facetValue(f: SearchFilters, facet: FacetName): string {
  return facet === 'sdg' ? (f.sdg ? String(f.sdg) : '') : f[facet]
}

/** Click on a facet value: select it, or clear it when it was selected. */
export function toggleFacet(f: SearchFilters, facet: FacetName, value: string): SearchFilters {
  const next = facetValue(f, facet) === value ? '' : value
  if (facet === 'sdg') return { ...f, sdg: next ? Number(next) : null }
  if (facet === 'type') return { ...f, type: next as SearchType | '' }
  return { ...f, [facet]: next }
}

const noFacets = (): SearchFacets => ({ type: [], kind: [], country: [], sector: [], sdg: [], exact: true })

export function useSearch() {
  const route = useRoute()
  const router = useRouter()
  const filters = computed(() => filtersFromQuery(route.query))

  const hits = shallowRef<SearchHit[]>([])
  const facets = shallowRef<SearchFacets>(noFacets())
  const concepts = shallowRef<SearchConcept[]>([])
  const relaxed = ref(false)
  const total = ref(0)
  const nextCursor = ref<string | null>(null)
  const loading = ref(false)
  const loadingMore = ref(false)
  const error = ref<string | null>(null)
  let generation = 0

  async function load() {
    const gen = ++generation
    loading.value = true
    loadingMore.value = false
    error.value = null
    try {
      const res = await searchApi.search({ ...filters.value, limit: PAGE_SIZE }, { silent: true })
      if (gen !== generation) return
      hits.value = res.hits
      facets.value = res.facets
      concepts.value = res.concepts
      relaxed.value = res.relaxed
      total.value = res.total
      nextCursor.value = res.next_cursor
    } catch (e) {
      if (gen !== generation) return
      hits.value = []
      facets.value = noFacets()
      concepts.value = []
      relaxed.value = false
      total.value = 0
      nextCursor.value = null
      error.value = errorMessage(e)
    } finally {
      if (gen === generation) loading.value = false
    }
  }

  async function loadMore() {
    if (!nextCursor.value || loadingMore.value) return
    const gen = generation
    loadingMore.value = true
    try {
      const res = await searchApi.search({ ...filters.value, limit: PAGE_SIZE, cursor: nextCursor.value }, { silent: true })
      if (gen !== generation) return
      const seen = new Set(hits.value.map((h) => `${h.type}:${h.id}`))
      hits.value = [...hits.value, ...res.hits.filter((h) => !seen.has(`${h.type}:${h.id}`))]
      nextCursor.value = res.next_cursor
    } catch (e) {
      if (gen === generation) error.value = errorMessage(e)
    } finally {
      if (gen === generation) loadingMore.value = false
    }
  }

  function go(f: SearchFilters) {
    const query = filtersToQuery(f)
    const same = JSON.stringify(query) === JSON.stringify(filtersToQuery(filters.value))
    if (same && route.name === 'Search') void load()
    else void router.push({ name: 'Search', query })
  }

  watch(
    () => route.query,
    () => {
      if (route.name === 'Search') void load()
    },
    { immediate: true },
  )

  return {
    filters,
    hits,
    facets,
    concepts,
    relaxed,
    total,
    nextCursor,
    loading,
    loadingMore,
    error,
    reload: load,
    loadMore,
    submit: (q: string) => go({ ...filters.value, q }),
    toggle: (facet: FacetName, value: string) => go(toggleFacet(filters.value, facet, value)),
    clearFilters: () => go({ q: filters.value.q, type: '', kind: '', country: '', sector: '', sdg: null }),
  }
}
