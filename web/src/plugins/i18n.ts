import { createI18n } from 'vue-i18n'
import { loadMessages } from '@/locales'
import { readStoredLocale } from '@/utils/locale'

export const i18n = createI18n({
  legacy: false,
  locale: readStoredLocale(),
  fallbackLocale: 'en',
  messages: loadMessages(),
  missingWarn: false,
  fallbackWarn: false,
})

export function translate(key: string): string | undefined {
  const g = i18n.global
  return g.te(key) ? g.t(key) : undefined
}
