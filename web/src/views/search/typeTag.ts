import type { SearchType } from '@/api/types'

/** The Element Plus tag colour of each kind of hit. */
export function typeTag(type: SearchType): 'primary' | 'success' | 'warning' | 'danger' {
  switch (type) {
    case 'person':
      return 'success'
    case 'interaction':
      return 'warning'
    case 'solution':
      return 'danger'
    default:
      return 'primary'
  }
}
