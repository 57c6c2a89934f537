import { describe, expect, it } from 'vitest'
import { formatCny } from '../money'

describe('formatCny', () => {
  it('writes Chinese amounts with 万 and 亿', () => {
    expect(formatCny(8000, 'zh-CN')).toBe('¥8,000')
    expect(formatCny(10000, 'zh-CN')).toBe('¥1万')
    expect(formatCny(3500000, 'zh-CN')).toBe('¥350万')
    expect(formatCny(12345678, 'zh-CN')).toBe('¥1234.57万')
    expect(formatCny(120000000, 'zh-CN')).toBe('¥1.2亿')
    expect(formatCny(2500000000, 'zh-CN')).toBe('¥25亿')
  })

  it('writes English amounts as CNY with m and bn', () => {
    expect(formatCny(8000, 'en')).toBe('CNY 8,000')
    expect(formatCny(350000, 'en')).toBe('CNY 350,000')
    expect(formatCny(1200000, 'en')).toBe('CNY 1.2 m')
    expect(formatCny(12000000, 'en')).toBe('CNY 12 m')
    expect(formatCny(1250000000, 'en')).toBe('CNY 1.25 bn')
  })

  it('leaves an unestimated value empty and keeps zero', () => {
    expect(formatCny(null, 'en')).toBe('')
    expect(formatCny(undefined, 'zh-CN')).toBe('')
    expect(formatCny(0, 'zh-CN')).toBe('¥0')
    expect(formatCny(0, 'en')).toBe('CNY 0')
  })
})
