// The text shown for a facet value: translated types and kinds (stages for projects), country names,
// sector division names, SDG short titles.
import { useI18n } from 'vue-i18n'
import { useLocaleText } from '@/composables/useLocaleText'
import { useReferenceStore } from '@/stores/reference'
import type { FacetName } from './useSearch'

/** Where the kind facet's values are named, one list per type of record. */
const KIND_KEYS = ['org.kind', 'interactions.type', 'opportunity.kind', 'project.stage', 'agreement.kind']

export function useFacetLabel() {
  const { t, te } = useI18n()
  const { text } = useLocaleText()
  const reference = useReferenceStore()

  return function label(facet: FacetName, value: string): string {
    switch (facet) {
      case 'type':
        return te(`search.type.${value}`) ? t(`search.type.${value}`) : value
      case 'kind': {
        // An organisation kind, interaction type, opportunity kind, project stage or agreement kind.
        const key = KIND_KEYS.map((prefix) => `${prefix}.${value}`).find((k) => te(k))
        return key ? t(key) : value
      }
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
