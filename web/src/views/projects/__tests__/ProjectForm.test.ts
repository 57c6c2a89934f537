import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { sdgs, setup, stubFetch } from '@/__tests__/helpers'
import { useAppStore } from '@/stores/app'
import { useAuthStore } from '@/stores/auth'
import { intro } from '@/views/introductions/__tests__/fixtures'
import { user } from '@/views/partners/__tests__/fixtures'
import ProjectForm from '../components/ProjectForm.vue'
import { project } from './fixtures'

const reference = {
  'GET /api/reference/countries': { body: { items: [] } },
  'GET /api/reference/sdgs': { body: sdgs },
  'GET /api/reference/sectors': { body: { items: [] } },
  'GET /api/organisations': { body: { items: [], next_cursor: null } },
  'GET /api/organisations/4': { body: { id: 4, name: { zh: '坪山区人民政府', en: 'Pingshan District' } } },
  'GET /api/users': { body: { items: [{ id: 2, email: 'li@icity.local', display_name: '李雷', teams: [] }] } },
  'GET /api/events': { body: { items: [], next_cursor: null } },
}
const offeredBy = (testId: string) => {
  const list = document.getElementById(document.querySelector(`[data-test="${testId}"] input`)?.getAttribute('aria-controls') ?? '')
  return [...(list?.querySelectorAll('.el-select-dropdown__item') ?? [])] as HTMLElement[]
}
const errorUnder = (w: ReturnType<typeof mount>, field: string) => w.find(`[data-test="field-${field}"] .el-form-item__error`).text()

function mountForm(initial: ReturnType<typeof project> | null, locale: 'en' | 'zh-CN' = 'en') {
  const { plugins } = setup(locale)
  useAppStore().locale = locale
  useAuthStore().user = user('staff')
  return mount(ProjectForm, { props: { initial }, global: { plugins }, attachTo: document.body })
}

describe('ProjectForm', { timeout: 20000 }, () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('picks its introduction among its parties\' introductions and saves its id', async () => {
    const pingshan = { id: 4, name: { zh: '坪山区人民政府', en: 'Pingshan District' } }
    const barcelona = { id: 9, name: { zh: '巴塞罗那市政府', en: 'Barcelona City Council' } }
    const { calls } = stubFetch({
      ...reference,
      'GET /api/introductions': (_init, url) => ({
        body: {
          items: url.searchParams.get('organisation_id') === '4'
            ? [intro({ id: 12, status: 'met', from_organisation: barcelona, to_organisation: pingshan, created_at: '2024-03-01T08:00:00Z' })]
            : [],
          next_cursor: null,
        },
      }),
      'PATCH /api/projects/3': { body: project({ version: 3, introduction_id: 12 }) },
    })
    const wrapper = mountForm(project())
    const picker = () => wrapper.find('[data-test="project-introduction"] .el-select__wrapper')
    await vi.waitFor(() => expect(picker().exists()).toBe(true))
    await picker().trigger('click')
    await vi.waitFor(() => expect(calls.some((c) => c.url.pathname === '/api/introductions')).toBe(true))
    await vi.waitFor(() => expect(offeredBy('project-introduction')).toHaveLength(1))
    expect(calls.find((c) => c.url.pathname === '/api/introductions')?.url.searchParams.get('organisation_id')).toBe('4')
    expect(offeredBy('project-introduction')[0].textContent).toBe('#12 Barcelona City Council → Pingshan District · 2024-03-01 · Met')
    offeredBy('project-introduction')[0].click()
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(wrapper.emitted('saved')).toHaveLength(1))
    expect(calls.find((c) => c.method === 'PATCH')?.body).toMatchObject({ introduction_id: 12 })
  })

  it('shows the server\'s field errors (422) under the fields', async () => {
    const { calls } = stubFetch({
      ...reference,
      'POST /api/projects': {
        status: 422,
        body: {
          type: 'https://icity.dev/problems/validation', title: 'Validation failed', status: 422,
          errors: [
            { field: 'title', message: 'required: give it in Chinese or English or both' },
            { field: 'estimated_value_cny', message: 'the estimated value (yuan) cannot be negative' },
            { field: 'parties[0].organisation_id', message: 'no such organisation' },
            { field: 'next_action', message: 'say what the next action is when it has a due date' },
          ],
        },
      },
    })
    const wrapper = mountForm(null)
    await wrapper.find('[data-test="party-add"]').trigger('click')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(errorUnder(wrapper, 'title')).toContain('required'))
    expect(errorUnder(wrapper, 'value')).toContain('cannot be negative')
    expect(errorUnder(wrapper, 'parties')).toBe('#1 organisation_id: no such organisation')
    expect(errorUnder(wrapper, 'next-action')).toContain('next action')
    const post = calls.find((c) => c.method === 'POST')
    expect(post?.body).toMatchObject({ stage: 'reserve', parties: [], estimated_value_cny: null, next_action_due: null })
    expect(post?.body).not.toHaveProperty('note')
    expect(wrapper.emitted('saved')).toBeUndefined()
  })

  it('saves an edit with the version read, without stage or note', async () => {
    const { calls } = stubFetch({ ...reference, 'PATCH /api/projects/3': { body: project({ version: 3 }) } })
    const wrapper = mountForm(project())
    expect(wrapper.find('[data-test="field-stage"]').exists()).toBe(false)
    await wrapper.find('input[data-test="project-district-en"]').setValue('Pingshan District')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(wrapper.emitted('saved')).toHaveLength(1))
    const patch = calls.find((c) => c.method === 'PATCH')
    expect(patch?.body).toMatchObject({ version: 2, district: { zh: '坪山区', en: 'Pingshan District' }, parties: [{ organisation_id: 4, role: 'lead' }], sdgs: [7, 11] })
    expect(patch?.body).not.toHaveProperty('stage')
  })

  it('offers to reload after a 409 (a stale version)', async () => {
    stubFetch({ ...reference, 'PATCH /api/projects/3': { status: 409, body: { type: 'https://icity.dev/problems/conflict', title: 'Conflict', status: 409 } } })
    const wrapper = mountForm(project())
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(document.body.textContent).toContain('changed by someone else'))
    const reload = [...document.body.querySelectorAll('button')].find((b) => b.textContent?.includes('Reload'))
    reload?.click()
    await vi.waitFor(() => expect(wrapper.emitted('reload')).toHaveLength(1))
  })

  it('shows the value as it will read, in 万 in Chinese', async () => {
    stubFetch(reference)
    const wrapper = mountForm(project(), 'zh-CN')
    expect(wrapper.find('[data-test="project-value-hint"]').text()).toBe('¥1200万')
  })
})
