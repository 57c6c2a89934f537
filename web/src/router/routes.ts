import type { RouteRecordRaw } from 'vue-router'
import BasicLayout from '@/layouts/BasicLayout.vue'

const NotBuilt = () => import('@/views/not-built/index.vue')
const writers: ('admin' | 'staff')[] = ['admin', 'staff']

/** Capabilities of PRODUCT.md that are not built yet: route name → capability key. */
export const notBuiltCapabilities = [
  { path: 'b2b', name: 'B2bMeetings', capability: 'b2b' },
  { path: 'accounts/users', name: 'Users', capability: 'users' },
] as const

export const routes: RouteRecordRaw[] = [
  {
    path: '/login',
    name: 'Login',
    component: () => import('@/views/login/index.vue'),
    meta: { title: 'auth.login' },
  },
  {
    path: '/',
    component: BasicLayout,
    redirect: { name: 'Dashboard' },
    children: [
      {
        path: 'dashboard',
        name: 'Dashboard',
        component: () => import('@/views/dashboard/index.vue'),
        meta: { title: 'menu.dashboard', requiresAuth: true },
      },
      {
        path: 'dashboard/kpis/:figure([a-z_]+)',
        name: 'DashboardKpiRecords',
        component: () => import('@/views/dashboard/records.vue'),
        meta: { title: 'dashboard.kpi.records', requiresAuth: true, roles: writers },
        props: (r) => ({ figure: String(r.params.figure) }),
      },
      {
        path: 'partners/organisations',
        name: 'OrganisationList',
        component: () => import('@/views/partners/index.vue'),
        meta: { title: 'menu.organisations' },
      },
      {
        path: 'partners/organisations/new',
        name: 'OrganisationCreate',
        component: () => import('@/views/partners/create.vue'),
        meta: { title: 'org.create', requiresAuth: true, roles: writers },
      },
      {
        path: 'partners/organisations/:id(\\d+)',
        name: 'OrganisationDetail',
        component: () => import('@/views/partners/detail.vue'),
        meta: { title: 'org.detail' },
        props: (r) => ({ id: Number(r.params.id) }),
      },
      {
        path: 'partners/organisations/:id(\\d+)/edit',
        name: 'OrganisationEdit',
        component: () => import('@/views/partners/edit.vue'),
        meta: { title: 'org.edit', requiresAuth: true },
        props: (r) => ({ id: Number(r.params.id) }),
      },
      {
        path: 'partners/duplicates',
        name: 'DuplicatePairs',
        component: () => import('@/views/partners/duplicates.vue'),
        meta: { title: 'menu.duplicates', requiresAuth: true, roles: writers },
      },
      {
        path: 'partners/people',
        name: 'PeopleList',
        component: () => import('@/views/people/index.vue'),
        meta: { title: 'menu.people', requiresAuth: true },
      },
      {
        path: 'partners/people/new',
        name: 'PersonCreate',
        component: () => import('@/views/people/create.vue'),
        meta: { title: 'people.create', requiresAuth: true },
      },
      {
        path: 'partners/people/:id(\\d+)/edit',
        name: 'PersonEdit',
        component: () => import('@/views/people/edit.vue'),
        meta: { title: 'people.edit', requiresAuth: true },
        props: (r) => ({ id: Number(r.params.id) }),
      },
      {
        path: 'partners/interactions',
        name: 'InteractionList',
        component: () => import('@/views/interactions/index.vue'),
        meta: { title: 'menu.interactions', requiresAuth: true },
      },
      {
        path: 'partners/interactions/new',
        name: 'InteractionCreate',
        component: () => import('@/views/interactions/create.vue'),
        meta: { title: 'interactions.create', requiresAuth: true, roles: writers },
      },
      {
        path: 'partners/interactions/:id(\\d+)/edit',
        name: 'InteractionEdit',
        component: () => import('@/views/interactions/edit.vue'),
        meta: { title: 'interactions.edit', requiresAuth: true, roles: writers },
        props: (r) => ({ id: Number(r.params.id) }),
      },
      {
        path: 'accounts/audit',
        name: 'AuditTrail',
        component: () => import('@/views/audit/index.vue'),
        meta: { title: 'menu.audit', requiresAuth: true, roles: ['admin'] },
      },
      {
        path: 'search',
        name: 'Search',
        component: () => import('@/views/search/index.vue'),
        meta: { title: 'search.title' },
      },
      {
        path: 'search/sdg-tag',
        name: 'SdgTag',
        component: () => import('@/views/search/sdg-tag.vue'),
        meta: { title: 'sdg.tool.title' },
      },
      // The solutions library: read by everyone (no requiresAuth), written by staff and partners.
      {
        path: 'solutions',
        name: 'SolutionList',
        component: () => import('@/views/solutions/index.vue'),
        meta: { title: 'menu.solutions' },
      },
      {
        path: 'solutions/new',
        name: 'SolutionCreate',
        component: () => import('@/views/solutions/create.vue'),
        meta: { title: 'solution.create', requiresAuth: true },
      },
      {
        path: 'solutions/:id(\\d+)',
        name: 'SolutionDetail',
        component: () => import('@/views/solutions/detail.vue'),
        meta: { title: 'solution.detail' },
        props: (r) => ({ id: Number(r.params.id) }),
      },
      {
        path: 'solutions/:id(\\d+)/edit',
        name: 'SolutionEdit',
        component: () => import('@/views/solutions/edit.vue'),
        meta: { title: 'solution.edit', requiresAuth: true },
        props: (r) => ({ id: Number(r.params.id) }),
      },
      // The opportunities marketplace: published ones are public; drafting and editing behind login
      // (staff for any organisation, a partner for its own — checked again on the page and by the server).
      {
        path: 'opportunities',
        name: 'OpportunityList',
        component: () => import('@/views/opportunities/index.vue'),
        meta: { title: 'menu.marketplace' },
      },
      {
        path: 'opportunities/new',
        name: 'OpportunityCreate',
        component: () => import('@/views/opportunities/create.vue'),
        meta: { title: 'opportunity.create', requiresAuth: true },
      },
      {
        path: 'opportunities/:id(\\d+)',
        name: 'OpportunityDetail',
        component: () => import('@/views/opportunities/detail.vue'),
        meta: { title: 'opportunity.detail' },
        props: (r) => ({ id: Number(r.params.id) }),
      },
      {
        path: 'opportunities/:id(\\d+)/edit',
        name: 'OpportunityEdit',
        component: () => import('@/views/opportunities/edit.vue'),
        meta: { title: 'opportunity.edit', requiresAuth: true },
        props: (r) => ({ id: Number(r.params.id) }),
      },
      // Introductions: from an expression of interest to a meeting and its outcome (signed-in users).
      {
        path: 'introductions',
        name: 'IntroductionInbox',
        component: () => import('@/views/introductions/index.vue'),
        meta: { title: 'menu.introductions', requiresAuth: true },
      },
      {
        path: 'introductions/:id(\\d+)',
        name: 'IntroductionDetail',
        component: () => import('@/views/introductions/detail.vue'),
        meta: { title: 'introduction.detail', requiresAuth: true },
        props: (r) => ({ id: Number(r.params.id) }),
      },
      // Visiting delegations (staff).
      {
        path: 'delegations',
        name: 'DelegationList',
        component: () => import('@/views/delegations/index.vue'),
        meta: { title: 'menu.delegations', requiresAuth: true, roles: writers },
      },
      {
        path: 'delegations/new',
        name: 'DelegationCreate',
        component: () => import('@/views/delegations/create.vue'),
        meta: { title: 'delegation.create', requiresAuth: true, roles: writers },
      },
      {
        path: 'delegations/:id(\\d+)',
        name: 'DelegationDetail',
        component: () => import('@/views/delegations/detail.vue'),
        meta: { title: 'delegation.detail', requiresAuth: true, roles: writers },
        props: (r) => ({ id: Number(r.params.id) }),
      },
      {
        path: 'delegations/:id(\\d+)/edit',
        name: 'DelegationEdit',
        component: () => import('@/views/delegations/edit.vue'),
        meta: { title: 'delegation.edit', requiresAuth: true, roles: writers },
        props: (r) => ({ id: Number(r.params.id) }),
      },
      // Events and exchange programmes: public ones, registration and the registrant's own page are
      // open to everyone; writing, registrations, invitations and the door (check-in) are staff's.
      {
        path: 'events',
        name: 'EventList',
        component: () => import('@/views/events/index.vue'),
        meta: { title: 'menu.events' },
      },
      {
        path: 'events/new',
        name: 'EventCreate',
        component: () => import('@/views/events/create.vue'),
        meta: { title: 'event.create', requiresAuth: true, roles: writers },
      },
      {
        path: 'events/:id(\\d+)',
        name: 'EventDetail',
        component: () => import('@/views/events/detail.vue'),
        meta: { title: 'event.detail' },
        props: (r) => ({ id: Number(r.params.id) }),
      },
      {
        path: 'events/:id(\\d+)/edit',
        name: 'EventEdit',
        component: () => import('@/views/events/edit.vue'),
        meta: { title: 'event.edit', requiresAuth: true, roles: writers },
        props: (r) => ({ id: Number(r.params.id) }),
      },
      {
        path: 'events/:id(\\d+)/register',
        name: 'EventRegister',
        component: () => import('@/views/events/register.vue'),
        meta: { title: 'event.register.title' },
        props: (r) => ({ id: Number(r.params.id), invitation: typeof r.query.invitation === 'string' ? r.query.invitation : '' }),
      },
      {
        path: 'events/:id(\\d+)/registrations/:rid(\\d+)',
        name: 'EventRegistration',
        component: () => import('@/views/events/registration.vue'),
        meta: { title: 'event.own.title' },
        props: (r) => ({ id: Number(r.params.id), rid: Number(r.params.rid), regKey: typeof r.query.key === 'string' ? r.query.key : '' }),
      },
      {
        path: 'events/:id(\\d+)/check-in',
        name: 'EventCheckIn',
        component: () => import('@/views/events/check-in.vue'),
        meta: { title: 'event.checkIn.title', requiresAuth: true, roles: writers },
        props: (r) => ({ id: Number(r.params.id) }),
      },
      // The service desk: the intake form and the requester's page (by the private link's key) are
      // public; the queues and a case without a key are staff's; the catalogue and teams admins'.
      {
        path: 'desk/new',
        name: 'DeskIntake',
        component: () => import('@/views/desk/intake.vue'),
        meta: { title: 'desk.intake.title' },
      },
      {
        path: 'desk',
        name: 'DeskQueue',
        component: () => import('@/views/desk/index.vue'),
        meta: { title: 'desk.queue.title', requiresAuth: true, roles: writers },
      },
      {
        path: 'desk/escalations',
        name: 'DeskEscalations',
        component: () => import('@/views/desk/escalations.vue'),
        meta: { title: 'desk.escalations.title', requiresAuth: true, roles: writers },
      },
      { path: 'desk/calendar', name: 'DeskCalendar', component: () => import('@/views/desk/calendar.vue'), meta: { title: 'desk.calendar.title' } },
      {
        path: 'desk/services',
        name: 'DeskServices',
        component: () => import('@/views/desk/services.vue'),
        meta: { title: 'desk.services.title', requiresAuth: true, roles: ['admin'] },
      },
      {
        path: 'desk/teams',
        name: 'DeskTeams',
        component: () => import('@/views/desk/teams.vue'),
        meta: { title: 'desk.teams.title', requiresAuth: true, roles: ['admin'] },
      },
      {
        // One address for both sides: with ?key= the requester's page, without it the staff's.
        path: 'desk/cases/:id(\\d+)',
        name: 'DeskCase',
        component: () => import('@/views/desk/case.vue'),
        meta: { title: 'desk.case.page', requiresAuth: true, roles: writers, openWithKey: true },
        props: (r) => ({ id: Number(r.params.id), caseKey: typeof r.query.key === 'string' ? r.query.key : '' }),
      },
      // Cooperation projects and agreements: staff see and write all; a partner reads those its
      // organisation is a party of (the server filters), and moves or writes nothing.
      {
        path: 'projects/board',
        name: 'ProjectBoard',
        component: () => import('@/views/projects/board.vue'),
        meta: { title: 'project.board.title', requiresAuth: true },
      },
      {
        path: 'projects',
        name: 'ProjectList',
        component: () => import('@/views/projects/index.vue'),
        meta: { title: 'project.list.title', requiresAuth: true },
      },
      {
        path: 'projects/new',
        name: 'ProjectCreate',
        component: () => import('@/views/projects/create.vue'),
        meta: { title: 'project.create', requiresAuth: true, roles: writers },
      },
      {
        path: 'projects/:id(\\d+)',
        name: 'ProjectDetail',
        component: () => import('@/views/projects/detail.vue'),
        meta: { title: 'project.detail', requiresAuth: true },
        props: (r) => ({ id: Number(r.params.id) }),
      },
      {
        path: 'projects/:id(\\d+)/edit',
        name: 'ProjectEdit',
        component: () => import('@/views/projects/edit.vue'),
        meta: { title: 'project.edit', requiresAuth: true, roles: writers },
        props: (r) => ({ id: Number(r.params.id) }),
      },
      {
        path: 'agreements',
        name: 'AgreementList',
        component: () => import('@/views/agreements/index.vue'),
        meta: { title: 'agreement.list.title', requiresAuth: true },
      },
      {
        path: 'agreements/new',
        name: 'AgreementCreate',
        component: () => import('@/views/agreements/create.vue'),
        meta: { title: 'agreement.create', requiresAuth: true, roles: writers },
      },
      {
        path: 'agreements/:id(\\d+)',
        name: 'AgreementDetail',
        component: () => import('@/views/agreements/detail.vue'),
        meta: { title: 'agreement.detail', requiresAuth: true },
        props: (r) => ({ id: Number(r.params.id) }),
      },
      {
        path: 'agreements/:id(\\d+)/edit',
        name: 'AgreementEdit',
        component: () => import('@/views/agreements/edit.vue'),
        meta: { title: 'agreement.edit', requiresAuth: true, roles: writers },
        props: (r) => ({ id: Number(r.params.id) }),
      },
      {
        path: 'api',
        name: 'ApiExchange',
        component: () => import('@/views/api-exchange/index.vue'),
        meta: { title: 'menu.api' },
      },
      ...notBuiltCapabilities.map(
        (c): RouteRecordRaw => ({
          path: c.path,
          name: c.name,
          component: NotBuilt,
          meta: { title: `menu.${c.capability}`, capability: c.capability },
        }),
      ),
      {
        path: 'forbidden',
        name: 'Forbidden',
        component: () => import('@/views/errors/forbidden.vue'),
        meta: { title: 'errors.forbidden' },
      },
      {
        path: ':pathMatch(.*)*',
        name: 'NotFound',
        component: () => import('@/views/errors/not-found.vue'),
        meta: { title: 'errors.not-found' },
      },
    ],
  },
]
