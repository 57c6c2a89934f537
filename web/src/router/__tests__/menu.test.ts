import { describe, expect, it } from 'vitest'
import { menu, visibleMenu, type MenuItem } from '../menu'
import { notBuiltCapabilities, routes } from '../routes'

const keys = (items: MenuItem[]): string[] => items.flatMap((i) => [i.key, ...keys(i.children ?? [])])
const routeNames = (rs: typeof routes): string[] =>
  rs.flatMap((r) => [String(r.name ?? ''), ...routeNames(r.children ?? [])])

describe('navigation', () => {
  it('lists the twelve capabilities of the product, in its order', () => {
    expect(menu.map((m) => m.key)).toEqual([
      'partners', 'opportunities', 'events', 'b2b', 'delegations', 'serviceDesk',
      'projects', 'solutions', 'search', 'dashboard', 'accounts', 'api',
    ])
  })

  it('points every entry at an existing route', () => {
    const names = routeNames(routes)
    for (const item of menu.flatMap((m) => m.children ?? [m])) expect(names).toContain(item.route)
  })

  it('points search at the real results page, public like the directory', () => {
    const search = menu.find((m) => m.key === 'search')
    expect(search?.route).toBe('Search')
    expect(search?.notBuilt).toBeFalsy()
    expect(keys(visibleMenu(menu, 'public'))).toContain('search')
  })

  it('shows the audit trail to admins only and people/interactions to logged-in users', () => {
    expect(keys(visibleMenu(menu, 'admin'))).toContain('audit')
    expect(keys(visibleMenu(menu, 'staff'))).not.toContain('audit')
    const publicKeys = keys(visibleMenu(menu, 'public'))
    expect(publicKeys).toContain('organisations')
    expect(publicKeys).not.toContain('people')
    expect(publicKeys).not.toContain('dashboard')
    expect(publicKeys).toContain('accounts') // still lists "users & roles: not built yet"
  })

  it('offers the duplicate pairs under the partner network to staff and admins only', () => {
    const partners = (role: 'admin' | 'staff' | 'partner' | 'public') =>
      keys(visibleMenu(menu, role).filter((m) => m.key === 'partners'))
    expect(partners('admin')).toContain('duplicates')
    expect(partners('staff')).toContain('duplicates')
    expect(partners('partner')).not.toContain('duplicates')
    expect(partners('public')).not.toContain('duplicates')
    const route = routes[1].children?.find((r) => r.name === 'DuplicatePairs')
    expect(route?.meta?.roles).toEqual(['admin', 'staff'])
  })

  it('makes the solutions library real and public: list and detail for everyone, writing behind login', () => {
    const solutions = menu.find((m) => m.key === 'solutions')
    expect(solutions?.route).toBe('SolutionList')
    expect(solutions?.notBuilt).toBeFalsy()
    expect(keys(visibleMenu(menu, 'public'))).toContain('solutions')
    const child = (name: string) => routes[1].children?.find((r) => r.name === name)
    expect(child('SolutionList')?.meta?.requiresAuth).toBeFalsy()
    expect(child('SolutionDetail')?.meta?.requiresAuth).toBeFalsy()
    expect(child('SdgTag')?.meta?.requiresAuth).toBeFalsy()
    expect(child('SolutionCreate')?.meta?.requiresAuth).toBe(true)
    expect(child('SolutionEdit')?.meta?.requiresAuth).toBe(true)
  })
})

describe('matchmaking navigation', () => {
  const child = (name: string) => routes[1].children?.find((r) => r.name === name)

  it('makes the marketplace real and public, the introductions signed-in, delegations staff-only', () => {
    const opportunities = menu.find((m) => m.key === 'opportunities')
    expect(opportunities?.notBuilt).toBeFalsy()
    expect(opportunities?.children?.map((c) => c.route)).toEqual(['OpportunityList', 'IntroductionInbox'])
    expect(keys(visibleMenu(menu, 'public'))).toContain('marketplace')
    expect(keys(visibleMenu(menu, 'public'))).not.toContain('introductions')
    expect(keys(visibleMenu(menu, 'partner'))).toContain('introductions')
    const delegations = menu.find((m) => m.key === 'delegations')
    expect(delegations?.notBuilt).toBeFalsy()
    expect(delegations?.route).toBe('DelegationList')
    expect(keys(visibleMenu(menu, 'staff'))).toContain('delegations')
    expect(keys(visibleMenu(menu, 'partner'))).not.toContain('delegations')
    expect(child('OpportunityList')?.meta?.requiresAuth).toBeFalsy()
    expect(child('OpportunityDetail')?.meta?.requiresAuth).toBeFalsy()
    expect(child('OpportunityCreate')?.meta?.requiresAuth).toBe(true)
    expect(child('IntroductionInbox')?.meta?.requiresAuth).toBe(true)
    expect(child('DelegationDetail')?.meta?.roles).toEqual(['admin', 'staff'])
  })
})

describe('events navigation', () => {
  const child = (name: string) => routes[1].children?.find((r) => r.name === name)

  it('makes events real: list, page, registration and the registrant\'s page public; writing and the door staff-only', () => {
    const events = menu.find((m) => m.key === 'events')
    expect(events?.route).toBe('EventList')
    expect(events?.notBuilt).toBeFalsy()
    expect(keys(visibleMenu(menu, 'public'))).toContain('events')
    for (const name of ['EventList', 'EventDetail', 'EventRegister', 'EventRegistration']) expect(child(name)?.meta?.requiresAuth).toBeFalsy()
    for (const name of ['EventCreate', 'EventEdit', 'EventCheckIn']) expect(child(name)?.meta?.roles).toEqual(['admin', 'staff'])
  })
})

describe('service desk navigation', () => {
  const child = (name: string) => routes[1].children?.find((r) => r.name === name)
  const desk = (role: 'admin' | 'staff' | 'partner' | 'public') =>
    keys(visibleMenu(menu, role).filter((m) => m.key === 'serviceDesk'))

  it('is a group: the intake form for everyone, queues and escalations for staff, catalogue and teams for admins', () => {
    const group = menu.find((m) => m.key === 'serviceDesk')
    expect(group?.notBuilt).toBeFalsy()
    expect(group?.children?.map((c) => c.route)).toEqual(['DeskIntake', 'DeskQueue', 'DeskEscalations', 'DeskCalendar', 'DeskServices', 'DeskTeams'])
    expect(desk('public')).toEqual(['serviceDesk', 'deskIntake', 'deskCalendar'])
    expect(desk('partner')).toEqual(['serviceDesk', 'deskIntake', 'deskCalendar'])
    expect(desk('staff')).toEqual(['serviceDesk', 'deskIntake', 'deskQueue', 'deskEscalations', 'deskCalendar'])
    expect(desk('admin')).toEqual(['serviceDesk', 'deskIntake', 'deskQueue', 'deskEscalations', 'deskCalendar', 'deskServices', 'deskTeams'])
  })

  it('is no longer "not built"; the intake is public, the case page with its key, the rest behind roles', () => {
    expect(notBuiltCapabilities.map((c) => c.capability)).not.toContain('serviceDesk')
    expect(child('DeskIntake')?.meta?.requiresAuth).toBeFalsy()
    // the case page: open with the private link's key, staff's without it
    expect(child('DeskCase')?.meta).toMatchObject({ openWithKey: true, requiresAuth: true, roles: ['admin', 'staff'] })
    for (const name of ['DeskQueue', 'DeskEscalations']) expect(child(name)?.meta?.roles).toEqual(['admin', 'staff'])
    for (const name of ['DeskServices', 'DeskTeams']) expect(child(name)?.meta?.roles).toEqual(['admin'])
  })
})

describe('projects navigation', () => {
  const child = (name: string) => routes[1].children?.find((r) => r.name === name)
  const group = (role: 'admin' | 'staff' | 'partner' | 'public') => keys(visibleMenu(menu, role).filter((m) => m.key === 'projects'))

  it('is a group of board, list and agreements for signed-in users, no longer "not built"', () => {
    const projects = menu.find((m) => m.key === 'projects')
    expect(projects?.notBuilt).toBeFalsy()
    expect(projects?.children?.map((c) => c.route)).toEqual(['ProjectBoard', 'ProjectList', 'AgreementList'])
    expect(notBuiltCapabilities.map((c) => c.capability)).not.toContain('projects')
    expect(group('public')).toEqual([])
    expect(group('partner')).toEqual(['projects', 'projectBoard', 'projectList', 'agreements'])
    for (const name of ['ProjectBoard', 'ProjectList', 'ProjectDetail', 'AgreementList', 'AgreementDetail']) expect(child(name)?.meta?.requiresAuth).toBe(true)
    for (const name of ['ProjectCreate', 'ProjectEdit', 'AgreementCreate', 'AgreementEdit']) expect(child(name)?.meta?.roles).toEqual(['admin', 'staff'])
  })
})
