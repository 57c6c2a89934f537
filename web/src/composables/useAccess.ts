// Reactive permission checks; the server enforces each of them anyway.
import { computed } from 'vue'
import { useAuthStore } from '@/stores/auth'

export type Action =
  | 'organisation.create'
  | 'organisation.edit'
  /** See likely duplicates and merge organisations (staff, admin). */
  | 'organisation.merge'
  | 'person.read'
  | 'person.create'
  | 'person.edit'
  | 'interaction.read'
  | 'interaction.write'
  | 'audit.read'
  /** Add a solution: staff, or a partner for its own organisation. */
  | 'solution.create'
  /** Edit or archive a solution: staff, or a partner when it is its organisation's. */
  | 'solution.edit'

export interface Owned {
  /** For an organisation: its id; for a person or a solution: its organisation_id. */
  organisationId?: number | null
}

export function useAccess() {
  const auth = useAuthStore()
  const role = computed(() => auth.user?.role ?? 'public')

  function can(action: Action, target: Owned = {}): boolean {
    const r = role.value
    if (r === 'admin') return true
    if (r === 'public') return false
    if (action === 'audit.read') return false
    if (r === 'staff') return true
    // partner
    const own = auth.user?.organisation_id ?? null
    switch (action) {
      case 'person.read':
      case 'interaction.read':
        return true
      case 'organisation.edit':
      case 'person.edit':
      case 'solution.edit':
        return own !== null && target.organisationId === own
      case 'person.create':
      case 'solution.create':
        return own !== null
      default:
        return false
    }
  }

  return { role, can }
}
