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
  /** Draft an opportunity: staff, or a partner for its own organisation. */
  | 'opportunity.create'
  /** Edit, publish, unpublish or close an opportunity: staff, or a partner when it is its organisation's. */
  | 'opportunity.edit'
  /** Reopen a closed or expired opportunity (staff). */
  | 'opportunity.reopen'
  /** Visiting delegations (staff). */
  | 'delegation.read'
  | 'delegation.write'
  /** The introduction inbox (everyone signed in). */
  | 'introduction.read'
  /** Express interest: staff for any organisation, a partner for its own. */
  | 'introduction.create'
  /** Create and edit events and their sessions, invite, check in, see registrations (staff). */
  | 'event.write'
  /** Edit a site's visiting details (staff). */
  | 'site.write'

export interface Owned {
  /** For an organisation: its id; for a person, a solution or an opportunity: its organisation_id. */
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
      case 'introduction.read':
        return true
      case 'organisation.edit':
      case 'person.edit':
      case 'solution.edit':
      case 'opportunity.edit':
        return own !== null && target.organisationId === own
      case 'person.create':
      case 'solution.create':
      case 'opportunity.create':
      case 'introduction.create':
        return own !== null
      default:
        return false
    }
  }

  return { role, can }
}
