import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { setup } from '@/__tests__/helpers'
import type { Meeting, Participant } from '@/api/types'
import { useAppStore } from '@/stores/app'
import MeetingGrid from '../components/b2b/MeetingGrid.vue'
import { slotTimes } from '../meetings'

const person = (id: number): Participant => ({ registration_id: id, name: { zh: '', en: `P${id}` }, organisation: '', country: '' })
const meeting = (id: number, slot: number, table: number, from: number, to: number, fixed = false): Meeting => ({
  id, slot, table, fixed, starts_at: '', ends_at: '',
  request: { id, from: person(from), to: person(to), priority: 3, message: '', status: 'accepted', created_at: '', updated_at: '' },
})

function grid() {
  const { plugins } = setup('en')
  useAppStore().locale = 'en'
  const meetings = [meeting(1, 0, 0, 1, 2, true), meeting(2, 0, 1, 3, 4), meeting(3, 1, 0, 1, 3)]
  const slots = slotTimes({ slots: 3, minutes: 20, start_at: '2099-03-18T01:30:00Z' }, 'Asia/Shanghai')
  return mount(MeetingGrid, { props: { meetings, slots, tables: 2, editable: true }, global: { plugins } })
}

describe('MeetingGrid', () => {
  it('draws slots × tables with local times, who meets whom, and the fixed ones marked', () => {
    const wrapper = grid()
    expect(wrapper.findAll('thead th').map((th) => th.text())).toEqual(['Time', 'Table 1', 'Table 2'])
    expect(wrapper.findAll('tbody th').map((th) => th.text())).toEqual(['09:30–09:50', '09:50–10:10', '10:10–10:30'])
    expect(wrapper.findAll('[data-test="meeting-cell"]')).toHaveLength(6)
    const cells = wrapper.findAll('[data-test="meeting-cell"]').map((c) => c.text().replace(/\s+/g, ''))
    expect(cells).toEqual(['P1↔P2📌', 'P3↔P4', 'P1↔P3', '', '', ''])
    expect(wrapper.findAll('[data-test="meeting-fixed"]')).toHaveLength(1)
  })

  it('shades the cells a dragged meeting cannot take, and asks to move it when dropped on a free one', async () => {
    const wrapper = grid()
    const p3p4 = wrapper.findAll('[data-test="meeting"]')[1]
    await p3p4.trigger('dragstart', { dataTransfer: { setData: () => undefined, effectAllowed: '' } })
    const cell = (slot: number, table: number) => wrapper.find(`[data-test="meeting-cell"][data-slot="${slot}"][data-table="${table}"]`)
    expect(cell(1, 1).classes()).toContain('blocked') // P3 meets P1 in slot 1
    expect(cell(2, 1).classes()).not.toContain('blocked')
    await cell(2, 1).trigger('drop')
    const moved = wrapper.emitted('move')?.[0]
    expect([(moved?.[0] as Meeting).id, moved?.[1], moved?.[2]]).toEqual([2, 2, 1])
    await wrapper.findAll('[data-test="meeting"]')[0].trigger('click')
    expect((wrapper.emitted('pick')?.[0]?.[0] as Meeting).id).toBe(1)
  })
})
