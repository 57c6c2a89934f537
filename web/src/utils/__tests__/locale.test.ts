import { afterEach, describe, expect, it } from 'vitest'
import { pick, pickSecondary, readStoredLocale, storeLocale } from '../locale'

describe('locale helpers', () => {
  afterEach(() => localStorage.clear())

  it('shows the current language and falls back to the other', () => {
    const name = { zh: '华为', en: 'Huawei' }
    expect(pick(name, 'zh-CN')).toBe('华为')
    expect(pick(name, 'en')).toBe('Huawei')
    expect(pick({ zh: '龙华', en: '' }, 'en')).toBe('龙华')
    expect(pickSecondary(name, 'en')).toBe('华为')
    expect(pickSecondary({ zh: '龙华', en: '' }, 'en')).toBe('')
  })

  it('defaults to Chinese and remembers a choice', () => {
    expect(readStoredLocale()).toBe('zh-CN')
    storeLocale('en')
    expect(readStoredLocale()).toBe('en')
    localStorage.setItem('icity.locale', 'fr')
    expect(readStoredLocale()).toBe('zh-CN')
  })
})
