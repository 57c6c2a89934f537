// The solutions library's list: filters mirrored in the URL query, read page by page with cursors.
import { reactive, watch } from 'vue'
import { useRoute, useRouter, type LocationQuery } from 'vue-router'
import { solutionsApi } from '@/api/solutions'
import { useCursorList } from '@/composables/useCursorList'

export interface SolutionFilters {
  q: string
  sector: string
  sdg: number | null
  organisation_id: number | null
  archived: boolean
}

export const PAGE_SIZE = 12

function str(v: LocationQuery[string]): string {
  return typeof v === 'string' ? v : ''
}

export function filtersFromQuery(q: LocationQuery): SolutionFilters {
  const sdg = Number(str(q.sdg))
  const org = Number(str(q.organisation_id))
  return {
    q: str(q.q),
    sector: /^[A-Z0-9]{1,8}$/.test(str(q.sector)) ? str(q.sector) : '',
    sdg: Number.isInteger(sdg) && sdg >= 1 && sdg <= 17 ? sdg : null,
    organisation_id: Number.isInteger(org) && org > 0 ? org : null,
    archived: str(q.archived) === 'true',
  }
}

export function filtersToQuery(f: SolutionFilters): Record<string, string> {
  const out: Record<string, string> = {}
  if (f.q.trim()) out.q = f.q.trim()
  if (f.sector) out.sector = f.sector
  if (f.sdg) out.sdg = String(f.sdg)
  if (f.organisation_id) out.organisation_id = String(f.organisation_id)
  if (f.archived) out.archived = 'true'
  return out
}

export function useSolutionList() {
  const route = useRoute()
  const router = useRouter()
  const filters = reactive<SolutionFilters>(filtersFromQuery(route.query))

  const list = useCursorList((cursor) =>
    solutionsApi.list({
      q: filters.q.trim() || undefined,
      sector: filters.sector || undefined,
      sdg: filters.sdg ?? undefined,
      organisation_id: filters.organisation_id ?? undefined,
      archived: filters.archived || undefined,
      limit: PAGE_SIZE,
      cursor,
    }),
  )

  /** Apply the filters: into the URL, then back to the first page. */
  function search() {
    void router.replace({ query: filtersToQuery(filters) })
  }

  function reset() {
    Object.assign(filters, filtersFromQuery({}))
    search()
  }

  watch(
    () => route.query,
    (q) => {
      if (route.name !== 'SolutionList') return
      Object.assign(filters, filtersFromQuery(q))
      void list.reload()
    },
    { immediate: true },
  )

  return { filters, list, search, reset }
}
