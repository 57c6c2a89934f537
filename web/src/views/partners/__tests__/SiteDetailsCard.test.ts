import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flush, setup, stubFetch } from '@/__tests__/helpers'
import { useAppStore } from '@/stores/app'
import SiteDetailsCard from '../components/SiteDetailsCard.vue'
import { emptyHours, hoursFromRows, rowsFromHours } from '../site'

describe('site details', { timeout: 20000 }, () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('edits opening hours as seven weekday rows, sending only the open days', () => {
    const rows = rowsFromHours([{ weekday: 2, opens: '09:00', closes: '17:30' }])
    expect(rows).toHaveLength(7)
    expect(rows[1]).toEqual({ weekday: 2, open: true, opens: '09:00', closes: '17:30' })
    expect(rows[0].open).toBe(false)
    rows[5].open = true
    expect(hoursFromRows(rows)).toEqual([
      { weekday: 2, opens: '09:00', closes: '17:30' },
      { weekday: 6, opens: '09:00', closes: '17:00' },
    ])
    expect(hoursFromRows(emptyHours())).toEqual([])
  })

  it('creates them with version 0 when there are none, and shows the server\'s field errors', async () => {
    const { plugins } = setup('en')
    useAppStore().locale = 'en'
    const { calls } = stubFetch({
      'GET /api/organisations/7/site': { status: 404, body: { type: 'https://icity.dev/problems/not-found', title: 'Not found', status: 404 } },
      'PUT /api/organisations/7/site': {
        status: 422,
        body: { type: 'https://icity.dev/problems/validation', title: 'Validation failed', status: 422, errors: [{ field: 'visit_minutes', message: 'must be at least 1' }] },
      },
    })
    const wrapper = mount(SiteDetailsCard, { props: { organisationId: 7 }, global: { plugins }, attachTo: document.body })
    await vi.waitFor(() => expect(calls.length).toBe(1))
    for (let i = 0; i < 5; i++) await flush() // the 404 read and the empty form it leaves
    await wrapper.find('input[data-test="site-address-en"]').setValue('Guanlan, Longhua, Shenzhen')
    await wrapper.find('[data-test="site-day-2"] input').setValue(true)
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(wrapper.text()).toContain('must be at least 1'))
    const put = calls.find((c) => c.method === 'PUT')
    expect(put?.body).toMatchObject({
      version: 0,
      address: { zh: '', en: 'Guanlan, Longhua, Shenzhen' },
      opening_hours: [{ weekday: 2, opens: '09:00', closes: '17:00' }],
      visit_minutes: 60,
      latitude: null,
    })
  })
})
