import { afterEach, describe, expect, it, vi } from 'vitest'
import { stubFetch } from '@/__tests__/helpers'
import { resetHttpConfig } from '../http'
import { searchApi, searchParams } from '../search'

const empty = { hits: [], facets: { type: [], kind: [], country: [], sector: [], sdg: [], exact: true }, concepts: [], relaxed: false, total: 0, next_cursor: null }

describe('search API client', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    resetHttpConfig()
  })

  it('sends the query and every filter, and partial=true for type-ahead', async () => {
    const { calls } = stubFetch({ 'GET /api/search': { body: empty } })
    await searchApi.search({ q: ' 新能源汽车 ', type: 'organisation', kind: 'government', country: 'ES', sector: '92', sdg: 11, partial: true, limit: 8, cursor: 'abc' })
    const url = calls[0].url
    expect(url.pathname).toBe('/api/search')
    expect(Object.fromEntries(url.searchParams)).toEqual({
      q: '新能源汽车', type: 'organisation', kind: 'government', country: 'ES', sector: '92', sdg: '11', partial: 'true', limit: '8', cursor: 'abc',
    })
  })

  it('leaves out empty filters, a null cursor and partial=false', () => {
    expect(searchParams({ q: '  ', type: '', kind: '', country: '', sector: '', sdg: null, partial: false, cursor: null })).toEqual({
      q: undefined, type: undefined, kind: undefined, country: undefined, sector: undefined, sdg: undefined, partial: undefined, limit: undefined, cursor: undefined,
    })
  })

  it('builds the exact URL, the Chinese query percent-encoded', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify(empty), { headers: { 'Content-Type': 'application/json' } }))
    vi.stubGlobal('fetch', fetchMock)
    const res = await searchApi.search({ q: '新能源汽车', partial: true, limit: 8 })
    expect(res.total).toBe(0)
    expect(String((fetchMock.mock.calls[0] as unknown[])[0])).toBe('/api/search?q=%E6%96%B0%E8%83%BD%E6%BA%90%E6%B1%BD%E8%BD%A6&partial=true&limit=8')
  })
})
