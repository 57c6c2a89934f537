import { describe, expect, it } from 'vitest'
import { flattenKeys, loadMessages } from '../index'

describe('locale files', () => {
  const messages = loadMessages()
  const zh = flattenKeys(messages['zh-CN']).sort()
  const en = flattenKeys(messages.en).sort()

  it('zh-CN and en have exactly the same keys', () => {
    const onlyZh = zh.filter((k) => !en.includes(k))
    const onlyEn = en.filter((k) => !zh.includes(k))
    expect({ onlyZh, onlyEn }).toEqual({ onlyZh: [], onlyEn: [] })
  })

  it('has a text for every key in both languages', () => {
    const read = (tree: unknown, key: string) =>
      key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree)
    for (const key of zh) {
      expect(read(messages['zh-CN'], key), `zh-CN ${key}`).toMatch(/\S/)
      expect(read(messages.en, key), `en ${key}`).toMatch(/\S/)
    }
  })

  it('names every capability of the product in the menu', () => {
    for (const key of ['partners', 'opportunities', 'events', 'b2b', 'delegations', 'serviceDesk', 'projects', 'solutions', 'search', 'dashboard', 'accounts', 'api']) {
      expect(zh).toContain(`menu.${key}`)
    }
  })
})
