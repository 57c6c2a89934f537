import { describe, expect, it } from 'vitest'
import { hitLocation } from '../links'
import { filtersFromQuery, filtersToQuery, toggleFacet } from '../useSearch'
import { person } from './fixtures'

describe('search filters in the address bar', () => {
  it('reads a shared link back into the same filters', () => {
    const f = filtersFromQuery({ q: '新能源汽车', type: 'organisation', kind: 'district', country: 'CN', sector: '36', sdg: '7' })
    expect(f).toEqual({ q: '新能源汽车', type: 'organisation', kind: 'district', country: 'CN', sector: '36', sdg: 7 })
    expect(filtersFromQuery(filtersToQuery(f))).toEqual(f)
  })

  it('ignores nonsense types and goals', () => {
    const f = filtersFromQuery({ type: 'spaceship', sdg: '18' })
    expect(f.type).toBe('')
    expect(f.sdg).toBeNull()
    expect(filtersToQuery(f)).toEqual({})
  })

  it('a facet click selects the value, a second click clears it', () => {
    const f = filtersFromQuery({ q: 'design' })
    const withSdg = toggleFacet(f, 'sdg', '11')
    expect(withSdg.sdg).toBe(11)
    expect(toggleFacet(withSdg, 'sdg', '11').sdg).toBeNull()
    expect(toggleFacet(withSdg, 'sdg', '9').sdg).toBe(9)
    expect(filtersToQuery(toggleFacet(f, 'country', 'ES'))).toEqual({ q: 'design', country: 'ES' })
    expect(toggleFacet(toggleFacet(f, 'type', 'person'), 'type', 'person').type).toBe('')
  })
})

describe('where a hit leads', () => {
  it('opens the organisation page, the person and interaction edit pages for staff, the lists for partners', () => {
    expect(hitLocation({ ...person, type: 'organisation', id: 7 }, 'public')).toEqual({ name: 'OrganisationDetail', params: { id: 7 } })
    expect(hitLocation(person, 'staff')).toEqual({ name: 'PersonEdit', params: { id: 3 } })
    expect(hitLocation(person, 'partner', 'en')).toEqual({ name: 'PeopleList', query: { q: 'Luo Huanghao' } })
    expect(hitLocation({ ...person, type: 'interaction', id: 4 }, 'admin')).toEqual({ name: 'InteractionEdit', params: { id: 4 } })
    expect(hitLocation({ ...person, type: 'interaction', id: 4 }, 'partner')).toEqual({ name: 'InteractionList' })
  })
})
