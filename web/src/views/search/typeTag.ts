import type { SearchType } from '@/api/types'

/** The Element Plus tag colour of each kind of hit. */
export function typeTag(type: SearchType): 'primary' | 'success' | 'warning' {
  return type === 'person' ? 'success' : type === 'interaction' ? 'warning' : 'primary'
}
