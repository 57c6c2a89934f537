// The partner directory's list: filters and sort mirrored in the URL query,
// read page by page with cursors.
import { reactive, watch } from 'vue'
import { useRoute, useRouter, type LocationQuery } from 'vue-router'
import { organisationsApi } from '@/api/organisations'
import type { OrgSort } from '@/api/types'
import { useCursorList } from '@/composables/useCursorList'

export interface DirectoryFilters {
  q: string
  kind: string
  country: string
  sector: string
  sdg: number | null
  archived: boolean
  sort: OrgSort
}

const SORTS: OrgSort[] = ['name', '-name', 'created_at', '-created_at', 'updated_at', '-updated_at']
const PAGE_SIZE = 20

function str(v: LocationQuery[string]): string {
  return typeof v === 'string' ? v : ''
}

export function filtersFromQuery(q: LocationQuery): DirectoryFilters {
  const sdg = Number(str(q.sdg))
  const sort = str(q.sort) as OrgSort
  return {
    q: str(q.q),
    kind: str(q.kind),
    country: str(q.country),
    sector: str(q.sector),
    sdg: Number.isInteger(sdg) && sdg >= 1 && sdg <= 17 ? sdg : null,
    archived: str(q.archived) === 'true',
    sort: SORTS.includes(sort) ? sort : 'name',
  }
}

export function filtersToQuery(f: DirectoryFilters): Record<string, string> {
  const out: Record<string, string> = {}
  if (f.q.trim()) out.q = f.q.trim()
  if (f.kind) out.kind = f.kind
  if (f.country) out.country = f.country
  if (f.sector) out.sector = f.sector
  if (f.sdg) out.sdg = String(f.sdg)
  if (f.archived) out.archived = 'true'
  if (f.sort !== 'name') out.sort = f.sort
  return out
}

export function useDirectory() {
  const route = useRoute()
  const router = useRouter()
  const filters = reactive<DirectoryFilters>(filtersFromQuery(route.query))

  const list = useCursorList((cursor) =>
    organisationsApi.list({
      q: filters.q.trim() || undefined,
      kind: filters.kind || undefined,
      country: filters.country || undefined,
      sector: filters.sector || undefined,
      sdg: filters.sdg ?? undefined,
      archived: filters.archived || undefined,
      sort: filters.sort,
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

  function setSort(sort: OrgSort) {
    filters.sort = sort
    search()
  }

  watch(
    () => route.query,
    (q) => {
      if (route.name !== 'OrganisationList') return
      Object.assign(filters, filtersFromQuery(q))
      void list.reload()
    },
    { immediate: true },
  )

  return { filters, list, search, reset, setSort }
}
