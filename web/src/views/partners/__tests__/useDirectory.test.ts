import { describe, expect, it } from 'vitest'
import { filtersFromQuery, filtersToQuery } from '../useDirectory'

describe('directory filters in the address bar', () => {
  it('reads a shared link back into the same filters', () => {
    const f = filtersFromQuery({ q: '华为', kind: 'enterprise', country: 'CN', sector: '39', sdg: '9', archived: 'true', sort: '-created_at' })
    expect(f).toEqual({ q: '华为', kind: 'enterprise', country: 'CN', sector: '39', sdg: 9, archived: true, sort: '-created_at' })
    expect(filtersFromQuery(filtersToQuery(f))).toEqual(f)
  })

  it('ignores nonsense and keeps the default sort out of the URL', () => {
    const f = filtersFromQuery({ sdg: '42', sort: 'drop table' })
    expect(f.sdg).toBeNull()
    expect(f.sort).toBe('name')
    expect(filtersToQuery(f)).toEqual({})
  })
})
