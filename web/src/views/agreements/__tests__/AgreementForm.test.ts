import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { setup, stubFetch } from '@/__tests__/helpers'
import type { Agreement } from '@/api/types'
import { useAppStore } from '@/stores/app'
import { useAuthStore } from '@/stores/auth'
import { intro } from '@/views/introductions/__tests__/fixtures'
import { user } from '@/views/partners/__tests__/fixtures'
import AgreementForm from '../components/AgreementForm.vue'
import { mou } from './fixtures'

const reference = {
  'GET /api/organisations': { body: { items: [], next_cursor: null } },
  'GET /api/organisations/16': { body: { id: 16, name: { zh: '大公坊', en: 'iMakerbase' } } },
  'GET /api/organisations/26': { body: { id: 26, name: { zh: '莫斯科创新集群基金', en: 'Moscow Innovation Cluster Fund' } } },
  'GET /api/projects': { body: { items: [], next_cursor: null } },
  'GET /api/projects/7': { body: { id: 7, title: { zh: '项目', en: 'Project' } } },
  'GET /api/events': { body: { items: [], next_cursor: null } },
  'GET /api/events/1': { body: { id: 1, title: { zh: '交流营', en: 'Camp' }, starts_at: '2023-06-10T01:00:00Z' } },
}
const moscow = { id: 26, name: { zh: '莫斯科创新集群基金', en: 'Moscow Innovation Cluster Fund' } }
const imakerbase = { id: 16, name: { zh: '大公坊', en: 'iMakerbase' } }
const huachuang = { id: 12, name: { zh: '深圳市华创科技有限公司', en: 'Shenzhen Huachuang Technology' } }
/** Introductions of the MoU's parties: 30 and 31 between them, 32 of iMakerbase with another. */
const introductions = {
  26: [intro({ id: 31, status: 'met', from_organisation: moscow, to_organisation: imakerbase, created_at: '2023-05-02T08:00:00Z' }),
    intro({ id: 30, status: 'declined', from_organisation: imakerbase, to_organisation: moscow, created_at: '2023-01-15T08:00:00Z' })],
  16: [intro({ id: 32, status: 'accepted', from_organisation: huachuang, to_organisation: imakerbase, created_at: '2023-03-09T08:00:00Z' }),
    intro({ id: 31, status: 'met', from_organisation: moscow, to_organisation: imakerbase, created_at: '2023-05-02T08:00:00Z' }),
    intro({ id: 30, status: 'declined', from_organisation: imakerbase, to_organisation: moscow, created_at: '2023-01-15T08:00:00Z' })],
} as Record<string, ReturnType<typeof intro>[]>
/** The labels a select offers (its dropdown is teleported: found by the input's aria-controls). */
const offeredBy = (testId: string) => {
  const list = document.getElementById(document.querySelector(`[data-test="${testId}"] input`)?.getAttribute('aria-controls') ?? '')
  return [...(list?.querySelectorAll('.el-select-dropdown__item') ?? [])] as HTMLElement[]
}
const errorUnder = (w: ReturnType<typeof mount>, field: string) => w.find(`[data-test="field-${field}"] .el-form-item__error`).text()

function mountForm(initial: Agreement | null, projectId: number | null = null) {
  const { plugins } = setup('en')
  useAppStore().locale = 'en'
  useAuthStore().user = user('staff')
  return mount(AgreementForm, { props: { initial, projectId }, global: { plugins }, attachTo: document.body })
}

describe('AgreementForm', { timeout: 20000 }, () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('shows the server\'s field errors under the fields and a party\'s under its row', async () => {
    const { calls } = stubFetch({
      ...reference,
      'POST /api/agreements': {
        status: 422,
        body: {
          type: 'https://icity.dev/problems/validation', title: 'Validation failed', status: 422,
          errors: [
            { field: 'kind', message: 'required' },
            { field: 'parties[1].organisation_id', message: "required: the organisation's id" },
            { field: 'signed_on', message: 'required: the date it was signed' },
            { field: 'expires_on', message: 'not before signed_on' },
          ],
        },
      },
    })
    const wrapper = mountForm(null, 7)
    expect(wrapper.findAll('[data-test="party-row"]')).toHaveLength(2)
    await wrapper.find('input[data-test="agreement-title-zh"]').setValue('合作备忘录')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(errorUnder(wrapper, 'kind')).toBe('required'))
    expect(errorUnder(wrapper, 'signed-on')).toContain('the date it was signed')
    expect(errorUnder(wrapper, 'expires-on')).toBe('not before signed_on')
    expect(wrapper.find('[data-test="party-error-1"]').text()).toContain("required: the organisation's id")
    expect(wrapper.find('[data-test="party-error-0"]').exists()).toBe(false)
    const post = calls.find((c) => c.method === 'POST')
    expect(post?.body).not.toHaveProperty('kind')
    expect(post?.body).not.toHaveProperty('signed_on')
    expect(post?.body).toMatchObject({ title: { zh: '合作备忘录', en: '' }, project_id: 7, expires_on: null, renewal_notice_days: null })
    expect((post?.body as { parties: unknown[] }).parties).toHaveLength(2)
  })

  it('saves an edit (a renewal) with the version read', async () => {
    const { calls } = stubFetch({ ...reference, 'PATCH /api/agreements/1': { body: mou({ version: 2 }) } })
    const wrapper = mountForm(mou())
    expect(wrapper.find('[data-test="party-remove-0"]').attributes('disabled')).toBeDefined()
    await wrapper.find('input[data-test="party-signatory-1"]').setValue('Xu Xiaoyan')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(wrapper.emitted('saved')).toHaveLength(1))
    const patch = calls.find((c) => c.method === 'PATCH')
    expect(patch?.body).toMatchObject({
      version: 1, kind: 'mou', signed_on: '2023-06-10', event_id: 1,
      parties: [{ organisation_id: 26, signatory_name: '' }, { organisation_id: 16, signatory_name: 'Xu Xiaoyan' }],
    })
  })

  it('picks the introduction among the parties\' ones, newest first, shows the one set, and saves its id', async () => {
    const { calls } = stubFetch({
      ...reference,
      'GET /api/introductions': (_init, url) => ({ body: { items: introductions[url.searchParams.get('organisation_id') ?? ''] ?? [], next_cursor: null } }),
      'GET /api/introductions/30': { body: introductions[26][1] },
      'PATCH /api/agreements/1': { body: mou({ version: 2, introduction_id: 31 }) },
    })
    const wrapper = mountForm(mou({ introduction_id: 30 }))
    const shown = () => wrapper.find('[data-test="agreement-introduction"] .el-select__placeholder').text()
    await vi.waitFor(() => expect(shown()).toBe('#30 iMakerbase → Moscow Innovation Cluster Fund · 2023-01-15 · Declined'))
    expect(calls.some((c) => c.url.pathname === '/api/introductions')).toBe(false)

    await wrapper.find('[data-test="agreement-introduction"] .el-select__wrapper').trigger('click')
    await vi.waitFor(() => expect(offeredBy('agreement-introduction')).toHaveLength(3))
    const lists = calls.filter((c) => c.url.pathname === '/api/introductions')
    expect(lists.map((c) => Object.fromEntries(c.url.searchParams))).toEqual([
      { organisation_id: '26', limit: '50' },
      { organisation_id: '16', limit: '50' },
    ])
    expect(offeredBy('agreement-introduction').map((o) => o.textContent)).toEqual([
      '#31 Moscow Innovation Cluster Fund → iMakerbase · 2023-05-02 · Met',
      '#32 Shenzhen Huachuang Technology → iMakerbase · 2023-03-09 · Accepted',
      '#30 iMakerbase → Moscow Innovation Cluster Fund · 2023-01-15 · Declined',
    ])
    offeredBy('agreement-introduction')[0].click()
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(wrapper.emitted('saved')).toHaveLength(1))
    expect(calls.find((c) => c.method === 'PATCH')?.body).toMatchObject({ introduction_id: 31 })
  })

  it('shows the server\'s error for the introduction under the picker', async () => {
    stubFetch({
      ...reference,
      'POST /api/agreements': {
        status: 422,
        body: { type: 'https://icity.dev/problems/validation', title: 'Validation failed', status: 422, errors: [{ field: 'introduction_id', message: 'no such introduction' }] },
      },
    })
    const wrapper = mountForm(null)
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(errorUnder(wrapper, 'introduction')).toBe('no such introduction'))
    expect(wrapper.find('[data-test="field-introduction"] [data-test="agreement-introduction"]').exists()).toBe(true)
  })

  it('offers to reload after a 409', async () => {
    stubFetch({ ...reference, 'PATCH /api/agreements/1': { status: 409, body: { type: 'https://icity.dev/problems/conflict', title: 'Conflict', status: 409 } } })
    const wrapper = mountForm(mou())
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(document.body.textContent).toContain('changed by someone else'))
  })
})
