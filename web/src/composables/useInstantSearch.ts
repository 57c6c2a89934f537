// Type-ahead search: the last word is a prefix, requests are debounced, a newer
// keystroke aborts the request in flight, and stale answers are dropped.
import { onBeforeUnmount, ref, shallowRef, watch } from 'vue'
import { searchApi } from '@/api/search'
import type { SearchHit } from '@/api/types'

export function useInstantSearch(opts: { delay?: number; limit?: number } = {}) {
  const delay = opts.delay ?? 200
  const limit = opts.limit ?? 8
  const query = ref('')
  const hits = shallowRef<SearchHit[]>([])
  const total = ref(0)
  const loading = ref(false)
  const error = ref(false)
  /** The query the current hits answer ("" before the first answer). */
  const answered = ref('')
  let timer: ReturnType<typeof setTimeout> | undefined
  let controller: AbortController | null = null

  function cancel() {
    clearTimeout(timer)
    controller?.abort()
    controller = null
  }

  async function run(q: string) {
    const mine = new AbortController()
    controller = mine
    try {
      const res = await searchApi.search({ q, partial: true, limit }, { signal: mine.signal, silent: true })
      if (controller !== mine) return
      hits.value = res.hits
      total.value = res.total
      error.value = false
    } catch {
      if (controller !== mine) return
      hits.value = []
      total.value = 0
      error.value = true
    }
    answered.value = q
    loading.value = false
    controller = null
  }

  watch(query, (value) => {
    cancel()
    const q = value.trim()
    if (!q) {
      hits.value = []
      total.value = 0
      answered.value = ''
      error.value = false
      loading.value = false
      return
    }
    loading.value = true
    timer = setTimeout(() => void run(q), delay)
  })

  onBeforeUnmount(cancel)

  return { query, hits, total, loading, error, answered }
}
