import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/http'
import {
  attachmentErrors,
  bytesToBase64,
  caseActions,
  caseQuery,
  caseSteps,
  checkFiles,
  defaultFilters,
  errorsAt,
  filtersFromQuery,
  filtersToQuery,
  formatMinutes,
  MAX_FILE_BYTES,
  relativeTime,
  retryMinutes,
} from '../data'

describe('the staff\'s buttons from next_statuses', () => {
  const of = (status: Parameters<typeof caseActions>[0]['status'], next: Parameters<typeof caseActions>[0]['next_statuses']) =>
    caseActions({ status, next_statuses: next }).map((a) => `${a.action}:${a.to}:${a.message}${a.picksAssignee ? ':pick' : ''}`)

  it('names each move for what it does from where the case is', () => {
    expect(of('new', ['assigned', 'closed'])).toEqual(['assign:assigned:optional:pick', 'closeWithReason:closed:required'])
    expect(of('assigned', ['in_progress', 'assigned', 'closed'])).toEqual(['start:in_progress:none', 'reassign:assigned:optional:pick', 'closeWithReason:closed:required'])
    expect(of('in_progress', ['waiting_on_requester', 'resolved', 'assigned'])).toEqual(['wait:waiting_on_requester:optional', 'resolve:resolved:optional', 'reassign:assigned:optional:pick'])
    expect(of('waiting_on_requester', ['in_progress', 'resolved'])).toEqual(['resume:in_progress:none', 'resolve:resolved:optional'])
    expect(of('resolved', ['closed', 'in_progress'])).toEqual(['close:closed:optional', 'reopen:in_progress:optional'])
    expect(of('closed', ['in_progress'])).toEqual(['reopen:in_progress:optional'])
    expect(of('closed', [])).toEqual([])
  })

  it('shows only what the server offers (nothing is added from a local copy of the workflow)', () => {
    expect(of('new', [])).toEqual([])
    expect(of('in_progress', ['resolved'])).toEqual(['resolve:resolved:optional'])
  })
})

describe('the step bar', () => {
  it('goes new → assigned → in progress → resolved → closed, with waiting in the middle when it waits', () => {
    expect(caseSteps('new')).toEqual({ steps: ['new', 'assigned', 'in_progress', 'resolved', 'closed'], active: 0 })
    expect(caseSteps('waiting_on_requester')).toEqual({ steps: ['new', 'assigned', 'waiting_on_requester', 'resolved', 'closed'], active: 2 })
    expect(caseSteps('resolved').active).toBe(3)
    expect(caseSteps('closed').active).toBe(5)
  })
})

describe('the queue\'s filters', () => {
  it('reads the URL, ignoring what it does not know', () => {
    expect(filtersFromQuery({ queue: 'overdue', team_id: '3', status: 'new,bogus,assigned', q: ' FR-2026 ', sort: 'updated', assignee_id: 'x' })).toEqual({
      queue: 'overdue', team_id: 3, service_id: null, assignee_id: null, status: ['new', 'assigned'], q: 'FR-2026', sort: 'updated',
    })
    expect(filtersFromQuery({ queue: 'nope', sort: 'nope' })).toEqual(defaultFilters())
  })

  it('writes only what differs from the defaults back to the URL, and round-trips', () => {
    expect(filtersToQuery(defaultFilters())).toEqual({})
    const f = { ...defaultFilters(), queue: 'mine' as const, service_id: 7, status: ['in_progress' as const, 'waiting_on_requester' as const], q: '  Marta ' }
    expect(filtersToQuery(f)).toEqual({ queue: 'mine', service_id: '7', status: 'in_progress,waiting_on_requester', q: 'Marta' })
    expect(filtersFromQuery(filtersToQuery(f))).toEqual({ ...f, q: 'Marta' })
  })

  it('makes the API\'s query string', () => {
    const f = { ...defaultFilters(), team_id: 3, status: ['new' as const, 'assigned' as const], q: ' 深圳 ' }
    expect(caseQuery(f, 'c1')).toEqual({ queue: 'open', team_id: 3, service_id: null, assignee_id: null, status: 'new,assigned', q: '深圳', sort: 'due', limit: 20, cursor: 'c1' })
    expect(caseQuery(defaultFilters(), null)).toMatchObject({ status: undefined, q: undefined, cursor: null })
  })
})

describe('attachments', () => {
  it('refuses more than five files, or one over 5 MiB, before sending', () => {
    const f = (name: string, size = 10) => ({ name, size })
    expect(checkFiles([f('a'), f('b')])).toBeNull()
    expect(checkFiles([f('a'), f('b'), f('c'), f('d'), f('e'), f('f')])).toEqual({ kind: 'tooMany', max: 5 })
    expect(checkFiles([f('a'), f('big.pdf', MAX_FILE_BYTES + 1)])).toEqual({ kind: 'tooLarge', name: 'big.pdf', max: 5 })
    expect(checkFiles([f('exact.pdf', MAX_FILE_BYTES)])).toBeNull()
  })

  it('encodes bytes as base64, a large file too', () => {
    expect(bytesToBase64(new TextEncoder().encode('hello'))).toBe('aGVsbG8=')
    const big = new Uint8Array(100_000).fill(65)
    expect(atob(bytesToBase64(big))).toBe('A'.repeat(100_000))
  })

  it('puts attachments[i] errors under the upload with the file\'s name', () => {
    const errors = [
      { field: 'contact.email', message: 'not an email address' },
      { field: 'attachments[1]', message: 'not an allowed type' },
      { field: 'attachments', message: 'too many' },
    ]
    expect(attachmentErrors(errors, ['a.pdf', 'evil.exe'])).toBe('evil.exe: not an allowed type; too many')
    expect(errorsAt(errors, 'contact.email')).toBe('not an email address')
    expect(errorsAt(errors, 'contact')).toBe('not an email address')
    expect(errorsAt(errors, 'description')).toBe('')
  })
})

describe('time', () => {
  it('says how many minutes to wait after a 429', () => {
    expect(retryMinutes(new ApiError(429, null, 'x', 420))).toBe(7)
    expect(retryMinutes(new ApiError(429, null, 'x', 5))).toBe(1)
    expect(retryMinutes(new ApiError(429, null, 'x'))).toBe(1)
    expect(retryMinutes(new ApiError(422, null, 'x'))).toBeNull()
  })

  it('reads due dates relative to now, and minutes as hours and minutes', () => {
    const now = Date.parse('2026-12-01T00:00:00Z')
    expect(relativeTime('2026-12-01T03:00:00Z', now, 'en')).toBe('in 3 hours')
    expect(relativeTime('2026-11-28T00:00:00Z', now, 'en')).toBe('3 days ago')
    expect(relativeTime(null, now, 'en')).toBe('')
    expect(formatMinutes(135, 'en')).toBe('2 h 15 min')
    expect(formatMinutes(120, 'zh-CN')).toBe('2 小时')
    expect(formatMinutes(5, 'zh-CN')).toBe('5 分钟')
  })
})
