import { mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { countries, setup, stubFetch, type Reply } from '@/__tests__/helpers'
import { useAppStore } from '@/stores/app'
import IntakeForm from '../components/IntakeForm.vue'
import { MAX_FILE_BYTES } from '../data'
import { service } from './fixtures'

const services = { items: [service(), service({ id: 8, key: 'visa', name: { zh: '签证', en: 'Visa' }, description: { zh: '', en: 'Visa questions' }, target_hours: 8 })] }

async function mountForm(reply: Reply = { status: 201, body: { id: 42, number: 'FR-2026-00042', status_url: '/desk/cases/42?key=s3cret', key: 's3cret' } }) {
  const { plugins } = setup('en')
  useAppStore().locale = 'en'
  const stub = stubFetch({ 'GET /api/reference/countries': { body: countries }, 'GET /api/services': { body: services }, 'POST /api/cases': reply })
  const wrapper = mount(IntakeForm, { global: { plugins }, attachTo: document.body })
  await vi.waitFor(() => expect(wrapper.findAll('[data-test^="intake-service-"]')).toHaveLength(2))
  return { wrapper, ...stub }
}

async function fill(wrapper: VueWrapper) {
  await wrapper.find('[data-test="intake-service-visa"] input').setValue(true)
  await wrapper.find('input[data-test="intake-name"]').setValue(' Marta Puig ')
  await wrapper.find('input[data-test="intake-email"]').setValue('marta@example.org')
  await wrapper.find('input[data-test="intake-organisation"]').setValue('City of Barcelona')
  await wrapper.find('input[data-test="intake-subject"]').setValue('Visa for a delegation')
  await wrapper.find('textarea[data-test="intake-description"]').setValue('Six people in March.')
}

/** Choose files through the upload's own input, as a browser does. */
async function choose(wrapper: VueWrapper, files: File[]) {
  const input = wrapper.find('[data-test="intake-attachments"] input[type="file"]')
  Object.defineProperty(input.element, 'files', { value: files, configurable: true })
  await input.trigger('change')
}
const file = (name: string, content: string | Uint8Array<ArrayBuffer>, type = 'text/plain') => new File([content], name, { type })
const submit = (wrapper: VueWrapper) => wrapper.find('form').trigger('submit')

describe('the intake form', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('shows each service with its description and target time', async () => {
    const { wrapper } = await mountForm()
    const visa = wrapper.find('[data-test="intake-service-visa"]')
    expect(visa.text()).toContain('Visa questions')
    expect(visa.find('[data-test="service-target"]').text()).toBe('within 8 working hours')
    expect(wrapper.find('[data-test="intake-service-work-permit"]').text()).toContain('within 16 working hours')
  })

  it('sends the request with its files in base64, then shows the number and the private link', async () => {
    const { wrapper, calls } = await mountForm()
    await fill(wrapper)
    await choose(wrapper, [file('note.txt', 'hello')])
    await submit(wrapper)
    await vi.waitFor(() => expect(wrapper.find('[data-test="intake-result"]').exists()).toBe(true))
    const post = calls.find((c) => c.method === 'POST')
    expect(post?.body).toEqual({
      service_id: 8,
      contact: { name: 'Marta Puig', email: 'marta@example.org', organisation: 'City of Barcelona' },
      language: 'en',
      subject: 'Visa for a delegation',
      description: 'Six people in March.',
      attachments: [{ name: 'note.txt', content_base64: 'aGVsbG8=' }],
    })
    expect(wrapper.text()).toContain('Received: case FR-2026-00042')
    expect(wrapper.text()).toContain('Keep this private link')
    expect(wrapper.find('[data-test="intake-private-link"]').text()).toMatch(/\/desk\/cases\/42\?key=s3cret$/)
    expect(wrapper.find('[data-test="intake-copy"]').exists()).toBe(true)
  })

  it('refuses a file over 5 MiB and a sixth file in the browser', async () => {
    const { wrapper, calls } = await mountForm()
    await fill(wrapper)
    await choose(wrapper, [file('big.pdf', new Uint8Array(MAX_FILE_BYTES + 1), 'application/pdf')])
    await vi.waitFor(() => expect(wrapper.find('[data-test="intake-attachments-problem"]').text()).toBe('big.pdf is larger than 5 MB'))
    expect(wrapper.findAll('.el-upload-list__item')).toHaveLength(0)
    await choose(wrapper, ['1', '2', '3', '4', '5', '6'].map((n) => file(`${n}.txt`, n)))
    await vi.waitFor(() => expect(wrapper.find('[data-test="intake-attachments-problem"]').text()).toBe('At most 5 files'))
    await submit(wrapper)
    await vi.waitFor(() => expect(calls.filter((c) => c.method === 'POST').length).toBe(1))
    expect((calls.find((c) => c.method === 'POST')?.body as { attachments?: unknown }).attachments).toBeUndefined()
  })

  it('422: each reason under its field, attachments[i] under the upload with the file\'s name', async () => {
    const { wrapper } = await mountForm({
      status: 422,
      body: {
        type: 'https://icity.dev/problems/validation', title: 'Validation failed', status: 422,
        errors: [
          { field: 'contact.email', message: 'not an email address' },
          { field: 'description', message: 'required' },
          { field: 'attachments[1]', message: 'the content is not one of the allowed types' },
        ],
      },
    })
    await fill(wrapper)
    await choose(wrapper, [file('a.txt', 'a'), file('b.exe', 'MZ')])
    await submit(wrapper)
    await vi.waitFor(() => expect(wrapper.find('[data-test="field-contact.email"] .el-form-item__error').text()).toBe('not an email address'))
    await vi.waitFor(() => expect(wrapper.find('[data-test="field-description"] .el-form-item__error').text()).toBe('required'))
    expect(wrapper.find('[data-test="field-contact.name"] .el-form-item__error').exists()).toBe(false)
    await vi.waitFor(() => expect(wrapper.find('[data-test="field-attachments"] .el-form-item__error').text()).toBe('b.exe: the content is not one of the allowed types'))
    expect(wrapper.find('[data-test="intake-form"]').exists()).toBe(true)
  })

  it('429: says plainly how long to wait', async () => {
    const { wrapper } = await mountForm({
      status: 429,
      headers: { 'Retry-After': '540' },
      body: { type: 'https://icity.dev/problems/rate-limited', title: 'Too many requests', status: 429 },
    })
    await fill(wrapper)
    await submit(wrapper)
    await vi.waitFor(() => expect(wrapper.find('[data-test="intake-rate-limited"]').text()).toContain('try again in 9 minutes'))
  })
})
