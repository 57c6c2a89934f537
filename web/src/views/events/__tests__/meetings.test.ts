import { describe, expect, it } from 'vitest'
import type { Meeting, MeetingRequest, Participant } from '@/api/types'
import { meetingsToInput, emptyEventForm } from '../data'
import { askable, gridRows, moveConflict, otherSide, slotTimes, splitRequests } from '../meetings'

const person = (id: number): Participant => ({ registration_id: id, name: { zh: '', en: `P${id}` }, organisation: `Org ${id}`, country: 'DE' })
const request = (id: number, from: number, to: number, status: MeetingRequest['status'] = 'accepted'): MeetingRequest => ({
  id, from: person(from), to: person(to), priority: 3, message: '', status, created_at: '', updated_at: '',
})
const meeting = (id: number, slot: number, table: number, from: number, to: number, fixed = false): Meeting => ({
  id, slot, table, fixed, starts_at: '', ends_at: '', request: request(id, from, to),
})

describe('B2B slot times', () => {
  it('runs slot i from start_at + i × minutes, read in the event\'s zone', () => {
    const slots = slotTimes({ slots: 3, minutes: 20, start_at: '2099-03-18T01:30:00Z' }, 'Asia/Shanghai')
    expect(slots.map((s) => s.label)).toEqual(['09:30–09:50', '09:50–10:10', '10:10–10:30'])
    expect(slots[1].starts_at).toBe('2099-03-18T01:50:00.000Z')
    expect(slots[0].date).toBe('2099-03-18')
    // The same instants in another zone, across its midnight.
    expect(slotTimes({ slots: 2, minutes: 30, start_at: '2099-03-18T03:45:00Z' }, 'America/New_York').map((s) => [s.date, s.label])).toEqual([
      ['2099-03-17', '23:45–00:15'],
      ['2099-03-18', '00:15–00:45'],
    ])
  })

  it('gives no slots for a missing start or none asked', () => {
    expect(slotTimes({ slots: 4, minutes: 20, start_at: '' }, 'UTC')).toEqual([])
    expect(slotTimes({ slots: 0, minutes: 20, start_at: '2099-03-18T01:30:00Z' }, 'UTC')).toEqual([])
  })
})

describe('B2B requests', () => {
  it('splits sent from received, names the other side, and offers only those not yet asked either way', () => {
    const items = [request(1, 1, 2, 'requested'), request(2, 3, 1)]
    const { sent, received } = splitRequests(items, 1)
    expect(sent.map((r) => r.id)).toEqual([1])
    expect(received.map((r) => r.id)).toEqual([2])
    expect(otherSide(items[1], 1).registration_id).toBe(3)
    expect(askable([1, 2, 3, 4].map(person), items, 1).map((p) => p.registration_id)).toEqual([4])
  })
})

describe('the meeting grid', () => {
  const meetings = [meeting(1, 0, 0, 1, 2, true), meeting(2, 0, 1, 3, 4), meeting(3, 1, 0, 1, 3)]

  it('has a row per slot and a cell per table, with the meeting placed there', () => {
    const rows = gridRows(meetings, 3, 2)
    expect(rows).toHaveLength(3)
    expect(rows.map((r) => r.map((c) => c.meeting?.id ?? null))).toEqual([
      [1, 2],
      [3, null],
      [null, null],
    ])
    expect(rows[0][0].meeting?.fixed).toBe(true)
  })

  it('sees a taken table or a participant busy in that slot, and lets a free cell be', () => {
    expect(moveConflict(meetings, meetings[1], 1, 0)).toBe('table')
    expect(moveConflict(meetings, meetings[0], 1, 1)).toBe('participant') // P1 meets P3 then
    expect(moveConflict(meetings, meetings[1], 2, 1)).toBe(null)
    expect(moveConflict(meetings, meetings[1], 1, 1)).toBe('participant') // P3 is busy in slot 1
    expect(moveConflict(meetings, meetings[0], 0, 0)).toBe('same')
  })
})

describe('the event form\'s B2B settings', () => {
  it('sends the rounds for type b2b (start in the event\'s zone), null when empty, nothing for other types', () => {
    const f = emptyEventForm()
    f.time_zone = 'Asia/Shanghai'
    expect(meetingsToInput(f)).toEqual({})
    f.type = 'b2b'
    f.meetings = { slots: null, minutes: 20, tables: null, start_at: '' }
    expect(meetingsToInput(f)).toEqual({ meetings: null })
    f.meetings = { slots: 12, minutes: 20, tables: 20, start_at: '2027-03-18T09:30:00' }
    expect(meetingsToInput(f)).toEqual({ meetings: { slots: 12, minutes: 20, tables: 20, start_at: '2027-03-18T09:30:00+08:00' } })
  })
})
