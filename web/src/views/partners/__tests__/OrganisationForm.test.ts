import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Organisation } from '@/api/types'
import { countries, flush, sdgs, setup, stubFetch } from '@/__tests__/helpers'
import OrganisationForm from '../components/OrganisationForm.vue'

const validation = {
  status: 422,
  body: {
    type: 'https://icity.dev/problems/validation',
    title: 'Validation failed',
    status: 422,
    errors: [
      { field: 'website', message: 'must be an http(s) URL' },
      { field: 'country', message: 'is required' },
      { field: 'sectors[1]', message: 'unknown code 9999' },
    ],
  },
}

const existing: Organisation = {
  id: 7, version: 3, name: { zh: '华为技术有限公司', en: 'Huawei Technologies Co., Ltd.' }, summary: { zh: '', en: '' },
  kind: 'enterprise', country: 'CN', city: { zh: '深圳', en: 'Shenzhen' }, district: { zh: '', en: '' }, sectors: [], sdgs: [9],
  size: 'large', website: 'https://www.huawei.com', email: '', phone: '', tags: [], relations: [], people_count: 0,
  interactions_count: 0, archived: false, created_at: '2024-08-13T02:00:00Z', updated_at: '2024-08-13T02:00:00Z',
}

function errorUnder(wrapper: ReturnType<typeof mount>, field: string): string {
  const item = wrapper.find(`[data-test="field-${field}"]`)
  const err = item.find('.el-form-item__error')
  return err.exists() ? err.text() : ''
}

describe('OrganisationForm', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('shows the server\'s validation errors under the matching fields', async () => {
    const { plugins } = setup('en')
    const { calls } = stubFetch({
      'GET /api/reference/countries': { body: countries },
      'GET /api/reference/sdgs': { body: sdgs },
      'POST /api/sdg/tag': { body: { sdgs: [] } },
      'POST /api/organisations': validation,
    })
    const wrapper = mount(OrganisationForm, { props: { initial: null }, global: { plugins }, attachTo: document.body })
    await wrapper.find('input[data-test="org-name-zh"]').setValue('龙华测试机构')
    await wrapper.find('[data-test="org-website"]').setValue('not a url')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(errorUnder(wrapper, 'website')).toBe('must be an http(s) URL'))
    expect(errorUnder(wrapper, 'country')).toBe('is required')
    expect(errorUnder(wrapper, 'sectors')).toContain('unknown code 9999')
    expect(errorUnder(wrapper, 'name')).toBe('')
    const post = calls.find((c) => c.method === 'POST')
    expect(post?.body).toMatchObject({ name: { zh: '龙华测试机构', en: '' }, website: 'not a url' })
    expect(wrapper.emitted('saved')).toBeUndefined()
  })

  it('sends the version it read on PATCH and offers to reload after a 409', async () => {
    const { plugins } = setup('en')
    const { calls } = stubFetch({
      'GET /api/reference/countries': { body: countries },
      'GET /api/reference/sdgs': { body: sdgs },
      'POST /api/sdg/tag': { body: { sdgs: [] } },
      'PATCH /api/organisations/7': { status: 409, body: { type: 'https://icity.dev/problems/conflict', title: 'Conflict', status: 409 } },
    })
    const wrapper = mount(OrganisationForm, { props: { initial: existing }, global: { plugins }, attachTo: document.body })
    await wrapper.find('form').trigger('submit')
    await flush()
    await flush()
    const patch = calls.find((c) => c.method === 'PATCH')
    expect(patch?.body).toMatchObject({ version: 3, name: existing.name })
    await vi.waitFor(() => expect(document.body.textContent).toContain('changed by someone else'))
    const reload = [...document.body.querySelectorAll('button')].find((b) => b.textContent?.includes('Reload'))
    expect(reload).toBeDefined()
    reload?.click()
    await vi.waitFor(() => expect(wrapper.emitted('reload')).toHaveLength(1))
  })

  it('emits the created organisation after a successful save', async () => {
    const { plugins } = setup('zh-CN')
    stubFetch({
      'GET /api/reference/countries': { body: countries },
      'GET /api/reference/sdgs': { body: sdgs },
      'POST /api/sdg/tag': { body: { sdgs: [] } },
      'POST /api/organisations': { status: 201, body: { ...existing, id: 42 } },
    })
    const wrapper = mount(OrganisationForm, { props: { initial: null }, global: { plugins }, attachTo: document.body })
    expect(wrapper.text()).toContain('名称')
    await wrapper.find('form').trigger('submit')
    await flush()
    await flush()
    expect(wrapper.emitted('saved')?.[0]?.[0]).toMatchObject({ id: 42 })
  })

  it('suggests goals from the name and summary and saves the one clicked', async () => {
    const { plugins } = setup('en')
    const { calls } = stubFetch({
      'GET /api/reference/countries': { body: countries },
      'GET /api/reference/sdgs': { body: sdgs },
      'POST /api/sdg/tag': { body: { sdgs: [{ goal: 15, score: 0.89, targets: ['15.5'], evidence: ['红树林', '湿地'] }] } },
      'POST /api/organisations': { status: 201, body: { ...existing, id: 43 } },
    })
    const wrapper = mount(OrganisationForm, { props: { initial: null }, global: { plugins }, attachTo: document.body })
    await wrapper.find('input[data-test="org-name-zh"]').setValue('红树林基金会')
    await wrapper.find('textarea[data-test="org-summary-en"]').setValue('Mangrove wetlands')
    const card = '[data-test="sdg-suggestion"][data-goal="15"]'
    await vi.waitFor(() => expect(wrapper.find(card).exists()).toBe(true), { timeout: 2000 })
    const tag = calls.filter((c) => c.url.pathname === '/api/sdg/tag')
    expect(tag.at(-1)?.body).toEqual({ text: '红树林基金会\nMangrove wetlands' })
    await wrapper.find(card).trigger('click')
    expect(wrapper.find(card).attributes('data-state')).toBe('accepted')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(calls.find((c) => c.method === 'POST' && c.url.pathname === '/api/organisations')?.body).toMatchObject({ sdgs: [15] }))
  })
})
