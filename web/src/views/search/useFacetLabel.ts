// The text shown for a facet value: translated types and kinds, country names,
// sector division names, SDG short titles.
import { useI18n } from 'vue-i18n'
import { useLocaleText } from '@/composables/useLocaleText'
import { useReferenceStore } from '@/stores/reference'
import type { FacetName } from './useSearch'

export function useFacetLabel() {
  const { t, te } = useI18n()
  const { text } = useLocaleText()
  const reference = useReferenceStore()

  return function label(facet: FacetName, value: string): string {
    switch (facet) {
      case 'type':
        return te(`search.type.${value}`) ? t(`search.type.${value}`) : value
      case 'kind':
        if (te(`org.kind.${value}`)) return t(`org.kind.${value}`)
        if (te(`interactions.type.${value}`)) return t(`interactions.type.${value}`)
        return value
      case 'country':
        return text(reference.countryName(value)) || value
      case 'sector': {
        const name = text(reference.sectors[value]?.name)
        return name ? `${value} · ${name}` : value
      }
      case 'sdg': {
        const short = text(reference.sdg(Number(value))?.short)
        return short ? `${value} · ${short}` : `SDG ${value}`
      }
    }
  }
}
