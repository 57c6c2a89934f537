import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { countries, sdgs, setup, stubFetch } from '@/__tests__/helpers'
import { useAppStore } from '@/stores/app'
import { useAuthStore } from '@/stores/auth'
import { user } from '@/views/partners/__tests__/fixtures'
import DelegationForm from '../components/DelegationForm.vue'
import { datesOf } from '../data'

const reference = {
  'GET /api/reference/countries': { body: countries },
  'GET /api/reference/sdgs': { body: sdgs },
  'GET /api/reference/sectors': { body: { items: [] } },
  'GET /api/organisations': { body: { items: [], next_cursor: null } },
  'POST /api/sdg/tag': { body: { sdgs: [] } },
}

describe('DelegationForm', { timeout: 20000 }, () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('sends the members with a name, and shows the server\'s errors under the fields', async () => {
    const { plugins } = setup('en')
    useAppStore().locale = 'en'
    useAuthStore().user = user('staff')
    const { calls } = stubFetch({
      ...reference,
      'POST /api/delegations': {
        status: 422,
        body: {
          type: 'https://icity.dev/problems/validation', title: 'Validation failed', status: 422,
          errors: [{ field: 'country', message: 'required' }, { field: 'members[0].title', message: 'too long' }],
        },
      },
    })
    const wrapper = mount(DelegationForm, { props: { initial: null }, global: { plugins }, attachTo: document.body })
    await wrapper.find('input[data-test="delegation-name-en"]').setValue(' Barcelona delegation ')
    await wrapper.find('[data-test="member-add"]').trigger('click')
    await wrapper.find('[data-test="member-add"]').trigger('click')
    await wrapper.findAll('input[data-test="member-name"]')[0].setValue('Laia Bonet')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(wrapper.find('[data-test="field-country"] .el-form-item__error').text()).toBe('required'))
    expect(wrapper.find('[data-test="field-members"] .el-form-item__error').text()).toBe('#1 title: too long')
    const post = calls.find((c) => c.method === 'POST' && c.url.pathname === '/api/delegations')
    expect(post?.body).toMatchObject({ name: { zh: '', en: 'Barcelona delegation' }, members: [{ name: 'Laia Bonet', title: '' }], origin_organisation_id: null, start_date: null })
  })

  it('writes the dates as a range', () => {
    expect(datesOf({ start_date: '2027-04-10', end_date: '2027-04-14' })).toBe('2027-04-10 – 2027-04-14')
    expect(datesOf({ start_date: '2027-04-10', end_date: null })).toBe('2027-04-10')
    expect(datesOf({ start_date: null, end_date: null })).toBe('')
  })
})
