// SDG suggestions for a text: debounced POST /api/sdg/tag, a newer text aborts the
// request in flight, stale answers are dropped, failures stay quiet (suggestions are optional).
import { onBeforeUnmount, ref, shallowRef, watch } from 'vue'
import { sdgApi } from '@/api/sdg'
import type { SdgSuggestion } from '@/api/types'

export function useSdgSuggestions(source: () => string, opts: { delay?: number } = {}) {
  const delay = opts.delay ?? 600
  const suggestions = shallowRef<SdgSuggestion[]>([])
  const loading = ref(false)
  const error = ref(false)
  /** The text the current suggestions answer ("" before the first answer). */
  const answered = ref('')
  let timer: ReturnType<typeof setTimeout> | undefined
  let controller: AbortController | null = null

  function cancel() {
    clearTimeout(timer)
    controller?.abort()
    controller = null
  }

  async function run(text: string) {
    const mine = new AbortController()
    controller = mine
    try {
      const res = await sdgApi.tag(text, { signal: mine.signal, silent: true })
      if (controller !== mine) return
      suggestions.value = res.sdgs
      error.value = false
    } catch {
      if (controller !== mine) return
      suggestions.value = []
      error.value = true
    }
    answered.value = text
    loading.value = false
    controller = null
  }

  watch(
    () => source().trim(),
    (text) => {
      if (text === answered.value && !loading.value) return
      cancel()
      if (!text) {
        suggestions.value = []
        answered.value = ''
        error.value = false
        loading.value = false
        return
      }
      loading.value = true
      timer = setTimeout(() => void run(text), delay)
    },
    { immediate: true },
  )

  onBeforeUnmount(cancel)

  return { suggestions, loading, error, answered }
}
