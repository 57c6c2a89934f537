// Locale helpers (no Vue imports).
import type { Bilingual, Locale } from '@/api/types'

export const LOCALES: Locale[] = ['zh-CN', 'en']
export const DEFAULT_LOCALE: Locale = 'zh-CN'
const STORAGE_KEY = 'icity.locale'

export function isLocale(value: unknown): value is Locale {
  return value === 'zh-CN' || value === 'en'
}

export function readStoredLocale(): Locale {
  try {
    const v = globalThis.localStorage?.getItem(STORAGE_KEY)
    return isLocale(v) ? v : DEFAULT_LOCALE
  } catch {
    return DEFAULT_LOCALE
  }
}

/** Whether the visitor has chosen a language on this browser. */
export function hasStoredLocale(): boolean {
  try {
    return isLocale(globalThis.localStorage?.getItem(STORAGE_KEY))
  } catch {
    return false
  }
}

export function storeLocale(locale: Locale): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale)
  } catch {
    /* private mode: the choice lives for this page only */
  }
}

/** The text of `b` in `locale`, falling back to the other language. */
export function pick(b: Bilingual | null | undefined, locale: string): string {
  if (!b) return ''
  const primary = locale === 'en' ? b.en : b.zh
  const other = locale === 'en' ? b.zh : b.en
  return primary || other || ''
}

/** The other language's text when it differs from the primary one, else "". */
export function pickSecondary(b: Bilingual | null | undefined, locale: string): string {
  if (!b) return ''
  const primary = locale === 'en' ? b.en : b.zh
  const other = locale === 'en' ? b.zh : b.en
  return primary && other && other !== primary ? other : ''
}

export function emptyBilingual(): { zh: string; en: string } {
  return { zh: '', en: '' }
}
