// A server list read page by page with opaque cursors: next follows
// next_cursor, previous goes back through the cursors already seen.
import { computed, ref, shallowRef } from 'vue'
import type { Page } from '@/api/types'

export function useCursorList<T>(fetchPage: (cursor: string | null) => Promise<Page<T>>) {
  const items = shallowRef<T[]>([])
  const loading = ref(false)
  const error = ref(false)
  /** cursors[i] is the cursor that loaded page i (null for the first). */
  const cursors = ref<(string | null)[]>([null])
  const nextCursor = ref<string | null>(null)
  let generation = 0

  async function load(index: number) {
    const gen = ++generation
    loading.value = true
    error.value = false
    try {
      const page = await fetchPage(cursors.value[index] ?? null)
      if (gen !== generation) return
      items.value = page.items
      nextCursor.value = page.next_cursor
      cursors.value = cursors.value.slice(0, index + 1)
    } catch {
      if (gen === generation) error.value = true
    } finally {
      if (gen === generation) loading.value = false
    }
  }

  const pageIndex = computed(() => cursors.value.length - 1)
  const hasNext = computed(() => nextCursor.value !== null)
  const hasPrev = computed(() => cursors.value.length > 1)

  return {
    items,
    loading,
    error,
    pageIndex,
    hasNext,
    hasPrev,
    /** Start again from the first page (after a filter or sort change). */
    reload: () => {
      cursors.value = [null]
      return load(0)
    },
    refresh: () => load(pageIndex.value),
    next: () => {
      if (nextCursor.value === null) return Promise.resolve()
      cursors.value = [...cursors.value, nextCursor.value]
      return load(cursors.value.length - 1)
    },
    prev: () => (cursors.value.length > 1 ? load(cursors.value.length - 2) : Promise.resolve()),
  }
}
