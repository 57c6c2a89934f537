import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick, ref } from 'vue'
import { countries, sdgs, setup, stubFetch } from '@/__tests__/helpers'
import SdgSuggestions from '../SdgSuggestions.vue'

const tagged = {
  sdgs: [
    { goal: 9, score: 0.82, targets: ['9.5', '9.b'], evidence: ['工业设计', 'innovation'] },
    { goal: 11, score: 0.41, targets: ['11.3'], evidence: ['城市'] },
  ],
}

/** The component inside a parent that owns the selection, as a form does. */
function host(text: string, selected: number[] = []) {
  const goals = ref<number[]>([...selected])
  const source = ref(text)
  const Host = defineComponent({
    setup: () => () =>
      h(SdgSuggestions, { text: source.value, modelValue: goals.value, 'onUpdate:modelValue': (v: number[]) => (goals.value = v) }),
  })
  return { Host, goals, source }
}

describe('SdgSuggestions', () => {
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('asks the server once the text has rested for 600 ms, with the text as typed', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const { plugins } = setup('en')
    const { calls } = stubFetch({ 'GET /api/reference/countries': { body: countries }, 'GET /api/reference/sdgs': { body: sdgs }, 'POST /api/sdg/tag': { body: tagged } })
    const { Host, source } = host('')
    mount(Host, { global: { plugins } })
    source.value = '工业设计'
    await nextTick()
    vi.advanceTimersByTime(300)
    source.value = '工业设计 innovation'
    await nextTick()
    vi.advanceTimersByTime(599)
    expect(calls.filter((c) => c.url.pathname === '/api/sdg/tag')).toHaveLength(0)
    vi.advanceTimersByTime(1)
    const tagCalls = calls.filter((c) => c.url.pathname === '/api/sdg/tag')
    expect(tagCalls).toHaveLength(1)
    expect(tagCalls[0]).toMatchObject({ method: 'POST', body: { text: '工业设计 innovation' } })
  })

  it('shows each goal with its name, score, targets and evidence', async () => {
    const { plugins } = setup('en')
    stubFetch({ 'GET /api/reference/countries': { body: countries }, 'GET /api/reference/sdgs': { body: sdgs }, 'POST /api/sdg/tag': { body: tagged } })
    const { Host } = host('Industrial design and innovation')
    const wrapper = mount(Host, { global: { plugins } })
    await vi.waitFor(() => expect(wrapper.findAll('[data-test="sdg-suggestion"]')).toHaveLength(2), { timeout: 2000 })
    const first = wrapper.find('[data-test="sdg-suggestion"]')
    expect(first.attributes('data-goal')).toBe('9')
    await vi.waitFor(() => expect(first.text()).toContain('Goal 9'))
    expect(first.text()).toContain('目标9')
    expect(first.find('[data-test="sdg-score"]').text()).toBe('82%')
    expect(first.find('[data-test="sdg-targets"]').text()).toContain('9.5, 9.b')
    expect(first.find('[data-test="sdg-evidence"]').text()).toBe('because: 工业设计, innovation')
    expect(first.attributes('style')).toContain('#FD6925')
  })

  it('says "because" in Chinese too', async () => {
    const { plugins } = setup('zh-CN')
    stubFetch({ 'GET /api/reference/countries': { body: countries }, 'GET /api/reference/sdgs': { body: sdgs }, 'POST /api/sdg/tag': { body: tagged } })
    const { Host } = host('工业设计')
    const wrapper = mount(Host, { global: { plugins } })
    await vi.waitFor(() => expect(wrapper.find('[data-test="sdg-evidence"]').exists()).toBe(true), { timeout: 2000 })
    expect(wrapper.find('[data-test="sdg-evidence"]').text()).toBe('因为: 工业设计, innovation')
  })

  it('adds a goal on click and then shows it as added; goals already chosen show as selected', async () => {
    const { plugins } = setup('en')
    stubFetch({ 'GET /api/reference/countries': { body: countries }, 'GET /api/reference/sdgs': { body: sdgs }, 'POST /api/sdg/tag': { body: tagged } })
    const { Host, goals } = host('Industrial design in the city', [11])
    const wrapper = mount(Host, { global: { plugins } })
    await vi.waitFor(() => expect(wrapper.findAll('[data-test="sdg-suggestion"]')).toHaveLength(2), { timeout: 2000 })
    const card = (goal: number) => wrapper.find(`[data-test="sdg-suggestion"][data-goal="${goal}"]`)
    expect(card(11).attributes('data-state')).toBe('selected')
    expect(card(11).text()).toContain('Already selected')
    expect(card(9).attributes('data-state')).toBe('open')
    await card(9).trigger('click')
    expect(goals.value).toEqual([11, 9])
    expect(card(9).attributes('data-state')).toBe('accepted')
    expect(card(9).text()).toContain('Added')
    expect(card(9).attributes('disabled')).toBeDefined()
  })

  it('asks nothing for an empty text and says what to do', async () => {
    const { plugins } = setup('en')
    const { calls } = stubFetch({ 'GET /api/reference/countries': { body: countries }, 'GET /api/reference/sdgs': { body: sdgs } })
    const { Host } = host('   ')
    const wrapper = mount(Host, { global: { plugins } })
    await new Promise((r) => setTimeout(r, 700))
    expect(calls.some((c) => c.url.pathname === '/api/sdg/tag')).toBe(false)
    expect(wrapper.find('[data-test="sdg-suggestions-status"]').text()).toContain('Fill in the name or summary')
  })
})
