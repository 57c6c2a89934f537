import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { setup, stubFetch, type Handler, type Reply } from '@/__tests__/helpers'
import { useAppStore } from '@/stores/app'
import { useAuthStore } from '@/stores/auth'
import { user } from '@/views/partners/__tests__/fixtures'
import Escalations from '../escalations.vue'
import Services from '../services.vue'
import { service, summary, team } from './fixtures'

async function mountPage(component: typeof Escalations | typeof Services, handlers: Record<string, Handler | Reply>) {
  const { plugins } = setup('en')
  useAppStore().locale = 'en'
  const auth = useAuthStore()
  auth.user = user('admin')
  auth.restored = true
  const stub = stubFetch(handlers)
  const wrapper = mount(component, { global: { plugins }, attachTo: document.body })
  return { wrapper, ...stub }
}

describe('escalations', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('lists overdue and at-risk cases apart, with how late or how much is left', async () => {
    const { wrapper } = await mountPage(Escalations, {
      'GET /api/cases/escalations': {
        body: {
          items: [
            { ...summary({ id: 1, number: 'FR-2026-00001', overdue: true }), level: 'overdue', late_minutes: 135 },
            { ...summary({ id: 2, number: 'FR-2026-00002' }), level: 'at_risk', left_minutes: 50 },
          ],
        },
      },
    })
    await vi.waitFor(() => expect(wrapper.find('[data-test="escalation-late"]').exists()).toBe(true))
    const overdue = wrapper.find('[data-test="escalations-overdue"]')
    const risk = wrapper.find('[data-test="escalations-at_risk"]')
    expect(overdue.text()).toContain('FR-2026-00001')
    expect(overdue.text()).not.toContain('FR-2026-00002')
    expect(overdue.find('[data-test="escalation-late"]').text()).toBe('· late by 2 h 15 min')
    expect(risk.find('[data-test="escalation-left"]').text()).toBe('· 50 min left')
  })
})

describe('the service catalogue editor', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('reads every service (inactive too) and saves an edit with its version; 422 under the field', async () => {
    let patches = 0
    const { wrapper, calls } = await mountPage(Services, {
      'GET /api/services': { body: { items: [service({ active: false })] } },
      'GET /api/teams': { body: { items: [team] } },
      'PATCH /api/services/7': () =>
        ++patches === 1
          ? { status: 422, body: { type: 'https://icity.dev/problems/validation', title: 'Validation failed', status: 422, errors: [{ field: 'name.en', message: 'too long' }] } }
          : { body: service() },
    })
    await vi.waitFor(() => expect(wrapper.find('[data-test="service-edit-work-permit"]').exists()).toBe(true))
    expect(calls[0].url.search).toBe('?all=true')
    expect(wrapper.find('[data-test="services-table"]').text()).toContain('Inactive')
    expect(wrapper.find('[data-test="services-table"]').text()).toContain('within 16 working hours')
    await wrapper.find('[data-test="service-edit-work-permit"]').trigger('click')
    await vi.waitFor(() => expect(document.querySelector('[data-test="service-save"]')).not.toBeNull())
    ;(document.querySelector('[data-test="service-save"]') as HTMLElement).click()
    await vi.waitFor(() => expect(document.querySelector('[data-test="service-field-name"] .el-form-item__error')?.textContent).toBe('en: too long'))
    const patch = calls.find((c) => c.method === 'PATCH')
    expect(patch?.body).toEqual({
      key: 'work-permit', name: service().name, description: service().description, team_id: 3, target_hours: 16, active: false, position: 1, version: 1,
    })
    ;(document.querySelector('[data-test="service-save"]') as HTMLElement).click()
    await vi.waitFor(() => expect(calls.filter((c) => c.method === 'PATCH')).toHaveLength(2))
    await vi.waitFor(() => expect(calls.filter((c) => c.url.pathname === '/api/services')).toHaveLength(2))
  })
})
