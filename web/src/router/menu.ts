// The navigation: one entry per capability of PRODUCT.md, in its order.
// Titles are i18n keys, translated when the menu renders.
import type { Component } from 'vue'
import {
  ChatDotRound,
  Collection,
  Connection,
  Calendar,
  DataAnalysis,
  Files,
  Guide,
  Link,
  OfficeBuilding,
  Search,
  Service,
  User,
} from '@element-plus/icons-vue'
import type { Role } from '@/api/types'

export interface MenuItem {
  key: string
  title: string
  icon?: Component
  /** Route name; absent for groups. */
  route?: string
  roles?: (Role | 'public')[]
  /** Shown with a "not built yet" badge. */
  notBuilt?: boolean
  children?: MenuItem[]
}

const loggedIn: Role[] = ['admin', 'staff', 'partner']

export const menu: MenuItem[] = [
  {
    key: 'partners',
    title: 'menu.partners',
    icon: OfficeBuilding,
    children: [
      { key: 'organisations', title: 'menu.organisations', route: 'OrganisationList' },
      { key: 'people', title: 'menu.people', route: 'PeopleList', roles: loggedIn },
      { key: 'interactions', title: 'menu.interactions', route: 'InteractionList', roles: loggedIn },
      { key: 'duplicates', title: 'menu.duplicates', route: 'DuplicatePairs', roles: ['admin', 'staff'] },
    ],
  },
  {
    key: 'opportunities',
    title: 'menu.opportunities',
    icon: Connection,
    children: [
      { key: 'marketplace', title: 'menu.marketplace', route: 'OpportunityList' },
      { key: 'introductions', title: 'menu.introductions', route: 'IntroductionInbox', roles: loggedIn },
    ],
  },
  { key: 'events', title: 'menu.events', icon: Calendar, route: 'EventList' },
  { key: 'b2b', title: 'menu.b2b', icon: ChatDotRound, route: 'B2bMeetings', notBuilt: true },
  { key: 'delegations', title: 'menu.delegations', icon: Guide, route: 'DelegationList', roles: ['admin', 'staff'] },
  {
    key: 'serviceDesk',
    title: 'menu.serviceDesk',
    icon: Service,
    children: [
      { key: 'deskIntake', title: 'menu.deskIntake', route: 'DeskIntake' },
      { key: 'deskQueue', title: 'menu.deskQueue', route: 'DeskQueue', roles: ['admin', 'staff'] },
      { key: 'deskEscalations', title: 'menu.deskEscalations', route: 'DeskEscalations', roles: ['admin', 'staff'] },
      { key: 'deskCalendar', title: 'menu.deskCalendar', route: 'DeskCalendar' },
      { key: 'deskServices', title: 'menu.deskServices', route: 'DeskServices', roles: ['admin'] },
      { key: 'deskTeams', title: 'menu.deskTeams', route: 'DeskTeams', roles: ['admin'] },
    ],
  },
  {
    key: 'projects',
    title: 'menu.projects',
    icon: Files,
    children: [
      { key: 'projectBoard', title: 'menu.projectBoard', route: 'ProjectBoard', roles: loggedIn },
      { key: 'projectList', title: 'menu.projectList', route: 'ProjectList', roles: loggedIn },
      { key: 'agreements', title: 'menu.agreements', route: 'AgreementList', roles: loggedIn },
    ],
  },
  { key: 'solutions', title: 'menu.solutions', icon: Collection, route: 'SolutionList' },
  { key: 'search', title: 'menu.search', icon: Search, route: 'Search' },
  { key: 'dashboard', title: 'menu.dashboard', icon: DataAnalysis, route: 'Dashboard', roles: loggedIn },
  {
    key: 'accounts',
    title: 'menu.accounts',
    icon: User,
    children: [
      { key: 'audit', title: 'menu.audit', route: 'AuditTrail', roles: ['admin'] },
      { key: 'users', title: 'menu.users', route: 'Users', notBuilt: true },
    ],
  },
  { key: 'api', title: 'menu.api', icon: Link, route: 'ApiExchange' },
]

/** The menu as `role` sees it: items it may open, groups with at least one child. */
export function visibleMenu(items: MenuItem[], role: Role | 'public'): MenuItem[] {
  const out: MenuItem[] = []
  for (const item of items) {
    if (item.roles && !item.roles.includes(role)) continue
    if (item.children) {
      const children = visibleMenu(item.children, role)
      if (children.length) out.push({ ...item, children })
    } else {
      out.push(item)
    }
  }
  return out
}
