// The events list: upcoming (ending after now, soonest first) or past (started before now,
// latest first), by type, series and keyword; the query string keeps the choice.
import { reactive, shallowRef } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { eventsApi, seriesApi } from '@/api/events'
import type { EventSeries, EventType } from '@/api/types'
import { useCursorList } from '@/composables/useCursorList'

export type EventTab = 'upcoming' | 'past'

export interface EventFilters {
  tab: EventTab
  q: string
  type: EventType | ''
  series_id: number | null
}

export function useEventList() {
  const route = useRoute()
  const router = useRouter()
  const str = (v: unknown) => (typeof v === 'string' ? v : '')
  const filters = reactive<EventFilters>({
    tab: str(route.query.tab) === 'past' ? 'past' : 'upcoming',
    q: str(route.query.q),
    type: str(route.query.type) as EventType | '',
    series_id: Number(str(route.query.series_id)) || null,
  })
  const series = shallowRef<EventSeries[]>([])

  const list = useCursorList((cursor) => {
    const now = new Date().toISOString()
    const upcoming = filters.tab === 'upcoming'
    return eventsApi.list({
      q: filters.q.trim() || undefined,
      type: filters.type || undefined,
      series_id: filters.series_id ?? undefined,
      from: upcoming ? now : undefined,
      to: upcoming ? undefined : now,
      order: upcoming ? 'upcoming' : 'latest',
      limit: 12,
      cursor,
    })
  })

  function search() {
    const query: Record<string, string> = {}
    if (filters.tab === 'past') query.tab = 'past'
    if (filters.q.trim()) query.q = filters.q.trim()
    if (filters.type) query.type = filters.type
    if (filters.series_id) query.series_id = String(filters.series_id)
    void router.replace({ query })
    return list.reload()
  }

  async function loadSeries() {
    try {
      series.value = (await seriesApi.list({ silent: true })).items.filter((s) => !s.archived)
    } catch {
      series.value = []
    }
  }

  return { filters, list, series, search, loadSeries }
}
