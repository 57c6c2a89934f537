import type { SearchType } from '@/api/types'

export type TypeTag = 'primary' | 'success' | 'warning' | 'danger' | 'info'

/** Every type has its colour (a type missing here fails to compile); neighbouring groups differ. */
const TAGS: Record<SearchType, TypeTag> = {
  organisation: 'primary',
  person: 'success',
  interaction: 'warning',
  solution: 'danger',
  opportunity: 'info',
  project: 'primary',
  agreement: 'success',
}

/** The Element Plus tag colour of each kind of hit. */
export function typeTag(type: SearchType): TypeTag {
  return TAGS[type] ?? 'info'
}
