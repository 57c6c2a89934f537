import { describe, expect, it } from 'vitest'
import {
  allowedDrops,
  actionOverdue,
  canDrop,
  cleanProjectInput,
  emptyFilters,
  emptyProject,
  filtersFromQuery,
  filtersToApi,
  filtersToQuery,
  isOverdue,
  moveBody,
  moveCard,
  projectToInput,
} from '../data'
import { board, project } from './fixtures'

describe('project list filters', () => {
  it('read from the URL, keeping only valid values', () => {
    expect(filtersFromQuery({ stage: 'negotiating', sdg: '11', sector: '75', organisation_id: '5', owner: '2', overdue_action: 'true', sort: 'due', q: 'UNDP', district: '龙华' })).toEqual({
      q: 'UNDP', stage: 'negotiating', district: '龙华', sdg: 11, sector: '75', organisation_id: 5, owner: 2, overdue_action: true, sort: 'due',
    })
    expect(filtersFromQuery({ stage: 'won', sdg: '18', organisation_id: '-1', owner: 'x', overdue_action: '1', sort: 'name' })).toEqual(emptyFilters())
  })

  it('go to the URL without their defaults, and back unchanged', () => {
    const f = { ...emptyFilters(), q: ' UNDP ', stage: 'implementing' as const, sdg: 17, overdue_action: true, sort: 'value' as const }
    const q = filtersToQuery(f)
    expect(q).toEqual({ q: 'UNDP', stage: 'implementing', sdg: '17', overdue_action: 'true', sort: 'value' })
    expect(filtersFromQuery(q)).toEqual({ ...f, q: 'UNDP' })
    expect(filtersToQuery(emptyFilters())).toEqual({})
  })

  it('become the API query: the list with stage and sort, the board without', () => {
    const f = { ...emptyFilters(), q: 'Barcelona', stage: 'reserve' as const, district: ' 坪山 ', organisation_id: 4, owner: 2, overdue_action: true, sort: 'due' as const }
    expect(filtersToApi(f)).toEqual({
      q: 'Barcelona', stage: 'reserve', district: '坪山', sdg: undefined, sector: undefined, organisation_id: 4, owner: 2, overdue_action: true, sort: 'due',
    })
    const b = filtersToApi(f, true)
    expect(b).not.toHaveProperty('stage')
    expect(b).not.toHaveProperty('sort')
    expect(b).toMatchObject({ q: 'Barcelona', organisation_id: 4, overdue_action: true })
    expect(filtersToApi(emptyFilters())).toMatchObject({ overdue_action: undefined, sort: undefined, stage: undefined })
  })
})

describe('the board', () => {
  it('allows a drop only onto the stages of its column\'s moves', () => {
    const cols = board()
    expect(allowedDrops(cols, 'reserve')).toEqual(['negotiating', 'dropped'])
    expect(canDrop(cols, 'reserve', 'negotiating')).toBe(true)
    expect(canDrop(cols, 'reserve', 'dropped')).toBe(true)
    expect(canDrop(cols, 'reserve', 'implementing')).toBe(false)
    expect(canDrop(cols, 'reserve', 'agreement_signed')).toBe(false)
    expect(canDrop(cols, 'reserve', 'reserve')).toBe(false)
    expect(canDrop(cols, 'negotiating', 'reserve')).toBe(true)
    expect(canDrop(cols, 'completed', 'dropped')).toBe(false)
    expect(canDrop(cols, 'dropped', 'reserve')).toBe(true)
  })

  it('allows nothing where the server offers no moves (a partner\'s board)', () => {
    const cols = board().map((c) => ({ ...c, moves: [] }))
    expect(canDrop(cols, 'reserve', 'negotiating')).toBe(false)
  })

  it('moves a card between columns, counts following, without touching the original', () => {
    const cols = board()
    const moved = moveCard(cols, 3, 'reserve', 'negotiating')
    expect(moved.find((c) => c.stage === 'reserve')?.projects.map((p) => p.id)).toEqual([5])
    expect(moved.find((c) => c.stage === 'reserve')?.count).toBe(1)
    expect(moved.find((c) => c.stage === 'negotiating')?.projects.map((p) => p.id)).toEqual([3, 2])
    expect(moved.find((c) => c.stage === 'negotiating')?.count).toBe(2)
    expect(cols[0].projects).toHaveLength(2)
    expect(moveCard(cols, 99, 'reserve', 'negotiating')).toBe(cols)
  })

  it('sends the reason to drop, a note otherwise, nothing when empty', () => {
    expect(moveBody('dropped', { zh: ' 预算取消 ', en: '' }, 3)).toEqual({ to: 'dropped', version: 3, reason: { zh: '预算取消', en: '' } })
    expect(moveBody('negotiating', { zh: '', en: 'talks start' })).toEqual({ to: 'negotiating', note: { zh: '', en: 'talks start' } })
    expect(moveBody('negotiating', { zh: ' ', en: '' }, 1)).toEqual({ to: 'negotiating', version: 1 })
  })

  it('marks a next action overdue before today, only while the project is open', () => {
    const today = new Date(2026, 11, 6)
    expect(isOverdue('2026-12-05', today)).toBe(true)
    expect(isOverdue('2026-12-06', today)).toBe(false)
    expect(isOverdue(null, today)).toBe(false)
    expect(actionOverdue({ next_action_due: '2026-01-01', stage: 'negotiating' }, today)).toBe(true)
    expect(actionOverdue({ next_action_due: '2026-01-01', stage: 'completed' }, today)).toBe(false)
  })
})

describe('the project form', () => {
  it('sends the stage and first note on create, leaves out parties without an organisation', () => {
    const f = emptyProject()
    f.title = { zh: ' 坪山 ', en: '' }
    f.parties = [{ organisation_id: 4, role: 'lead' }, { organisation_id: null, role: 'partner' }]
    f.note = { zh: '储备', en: '' }
    f.next_action_due = ''
    const body = cleanProjectInput(f, true)
    expect(body).toMatchObject({ title: { zh: '坪山', en: '' }, parties: [{ organisation_id: 4, role: 'lead' }], stage: 'reserve', note: { zh: '储备', en: '' }, next_action_due: null })
  })

  it('sends neither stage nor note on edit', () => {
    const body = cleanProjectInput(projectToInput(project()), false)
    expect(body).not.toHaveProperty('stage')
    expect(body).not.toHaveProperty('note')
    expect(body).toMatchObject({ parties: [{ organisation_id: 4, role: 'lead' }], estimated_value_cny: 12000000, sdgs: [7, 11] })
  })
})
