import { describe, expect, it } from 'vitest'
import { SEARCH_TYPES, type SearchHit } from '@/api/types'
import { routes } from '@/router/routes'
import { hitLocation } from '../links'
import { typeTag } from '../typeTag'
import { filtersFromQuery, filtersToQuery, toggleFacet } from '../useSearch'
import { agreement, opportunity, person, project } from './fixtures'

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

  it('keeps the opportunity, project and agreement types of a shared link', () => {
    for (const type of ['opportunity', 'project', 'agreement'] as const) {
      expect(filtersFromQuery({ q: 'pilot', type }).type).toBe(type)
      expect(filtersToQuery(toggleFacet(filtersFromQuery({ q: 'pilot' }), 'type', type))).toEqual({ q: 'pilot', type })
    }
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

describe('where the newer kinds of hit lead', () => {
  it('opens the opportunity, project and agreement pages, whoever asks', () => {
    for (const role of ['public', 'partner', 'staff', 'admin'] as const) {
      expect(hitLocation(opportunity, role)).toEqual({ name: 'OpportunityDetail', params: { id: 12 } })
      expect(hitLocation(project, role)).toEqual({ name: 'ProjectDetail', params: { id: 9 } })
      expect(hitLocation(agreement, role)).toEqual({ name: 'AgreementDetail', params: { id: 4 } })
    }
  })

  it('every type leads to a route the app has, taking the id it expects', () => {
    const named = new Map<string, string>()
    const walk = (list: typeof routes, base = '') =>
      list.forEach((r) => {
        const path = r.path.startsWith('/') ? r.path : `${base.replace(/\/$/, '')}/${r.path}`
        if (typeof r.name === 'string') named.set(r.name, path)
        if (r.children) walk(r.children, path)
      })
    walk(routes)
    for (const type of SEARCH_TYPES) {
      const hit: SearchHit = { ...project, type }
      for (const role of ['public', 'staff'] as const) {
        const to = hitLocation(hit, role, 'en') as { name: string; params?: Record<string, unknown> }
        expect(named.has(to.name), `${type} → ${to.name}`).toBe(true)
        if (to.params) expect(named.get(to.name), `${type} → ${to.name}`).toContain(':id(')
      }
    }
  })

  it('a type the app does not know yet searches for the hit instead of leading nowhere', () => {
    const future = { ...project, type: 'event' } as unknown as SearchHit
    expect(hitLocation(future, 'staff', 'en')).toEqual({ name: 'Search', query: { q: 'Pingshan–Barcelona smart mobility pilot' } })
  })

  it('gives every type an Element Plus tag colour, no two neighbouring groups alike', () => {
    const colours = SEARCH_TYPES.map(typeTag)
    for (const c of colours) expect(['primary', 'success', 'warning', 'danger', 'info']).toContain(c)
    colours.slice(1).forEach((c, i) => expect(c, SEARCH_TYPES[i + 1]).not.toBe(colours[i]))
    expect([typeTag('person'), typeTag('interaction'), typeTag('solution')]).toEqual(['success', 'warning', 'danger'])
  })
})
