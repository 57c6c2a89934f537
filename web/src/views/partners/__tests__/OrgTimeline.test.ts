import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { setup, stubFetch, type Handler, type Reply } from '@/__tests__/helpers'
import { useAppStore } from '@/stores/app'
import { useAuthStore } from '@/stores/auth'
import OrgTimeline from '../components/OrgTimeline.vue'
import { user } from './fixtures'

const meeting = {
  id: 3, version: 1, type: 'meeting', date: '2026-11-20', organisation_ids: [21, 9], person_ids: [], staff_user_id: null, archived: false,
  summary: { zh: '工业设计合作会谈', en: 'Industrial design talks' },
  organisations: [{ id: 21, name: { zh: '巴塞罗那市政府', en: 'Barcelona City Council' } }, { id: 9, name: { zh: '宝安区政府', en: 'Bao\'an' } }],
  created_at: '', updated_at: '',
}

function mountTimeline(handlers: Record<string, Handler | Reply>) {
  const { plugins } = setup('en')
  useAppStore().locale = 'en'
  useAuthStore().user = user('staff')
  const stub = stubFetch(handlers)
  const wrapper = mount(OrgTimeline, { props: { organisationId: 21 }, global: { plugins } })
  return { wrapper, ...stub }
}

describe('an organisation timeline', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('shows interactions and introduction steps from the timeline', async () => {
    const { wrapper, calls } = mountTimeline({
      'GET /api/organisations/21/timeline': {
        body: {
          items: [
            { type: 'introduction_step', id: 7, introduction_id: 44, status: 'accepted', at: '2026-12-02T08:00:00Z', actor: 'partner@bcn.es', message: { zh: '', en: 'Happy to meet' }, outgoing: false },
            { type: 'interaction', id: 3, when: '2026-11-20', interaction_type: 'meeting', summary: meeting.summary, other_organisations: [meeting.organisations[1]] },
          ],
          next_cursor: null,
        },
      },
    })
    await vi.waitFor(() => expect(wrapper.findAll('[data-test="timeline-item"]')).toHaveLength(2))
    expect(calls.map((c) => c.url.pathname)).toEqual(['/api/organisations/21/timeline'])
    const [step, interaction] = wrapper.findAll('[data-test="timeline-item"]')
    expect(step.attributes('data-type')).toBe('introduction_step')
    expect(step.text()).toContain('Accepted')
    expect(step.text()).toContain('Happy to meet')
    expect(step.find('a').attributes('href')).toBe('/introductions/44')
    expect(interaction.text()).toContain('Industrial design talks')
    expect(interaction.text()).toContain('2026-11-20')
    expect(interaction.text()).toContain('Bao\'an')
  })

  it('falls back to the interactions while the server has no timeline', async () => {
    const { wrapper, calls } = mountTimeline({ 'GET /api/interactions': { body: { items: [meeting], next_cursor: null } } })
    await vi.waitFor(() => expect(wrapper.findAll('[data-test="timeline-item"]')).toHaveLength(1))
    expect(calls.map((c) => c.url.pathname)).toEqual(['/api/organisations/21/timeline', '/api/interactions'])
    expect(calls[1].url.searchParams.get('organisation_id')).toBe('21')
    expect(wrapper.text()).toContain('Industrial design talks')
    expect(wrapper.text()).not.toContain('Barcelona City Council')
    expect(document.body.querySelector('.el-message')).toBeNull()
  })
})
