import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { countries, setup, stubFetch, type Reply } from '@/__tests__/helpers'
import { useAppStore } from '@/stores/app'
import RegistrationForm from '../components/RegistrationForm.vue'

const answer = (status: 'registered' | 'waitlisted', position: number | null) => ({
  id: 12, event_id: 4, status, position, arrival: 3, name: { zh: '', en: 'Marta Puig' }, email: 'marta@example.org',
  organisation: 'City of Barcelona', country: 'ES', created_at: '2099-01-01T00:00:00Z', cancelled_at: null, promoted_at: null,
  event_title: { zh: '交流营', en: 'Exchange camp' }, check_in_token: 'ic1.4.12.x', key: 'secret', manage_url: '/events/4/registrations/12?key=secret',
})

async function fill(reply: Reply, invitation = '') {
  const { plugins } = setup('en')
  useAppStore().locale = 'en'
  const { calls } = stubFetch({ 'GET /api/reference/countries': { body: countries }, 'POST /api/events/4/registrations': reply })
  const wrapper = mount(RegistrationForm, { props: { eventId: 4, invitation }, global: { plugins }, attachTo: document.body })
  await wrapper.find('input[data-test="reg-name"]').setValue(' Marta Puig ')
  await wrapper.find('input[data-test="reg-email"]').setValue('marta@example.org ')
  await wrapper.find('input[data-test="reg-organisation"]').setValue('City of Barcelona')
  await wrapper.find('form').trigger('submit')
  return { wrapper, calls }
}

describe('RegistrationForm', { timeout: 20000 }, () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('201 registered: says so and gives the private link to keep', async () => {
    const { wrapper, calls } = await fill({ status: 201, body: answer('registered', null) }, 'inv-key')
    await vi.waitFor(() => expect(wrapper.find('[data-test="registration-result"]').exists()).toBe(true))
    expect(wrapper.find('[data-test="registration-result"]').attributes('data-status')).toBe('registered')
    expect(wrapper.text()).toContain('You are registered')
    expect(wrapper.find('[data-test="registration-private-link"]').text()).toMatch(/\/events\/4\/registrations\/12\?key=secret$/)
    const post = calls.find((c) => c.method === 'POST')
    expect(post?.body).toEqual({ name: { zh: '', en: 'Marta Puig' }, email: 'marta@example.org', organisation: 'City of Barcelona', country: '', invitation: 'inv-key' })
  })

  it('201 waitlisted: says the number on the waiting list', async () => {
    const { wrapper } = await fill({ status: 201, body: answer('waitlisted', 3) })
    await vi.waitFor(() => expect(wrapper.find('[data-test="registration-result"]').attributes('data-status')).toBe('waitlisted'))
    expect(wrapper.text()).toContain('you are number 3 on the waiting list')
    expect(wrapper.find('[data-test="registration-private-link"]').exists()).toBe(true)
  })

  it('409: shows the server\'s reason and keeps the form', async () => {
    const { wrapper } = await fill({
      status: 409,
      body: { type: 'https://icity.dev/problems/conflict', title: 'Conflict', status: 409, detail: 'registration has closed' },
    })
    await vi.waitFor(() => expect(wrapper.find('[data-test="registration-refused"]').text()).toContain('registration has closed'))
    expect(wrapper.find('[data-test="registration-form"]').exists()).toBe(true)
  })

  it('422: shows each reason under its field', async () => {
    const { wrapper } = await fill({
      status: 422,
      body: {
        type: 'https://icity.dev/problems/validation', title: 'Validation failed', status: 422,
        errors: [{ field: 'email', message: 'not an email address' }, { field: 'name.en', message: 'required' }],
      },
    })
    await vi.waitFor(() => expect(wrapper.find('[data-test="field-email"] .el-form-item__error').text()).toBe('not an email address'))
    expect(wrapper.find('[data-test="field-name"] .el-form-item__error').text()).toBe('en: required')
    expect(wrapper.find('[data-test="registration-refused"]').exists()).toBe(false)
  })
})
