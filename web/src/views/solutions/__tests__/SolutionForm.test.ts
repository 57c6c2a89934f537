import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { countries, flush, sdgs, setup, stubFetch } from '@/__tests__/helpers'
import { useAppStore } from '@/stores/app'
import { useAuthStore } from '@/stores/auth'
import { user } from '@/views/partners/__tests__/fixtures'
import SolutionForm from '../components/SolutionForm.vue'
import { mangroves } from './fixtures'

const validation = {
  status: 422,
  body: {
    type: 'https://icity.dev/problems/validation',
    title: 'Validation failed',
    status: 422,
    errors: [
      { field: 'title', message: 'required in at least one language' },
      { field: 'sdgs[0]', message: 'an SDG is a number from 1 to 17' },
      { field: 'year', message: 'a year between 1900 and 2100' },
    ],
  },
}
const reference = {
  'GET /api/reference/countries': { body: countries },
  'GET /api/reference/sdgs': { body: sdgs },
  'GET /api/reference/sectors': { body: { items: [] } },
  'GET /api/organisations': { body: { items: [], next_cursor: null } },
}

function errorUnder(wrapper: ReturnType<typeof mount>, field: string): string {
  const err = wrapper.find(`[data-test="field-${field}"] .el-form-item__error`)
  return err.exists() ? err.text() : ''
}

function mountForm(role: 'staff' | 'partner' = 'staff', initial = null as typeof mangroves | null, locale: 'en' | 'zh-CN' = 'en') {
  const { plugins } = setup(locale)
  useAppStore().locale = locale
  useAuthStore().user = user(role, role === 'partner' ? 12 : null)
  return mount(SolutionForm, { props: { initial }, global: { plugins }, attachTo: document.body })
}

describe('SolutionForm', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('shows the server\'s field errors under the fields and stays on the form', async () => {
    const { calls } = stubFetch({ ...reference, 'POST /api/sdg/tag': { body: { sdgs: [] } }, 'POST /api/solutions': validation })
    const wrapper = mountForm()
    await wrapper.find('[data-test="solution-year"] input').setValue('1800')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(errorUnder(wrapper, 'title')).toBe('required in at least one language'))
    expect(errorUnder(wrapper, 'sdgs')).toBe('#1: an SDG is a number from 1 to 17')
    expect(errorUnder(wrapper, 'year')).toBe('a year between 1900 and 2100')
    expect(errorUnder(wrapper, 'summary')).toBe('')
    const post = calls.find((c) => c.method === 'POST' && c.url.pathname === '/api/solutions')
    expect(post?.body).toMatchObject({ title: { zh: '', en: '' }, year: 1800, organisation_id: null })
    expect(wrapper.emitted('saved')).toBeUndefined()
  })

  it('suggests goals from title, summary and body, and saves the one accepted', async () => {
    const { calls } = stubFetch({
      ...reference,
      'POST /api/sdg/tag': { body: { sdgs: [{ goal: 15, score: 0.91, targets: ['15.1'], evidence: ['红树林', 'wetland'] }] } },
      'POST /api/solutions': { status: 201, body: { ...mangroves, id: 9 } },
    })
    const wrapper = mountForm('staff', null, 'zh-CN')
    await wrapper.find('input[data-test="solution-title-zh"]').setValue('红树林湿地保护')
    await wrapper.find('textarea[data-test="solution-summary-en"]').setValue('Wetland reserve')
    await wrapper.find('textarea[data-test="solution-body-zh"]').setValue('## 候鸟\n\n保护滨海湿地')
    const card = '[data-test="sdg-suggestion"][data-goal="15"]'
    await vi.waitFor(() => expect(wrapper.find(card).exists()).toBe(true), { timeout: 2000 })
    const tag = calls.filter((c) => c.url.pathname === '/api/sdg/tag')
    expect(tag.at(-1)?.body).toEqual({ text: '红树林湿地保护\nWetland reserve\n## 候鸟\n\n保护滨海湿地' })
    expect(wrapper.find('[data-test="sdg-suggestions-status"]').text()).toContain('标题、简介和案例正文')
    expect(wrapper.find(card).text()).toContain('因为: 红树林, wetland')
    await wrapper.find(card).trigger('click')
    expect(wrapper.find(card).attributes('data-state')).toBe('accepted')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(wrapper.emitted('saved')?.[0]?.[0]).toMatchObject({ id: 9 }))
    const post = calls.find((c) => c.method === 'POST' && c.url.pathname === '/api/solutions')
    expect(post?.body).toMatchObject({ title: { zh: '红树林湿地保护', en: '' }, sdgs: [15], body: { zh: '## 候鸟\n\n保护滨海湿地', en: '' } })
  })

  it('previews the Markdown body safely', async () => {
    stubFetch({ ...reference, 'POST /api/sdg/tag': { body: { sdgs: [] } } })
    const wrapper = mountForm()
    await wrapper.find('textarea[data-test="solution-body-en"]').setValue('## Steps\n\n<img src=x onerror="alert(1)">')
    await wrapper.find('[data-test="solution-body-en-preview"] input').setValue(true)
    const rendered = wrapper.find('[data-test="solution-body-en-rendered"]')
    await vi.waitFor(() => expect(rendered.find('h3').text()).toBe('Steps'))
    expect(rendered.find('img').exists()).toBe(false)
    expect(rendered.text()).toContain('<img src=x onerror="alert(1)">')
  })

  it('sends the version it read on PATCH and offers to reload after a 409', async () => {
    const { calls } = stubFetch({
      ...reference,
      'GET /api/organisations/12': { body: { id: 12, name: { zh: '福田红树林基金会', en: '' } } },
      'POST /api/sdg/tag': { body: { sdgs: [] } },
      'PATCH /api/solutions/4': { status: 409, body: { type: 'https://icity.dev/problems/conflict', title: 'Conflict', status: 409 } },
    })
    const wrapper = mountForm('staff', mangroves)
    await wrapper.find('form').trigger('submit')
    await flush()
    await flush()
    expect(calls.find((c) => c.method === 'PATCH')?.body).toMatchObject({ version: 2, title: mangroves.title, organisation_id: 12, year: 2020 })
    await vi.waitFor(() => expect(document.body.textContent).toContain('changed by someone else'))
    const reload = [...document.body.querySelectorAll('button')].find((b) => b.textContent?.includes('Reload'))
    reload?.click()
    await vi.waitFor(() => expect(wrapper.emitted('reload')).toHaveLength(1))
  })

  it('shows a partner its own organisation instead of a picker and sends it', async () => {
    const { calls } = stubFetch({
      ...reference,
      'GET /api/organisations/12': { body: { id: 12, name: { zh: '福田红树林基金会', en: 'Futian Mangrove Foundation' } } },
      'POST /api/sdg/tag': { body: { sdgs: [] } },
      'POST /api/solutions': { status: 201, body: mangroves },
    })
    const wrapper = mountForm('partner')
    expect(wrapper.find('[data-test="solution-organisation"]').exists()).toBe(false)
    await vi.waitFor(() => expect(wrapper.find('[data-test="solution-partner-organisation"]').text()).toContain('Futian Mangrove Foundation'))
    await wrapper.find('input[data-test="solution-title-en"]').setValue('Our practice')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(calls.find((c) => c.method === 'POST' && c.url.pathname === '/api/solutions')?.body).toMatchObject({ organisation_id: 12 }))
  })
})
