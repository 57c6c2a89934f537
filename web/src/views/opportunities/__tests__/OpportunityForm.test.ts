import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { countries, sdgs, setup, stubFetch } from '@/__tests__/helpers'
import { useAppStore } from '@/stores/app'
import { useAuthStore } from '@/stores/auth'
import { user } from '@/views/partners/__tests__/fixtures'
import OpportunityForm from '../components/OpportunityForm.vue'
import { busOffer } from './fixtures'

const reference = {
  'GET /api/reference/countries': { body: countries },
  'GET /api/reference/sdgs': { body: sdgs },
  'GET /api/reference/sectors': { body: { items: [] } },
  'GET /api/organisations': { body: { items: [], next_cursor: null } },
  'GET /api/organisations/12': { body: { id: 12, name: { zh: '华创', en: 'Huachuang' } } },
  'POST /api/sdg/tag': { body: { sdgs: [] } },
}
const errorUnder = (w: ReturnType<typeof mount>, field: string) => w.find(`[data-test="field-${field}"] .el-form-item__error`).text()

function mountForm(role: 'staff' | 'partner', initial: ReturnType<typeof busOffer> | null, locale: 'en' | 'zh-CN' = 'en') {
  const { plugins } = setup(locale)
  useAppStore().locale = locale
  useAuthStore().user = user(role, role === 'partner' ? 12 : null)
  return mount(OpportunityForm, { props: { initial }, global: { plugins }, attachTo: document.body })
}

describe('OpportunityForm', { timeout: 20000 }, () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('shows the server\'s field errors under the fields', async () => {
    const { calls } = stubFetch({
      ...reference,
      'POST /api/opportunities': {
        status: 422,
        body: {
          type: 'https://icity.dev/problems/validation', title: 'Validation failed', status: 422,
          errors: [{ field: 'kind', message: 'required' }, { field: 'countries_sought[0]', message: 'not a country code' }],
        },
      },
    })
    const wrapper = mountForm('partner', null)
    await wrapper.find('input[data-test="opportunity-title-zh"]').setValue('电动公交')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(errorUnder(wrapper, 'kind')).toBe('required'))
    expect(errorUnder(wrapper, 'countries')).toBe('#1: not a country code')
    const post = calls.find((c) => c.method === 'POST' && c.url.pathname === '/api/opportunities')
    expect(post?.body).toMatchObject({ organisation_id: 12, title: { zh: '电动公交', en: '' }, deadline: null })
    expect(post?.body).not.toHaveProperty('kind')
    expect(wrapper.emitted('saved')).toBeUndefined()
  })

  it('offers the server\'s suggested SDGs and concepts for one click, and saves them with the version read', async () => {
    const { calls } = stubFetch({ ...reference, 'PATCH /api/opportunities/5': { body: busOffer({ version: 3 }) } })
    const wrapper = mountForm('staff', busOffer())
    const goal7 = '[data-test="suggested-sdg"][data-goal="7"]'
    await vi.waitFor(() => expect(wrapper.find(goal7).exists()).toBe(true))
    // 11 is already chosen: shown as accepted
    expect(wrapper.find('[data-test="suggested-sdg"][data-goal="11"]').attributes('data-state')).toBe('accepted')
    await wrapper.find(goal7).trigger('click')
    expect(wrapper.find(goal7).attributes('data-state')).toBe('accepted')
    const concept = wrapper.find('[data-test="suggested-concept"][data-concept="nev"]')
    expect(concept.text()).toContain('new energy vehicles')
    await concept.trigger('click')
    expect(wrapper.find('[data-test="opportunity-concepts"]').text()).toContain('new energy vehicles')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(wrapper.emitted('saved')).toHaveLength(1))
    const patch = calls.find((c) => c.method === 'PATCH')
    expect(patch?.body).toMatchObject({ version: 2, sdgs: [11, 7], concepts: ['nev'], countries_sought: ['ES'], partner_kinds_sought: ['government'], deadline: '2027-03-31' })
  })

  it('offers to reload after a 409', async () => {
    stubFetch({ ...reference, 'PATCH /api/opportunities/5': { status: 409, body: { type: 'https://icity.dev/problems/conflict', title: 'Conflict', status: 409 } } })
    const wrapper = mountForm('staff', busOffer())
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(document.body.textContent).toContain('changed by someone else'))
    const reload = [...document.body.querySelectorAll('button')].find((b) => b.textContent?.includes('Reload'))
    reload?.click()
    await vi.waitFor(() => expect(wrapper.emitted('reload')).toHaveLength(1))
  })
})
