import { describe, expect, it } from 'vitest'
import type { Page } from '@/api/types'
import { useCursorList } from '../useCursorList'

// Three pages of letters behind opaque cursors.
const pages: Record<string, Page<string>> = {
  start: { items: ['a', 'b'], next_cursor: 'c2' },
  c2: { items: ['c', 'd'], next_cursor: 'c3' },
  c3: { items: ['e'], next_cursor: null },
}

describe('useCursorList', () => {
  it('walks forward with next_cursor and back through the cursors seen', async () => {
    const asked: (string | null)[] = []
    const list = useCursorList(async (cursor) => {
      asked.push(cursor)
      return pages[cursor ?? 'start']
    })
    await list.reload()
    expect(list.items.value).toEqual(['a', 'b'])
    expect(list.hasPrev.value).toBe(false)
    await list.next()
    await list.next()
    expect(list.items.value).toEqual(['e'])
    expect(list.pageIndex.value).toBe(2)
    expect(list.hasNext.value).toBe(false)
    await list.prev()
    expect(list.items.value).toEqual(['c', 'd'])
    expect(list.hasNext.value).toBe(true)
    await list.reload()
    expect(list.pageIndex.value).toBe(0)
    expect(asked).toEqual([null, 'c2', 'c3', 'c2', null])
  })

  it('keeps the user on the page and flags an error when loading fails', async () => {
    let fail = false
    const list = useCursorList(async (cursor) => {
      if (fail) throw new Error('boom')
      return pages[cursor ?? 'start']
    })
    await list.reload()
    fail = true
    await list.refresh()
    expect(list.error.value).toBe(true)
    expect(list.items.value).toEqual(['a', 'b'])
    expect(list.loading.value).toBe(false)
  })
})
