import { mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import { setup, stubFetch } from '@/__tests__/helpers'
import { useAppStore } from '@/stores/app'
import { intro } from '@/views/introductions/__tests__/fixtures'
import IntroductionSelect from '../IntroductionSelect.vue'

const barcelona = { id: 21, name: { zh: '巴塞罗那市政府', en: 'Barcelona City Council' } }
const huachuang = { id: 12, name: { zh: '深圳市华创科技有限公司', en: 'Shenzhen Huachuang Technology' } }
const imakerbase = { id: 16, name: { zh: '大公坊', en: 'iMakerbase' } }
const recent = [
  intro({ id: 44, status: 'requested', from_organisation: huachuang, to_organisation: barcelona, created_at: '2026-12-01T08:00:00Z' }),
  intro({ id: 45, status: 'interest', from_organisation: imakerbase, to_organisation: barcelona, created_at: '2026-12-03T08:00:00Z' }),
]

const offered = () => [...document.body.querySelectorAll('.el-select-dropdown__item')].map((o) => o.textContent)
/** Focus the picker and open its dropdown, as a click in a browser does (happy-dom's focus() does not reach the select). */
const open = (wrapper: VueWrapper) => {
  wrapper.findComponent({ name: 'ElSelect' }).vm.$emit('focus', new FocusEvent('focus'))
  ;(document.body.querySelector('[data-test="pick-introduction"] .el-select__wrapper') as HTMLElement).click()
}

function mountPicker(locale: 'zh-CN' | 'en', ids: (number | null)[]) {
  const { plugins } = setup(locale)
  useAppStore().locale = locale
  const model = ref<number | null>(null)
  const organisationIds = ref(ids)
  const Host = defineComponent({
    setup: () => () =>
      h(IntroductionSelect, {
        modelValue: model.value,
        'onUpdate:modelValue': (v: number | null) => (model.value = v),
        organisationIds: organisationIds.value,
        testId: 'pick-introduction',
      }),
  })
  const wrapper = mount(Host, { global: { plugins }, attachTo: document.body })
  return { model, organisationIds, wrapper }
}

describe('IntroductionSelect', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('offers the most recent introductions, newest first, while no party is chosen (labels in the language shown)', async () => {
    const { calls } = stubFetch({ 'GET /api/introductions': { body: { items: recent, next_cursor: null } } })
    const { model, wrapper } = mountPicker('zh-CN', [null, null])
    expect(document.body.querySelector('[data-test="pick-introduction"] .el-select__placeholder')?.textContent).toBe('最近的对接（选定签约方后只列出其对接）')
    open(wrapper)
    await vi.waitFor(() => expect(offered()).toEqual([
      '#45 大公坊 → 巴塞罗那市政府 · 2026-12-03 · 合作意向',
      '#44 深圳市华创科技有限公司 → 巴塞罗那市政府 · 2026-12-01 · 已请求介绍',
    ]))
    expect(calls.map((c) => c.url.search)).toEqual(['?limit=20'])
    ;(document.body.querySelectorAll('.el-select-dropdown__item')[1] as HTMLElement).click()
    await vi.waitFor(() => expect(model.value).toBe(44))
  })

  it('searches again for the parties once they change, and offers what one party\'s request found when the other fails', async () => {
    const { calls } = stubFetch({
      'GET /api/introductions': (_init, url) => {
        const org = url.searchParams.get('organisation_id')
        if (org === '99') return { status: 500, body: { type: 'about:blank', title: 'Server error', status: 500 } }
        return { body: { items: org === '16' ? [recent[1]] : recent, next_cursor: null } }
      },
    })
    const { organisationIds, wrapper } = mountPicker('en', [])
    open(wrapper)
    await vi.waitFor(() => expect(offered()).toHaveLength(2))
    organisationIds.value = [16, 99]
    await vi.waitFor(() => expect(document.body.querySelector('[data-test="pick-introduction"] .el-select__placeholder')?.textContent).toBe("The parties' introductions, newest first"))
    wrapper.findComponent({ name: 'ElSelect' }).vm.$emit('focus', new FocusEvent('focus'))
    await vi.waitFor(() => expect(offered()).toEqual(['#45 iMakerbase → Barcelona City Council · 2026-12-03 · Interest']))
    expect(calls.map((c) => c.url.search)).toEqual(['?limit=20', '?organisation_id=16&limit=50', '?organisation_id=99&limit=50'])
  })

  it('narrows the options it holds by their labels as one types (the API has no text query)', async () => {
    const { calls } = stubFetch({ 'GET /api/introductions': { body: { items: recent, next_cursor: null } } })
    const { wrapper } = mountPicker('en', [])
    open(wrapper)
    await vi.waitFor(() => expect(offered()).toHaveLength(2))
    await wrapper.find('[data-test="pick-introduction"] input').setValue('huachuang')
    const visible = () => [...document.body.querySelectorAll('.el-select-dropdown__item')].filter((o) => (o as HTMLElement).style.display !== 'none').map((o) => o.textContent)
    await vi.waitFor(() => expect(visible()).toEqual(['#44 Shenzhen Huachuang Technology → Barcelona City Council · 2026-12-01 · Requested']))
    expect(calls).toHaveLength(1)
  })
})
