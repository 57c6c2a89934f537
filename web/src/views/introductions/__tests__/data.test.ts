import { describe, expect, it } from 'vitest'
import type { IntroductionStatus } from '@/api/types'
import { introductionActions, stepsOf } from '../data'
import { intro } from './fixtures'

const staff = { role: 'staff' as const, organisationId: null }
const fromPartner = { role: 'partner' as const, organisationId: 12 }
const toPartner = { role: 'partner' as const, organisationId: 21 }
const stranger = { role: 'partner' as const, organisationId: 99 }
const at = (status: IntroductionStatus) => intro({ status })

describe('the moves the inbox offers', () => {
  it('lets staff make every move of the workflow from where it stands', () => {
    expect(introductionActions(at('interest'), staff)).toEqual(['request', 'withdraw'])
    expect(introductionActions(at('requested'), staff)).toEqual(['accept', 'decline', 'withdraw'])
    expect(introductionActions(at('accepted'), staff)).toEqual(['meet', 'withdraw'])
    expect(introductionActions(at('met'), staff)).toEqual(['conclude'])
    for (const end of ['declined', 'concluded', 'withdrawn'] as const) expect(introductionActions(at(end), staff)).toEqual([])
  })

  it('lets the interested side request and withdraw, and the other side accept or decline', () => {
    expect(introductionActions(at('interest'), fromPartner)).toEqual(['request', 'withdraw'])
    expect(introductionActions(at('interest'), toPartner)).toEqual([])
    expect(introductionActions(at('requested'), fromPartner)).toEqual(['withdraw'])
    expect(introductionActions(at('requested'), toPartner)).toEqual(['accept', 'decline'])
  })

  it('lets either side record the meeting and the outcome, and nobody else', () => {
    expect(introductionActions(at('accepted'), toPartner)).toEqual(['meet'])
    expect(introductionActions(at('accepted'), fromPartner)).toEqual(['meet', 'withdraw'])
    expect(introductionActions(at('met'), toPartner)).toEqual(['conclude'])
    expect(introductionActions(at('met'), stranger)).toEqual([])
    expect(introductionActions(at('requested'), { role: 'public', organisationId: null })).toEqual([])
  })
})

describe('the steps drawn', () => {
  it('follows the main path, the current step in progress', () => {
    expect(stepsOf(at('accepted')).map((s) => `${s.status}:${s.state}`)).toEqual([
      'interest:finish', 'requested:finish', 'accepted:process', 'met:wait', 'concluded:wait',
    ])
    expect(stepsOf(at('concluded')).at(-1)?.state).toBe('success')
  })

  it('ends a declined or withdrawn one where it stopped, in red', () => {
    const declined = intro({ status: 'declined', steps: [...intro().steps, { status: 'declined', at: '', actor: '', message: { zh: '', en: 'no budget' } }] })
    expect(stepsOf(declined).map((s) => `${s.status}:${s.state}`)).toEqual(['interest:finish', 'requested:finish', 'declined:error'])
    const withdrawn = intro({ status: 'withdrawn', steps: [intro().steps[0]] })
    expect(stepsOf(withdrawn).map((s) => `${s.status}:${s.state}`)).toEqual(['interest:finish', 'withdrawn:error'])
  })
})
