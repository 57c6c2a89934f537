import { computed } from 'vue'
import type { Bilingual } from '@/api/types'
import { useAppStore } from '@/stores/app'
import { pick, pickSecondary } from '@/utils/locale'

/** Bilingual text in the current language (and the other language as secondary text). */
export function useLocaleText() {
  const app = useAppStore()
  const locale = computed(() => app.locale)
  return {
    locale,
    text: (b: Bilingual | null | undefined) => pick(b, app.locale),
    secondary: (b: Bilingual | null | undefined) => pickSecondary(b, app.locale),
  }
}
