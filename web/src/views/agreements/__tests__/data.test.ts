import { describe, expect, it } from 'vitest'
import { agreementToInput, cleanAgreementInput, emptyAgreement, emptyFilters, filtersFromQuery, filtersToApi, filtersToQuery } from '../data'
import { mou } from './fixtures'

describe('agreement filters', () => {
  it('read from the URL, keeping only valid values', () => {
    expect(filtersFromQuery({ kind: 'mou', status: 'expiring', organisation_id: '16', project_id: '1', signed_from: '2023-01-01', signed_to: '2023-12-31' })).toEqual({
      kind: 'mou', status: 'expiring', organisation_id: 16, project_id: 1, signed_from: '2023-01-01', signed_to: '2023-12-31',
    })
    expect(filtersFromQuery({ kind: 'treaty', status: 'old', organisation_id: '0', signed_from: 'June' })).toEqual(emptyFilters())
  })

  it('go to the URL and to the API without the empty ones', () => {
    const f = { ...emptyFilters(), kind: 'letter_of_intent' as const, signed_from: '2024-01-01' }
    expect(filtersToQuery(f)).toEqual({ kind: 'letter_of_intent', signed_from: '2024-01-01' })
    expect(filtersToApi(f)).toEqual({ kind: 'letter_of_intent', status: undefined, organisation_id: undefined, project_id: undefined, signed_from: '2024-01-01', signed_to: undefined })
    expect(filtersToQuery(emptyFilters())).toEqual({})
  })
})

describe('the agreement form', () => {
  it('starts with two parties and the project it was opened from', () => {
    const f = emptyAgreement(7)
    expect(f.parties).toHaveLength(2)
    expect(f.project_id).toBe(7)
  })

  it('leaves out an unchosen kind and signing date, trims the texts', () => {
    const f = emptyAgreement()
    f.title = { zh: ' 备忘录 ', en: '' }
    f.expires_on = ''
    const body = cleanAgreementInput(f)
    expect(body).not.toHaveProperty('kind')
    expect(body).not.toHaveProperty('signed_on')
    expect(body).toMatchObject({ title: { zh: '备忘录', en: '' }, expires_on: null })
  })

  it('round-trips a stored agreement', () => {
    const body = cleanAgreementInput(agreementToInput(mou({ expires_on: '2028-06-10', renewal_notice_days: 90 })))
    expect(body).toMatchObject({ kind: 'mou', signed_on: '2023-06-10', expires_on: '2028-06-10', renewal_notice_days: 90, event_id: 1 })
    expect(body.parties?.map((p) => p.organisation_id)).toEqual([26, 16])
  })
})
