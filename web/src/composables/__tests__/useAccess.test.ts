import { describe, expect, it } from 'vitest'
import { setup } from '@/__tests__/helpers'
import { useAuthStore } from '@/stores/auth'
import type { User } from '@/api/types'
import { useAccess } from '../useAccess'

const user = (role: User['role'], organisation_id: number | null = null): User => ({
  id: 1, email: 'x@y.z', role, organisation_id, display_name: 'X', locale: 'en',
})

describe('useAccess', () => {
  it('lets a partner edit only its own organisation and its people', () => {
    setup()
    const auth = useAuthStore()
    auth.user = user('partner', 5)
    const { can } = useAccess()
    expect(can('organisation.edit', { organisationId: 5 })).toBe(true)
    expect(can('organisation.edit', { organisationId: 6 })).toBe(false)
    expect(can('person.edit', { organisationId: 5 })).toBe(true)
    expect(can('person.edit', { organisationId: null })).toBe(false)
    expect(can('organisation.create')).toBe(false)
    expect(can('organisation.merge', { organisationId: 5 })).toBe(false)
    expect(can('interaction.write')).toBe(false)
    expect(can('audit.read')).toBe(false)
  })

  it('lets staff write everything but the audit trail, and reacts to logout', () => {
    setup()
    const auth = useAuthStore()
    auth.user = user('staff')
    const { can, role } = useAccess()
    expect(can('organisation.edit', { organisationId: 99 })).toBe(true)
    expect(can('interaction.write')).toBe(true)
    expect(can('organisation.merge')).toBe(true)
    expect(can('audit.read')).toBe(false)
    auth.user = null
    expect(role.value).toBe('public')
    expect(can('organisation.edit', { organisationId: 99 })).toBe(false)
  })

  it('lets staff write any solution and a partner only its own organisation\'s; the public reads only', () => {
    setup()
    const auth = useAuthStore()
    const { can } = useAccess()
    auth.user = user('staff')
    expect(can('solution.create')).toBe(true)
    expect(can('solution.edit', { organisationId: null })).toBe(true)
    auth.user = user('partner', 5)
    expect(can('solution.create')).toBe(true)
    expect(can('solution.edit', { organisationId: 5 })).toBe(true)
    expect(can('solution.edit', { organisationId: 6 })).toBe(false)
    expect(can('solution.edit', { organisationId: null })).toBe(false)
    auth.user = user('partner', null)
    expect(can('solution.create')).toBe(false)
    auth.user = null
    expect(can('solution.create')).toBe(false)
    expect(can('solution.edit', { organisationId: 5 })).toBe(false)
  })
})
