import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { countries, sdgs, setup, stubFetch } from '@/__tests__/helpers'
import type { SearchHit } from '@/api/types'
import { useAppStore } from '@/stores/app'
import SdgTag from '../sdg-tag.vue'
import { hitLocation } from '../links'
import { typeTag } from '../typeTag'

const mangrove = { sdgs: [{ goal: 15, score: 0.88, targets: ['15.1', '15.5'], evidence: ['红树林', '湿地'] }, { goal: 14, score: 0.52, targets: ['14.2'], evidence: ['湿地'] }] }

async function open(path: string, locale: 'en' | 'zh-CN') {
  const { plugins, router } = setup(locale)
  useAppStore().locale = locale
  const stub = stubFetch({
    'GET /api/reference/countries': { body: countries },
    'GET /api/reference/sdgs': { body: { items: sdgs.items.map((g) => (g.goal === 15 ? { ...g, color: '#56C02B' } : g)) } },
    'POST /api/sdg/tag': { body: mangrove },
  })
  await router.push(path)
  await router.isReady()
  const wrapper = mount(SdgTag, { global: { plugins }, attachTo: document.body })
  return { wrapper, router, ...stub }
}

describe('the SDG tagging tool', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('tags a Chinese text: goals in their colours with score, targets and evidence, each leading to its solutions', async () => {
    const { wrapper, calls } = await open('/search/sdg-tag', 'zh-CN')
    expect(wrapper.find('[data-test="page-title"]').text()).toBe('为文本标注可持续发展目标')
    expect(wrapper.find('[data-test="sdg-suggestions-status"]').text()).toContain('输入或粘贴一段文字')
    await wrapper.find('textarea[data-test="sdg-tag-text"]').setValue('红树林湿地保护')
    await vi.waitFor(() => expect(wrapper.findAll('[data-test="sdg-suggestion"]')).toHaveLength(2), { timeout: 2000 })
    expect(calls.filter((c) => c.url.pathname === '/api/sdg/tag').at(-1)?.body).toEqual({ text: '红树林湿地保护' })
    const first = wrapper.find('[data-test="sdg-suggestion"]')
    expect(first.element.tagName).toBe('DIV') // read-only: nothing to add to
    expect(first.attributes('data-goal')).toBe('15')
    await vi.waitFor(() => expect(first.attributes('style')).toContain('#56C02B'))
    expect(first.find('[data-test="sdg-score"]').text()).toBe('88%')
    expect(first.find('[data-test="sdg-targets"]').text()).toContain('15.1, 15.5')
    expect(first.find('[data-test="sdg-evidence"]').text()).toBe('因为: 红树林, 湿地')
    expect(first.find('[data-test="sdg-tag-solutions"]').attributes('href')).toBe('/solutions?sdg=15')
  })

  it('takes the text from the address (the search page passes its query) and speaks English too', async () => {
    const { wrapper } = await open('/search/sdg-tag?text=mangrove%20wetlands', 'en')
    expect((wrapper.find('textarea[data-test="sdg-tag-text"]').element as HTMLTextAreaElement).value).toBe('mangrove wetlands')
    await vi.waitFor(() => expect(wrapper.findAll('[data-test="sdg-suggestion"]')).toHaveLength(2), { timeout: 2000 })
    expect(wrapper.find('[data-test="sdg-evidence"]').text()).toBe('because: 红树林, 湿地')
    expect(wrapper.find('[data-test="sdg-tag-solutions"]').text()).toContain('Solutions for this goal')
  })
})

describe('solution hits in search', () => {
  it('lead to the solution page for everyone and have their own tag colour', () => {
    const hit: SearchHit = { type: 'solution', id: 5, title: { zh: '福田红树林', en: 'Futian mangroves' }, snippet: '', score: 1 }
    expect(hitLocation(hit, 'public')).toEqual({ name: 'SolutionDetail', params: { id: 5 } })
    expect(hitLocation(hit, 'staff')).toEqual({ name: 'SolutionDetail', params: { id: 5 } })
    expect(typeTag('solution')).toBe('danger')
  })
})
