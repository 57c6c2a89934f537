// The marketplace list: filters mirrored in the URL query, read page by page with cursors.
import { reactive, watch } from 'vue'
import { useRoute, useRouter, type LocationQuery } from 'vue-router'
import { opportunitiesApi } from '@/api/opportunities'
import { OPPORTUNITY_KINDS, OPPORTUNITY_STATUSES } from '@/api/types'
import { useCursorList } from '@/composables/useCursorList'

export interface OpportunityFilters {
  q: string
  kind: string
  status: string
  country: string
  sector: string
  sdg: number | null
  organisation_id: number | null
}

export const PAGE_SIZE = 12

function str(v: LocationQuery[string]): string {
  return typeof v === 'string' ? v : ''
}

export function filtersFromQuery(q: LocationQuery): OpportunityFilters {
  const sdg = Number(str(q.sdg))
  const org = Number(str(q.organisation_id))
  const kind = str(q.kind)
  const status = str(q.status)
  return {
    q: str(q.q),
    kind: (OPPORTUNITY_KINDS as readonly string[]).includes(kind) ? kind : '',
    status: (OPPORTUNITY_STATUSES as readonly string[]).includes(status) ? status : '',
    country: /^[A-Z]{2}$/.test(str(q.country)) ? str(q.country) : '',
    sector: /^[A-Z0-9]{1,8}$/.test(str(q.sector)) ? str(q.sector) : '',
    sdg: Number.isInteger(sdg) && sdg >= 1 && sdg <= 17 ? sdg : null,
    organisation_id: Number.isInteger(org) && org > 0 ? org : null,
  }
}

export function filtersToQuery(f: OpportunityFilters): Record<string, string> {
  const out: Record<string, string> = {}
  if (f.q.trim()) out.q = f.q.trim()
  if (f.kind) out.kind = f.kind
  if (f.status) out.status = f.status
  if (f.country) out.country = f.country
  if (f.sector) out.sector = f.sector
  if (f.sdg) out.sdg = String(f.sdg)
  if (f.organisation_id) out.organisation_id = String(f.organisation_id)
  return out
}

export function useOpportunityList() {
  const route = useRoute()
  const router = useRouter()
  const filters = reactive<OpportunityFilters>(filtersFromQuery(route.query))

  const list = useCursorList((cursor) =>
    opportunitiesApi.list({
      q: filters.q.trim() || undefined,
      kind: filters.kind || undefined,
      status: filters.status || undefined,
      country: filters.country || undefined,
      sector: filters.sector || undefined,
      sdg: filters.sdg ?? undefined,
      organisation_id: filters.organisation_id ?? undefined,
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
      if (route.name !== 'OpportunityList') return
      Object.assign(filters, filtersFromQuery(q))
      void list.reload()
    },
    { immediate: true },
  )

  return { filters, list, search, reset }
}
