import { describe, expect, it } from 'vitest'
import { cleanOpportunityInput, emptyOpportunity, opportunityMoves } from '../data'
import { filtersFromQuery, filtersToQuery } from '../useOpportunityList'

describe('opportunity workflow buttons', () => {
  const owner = { mayEdit: true, mayReopen: false }
  const staff = { mayEdit: true, mayReopen: true }
  const other = { mayEdit: false, mayReopen: false }

  it('offers the owner publish, unpublish and close, and staff also reopen', () => {
    expect(opportunityMoves('draft', owner)).toEqual(['publish'])
    expect(opportunityMoves('published', owner)).toEqual(['unpublish', 'close'])
    expect(opportunityMoves('closed', owner)).toEqual([])
    expect(opportunityMoves('expired', owner)).toEqual([])
    expect(opportunityMoves('closed', staff)).toEqual(['reopen'])
    expect(opportunityMoves('expired', staff)).toEqual(['reopen'])
    expect(opportunityMoves('published', other)).toEqual([])
  })
})

describe('opportunity form and filters', () => {
  it('trims the texts and sends no deadline as null', () => {
    const i = { ...emptyOpportunity(12), title: { zh: ' 电动公交 ', en: '' }, deadline: '' }
    expect(cleanOpportunityInput(i)).toMatchObject({ title: { zh: '电动公交', en: '' }, deadline: null, organisation_id: 12 })
    // not chosen: left out, for the server to name as required
    const staffDraft = cleanOpportunityInput(emptyOpportunity(null))
    expect(staffDraft).not.toHaveProperty('kind')
    expect(staffDraft).not.toHaveProperty('organisation_id')
  })

  it('reads the filters from the URL, dropping what is not valid', () => {
    const f = filtersFromQuery({ kind: 'technology_offer', status: 'bogus', country: 'ES', sdg: '18', sector: 'C36', q: '公交' })
    expect(f).toEqual({ q: '公交', kind: 'technology_offer', status: '', country: 'ES', sector: 'C36', sdg: null, organisation_id: null })
    expect(filtersToQuery({ ...f, sdg: 11 })).toEqual({ q: '公交', kind: 'technology_offer', country: 'ES', sector: 'C36', sdg: '11' })
  })
})
