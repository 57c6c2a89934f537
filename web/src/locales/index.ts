// Messages: locales/<locale>/<module>.json, the file name is the key prefix.
import type { Locale } from '@/api/types'

export interface MessageTree {
  [key: string]: string | MessageTree
}
type Messages = MessageTree

const files = import.meta.glob<Messages>('./*/*.json', { eager: true, import: 'default' })

export function loadMessages(): Record<Locale, Messages> {
  const messages: Record<string, Messages> = { 'zh-CN': {}, en: {} }
  for (const [path, content] of Object.entries(files)) {
    const m = /^\.\/([^/]+)\/([^/]+)\.json$/.exec(path)
    if (!m) continue
    const [, locale, module] = m
    ;(messages[locale] ??= {})[module] = content
  }
  return messages as Record<Locale, Messages>
}

/** All leaf keys of a message tree, dotted ("org.kind.sme"). */
export function flattenKeys(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null) return [prefix]
  return Object.entries(tree as Record<string, unknown>).flatMap(([k, v]) =>
    flattenKeys(v, prefix ? `${prefix}.${k}` : k),
  )
}
