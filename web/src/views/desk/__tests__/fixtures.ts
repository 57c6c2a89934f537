import type { CaseSummary, DeskCase, DeskService, PublicCase, Team } from '@/api/types'

export const team: Team = {
  id: 3,
  key: 'investment',
  name: { zh: '投资服务组', en: 'Investment services' },
  members: [{ id: 1, email: 'x@y.z', display_name: 'X' }],
  version: 1,
}

export const service = (over: Partial<DeskService> = {}): DeskService => ({
  id: 7,
  key: 'work-permit',
  name: { zh: '外国人工作许可', en: 'Work permit for foreigners' },
  description: { zh: '办理与延期', en: 'Applying and renewing' },
  team: { id: 3, key: 'investment', name: team.name },
  target_hours: 16,
  active: true,
  position: 1,
  version: 1,
  ...over,
})

export const summary = (over: Partial<CaseSummary> = {}): CaseSummary => ({
  id: 42,
  number: 'FR-2026-00042',
  status: 'new',
  service: { id: 7, name: service().name },
  team: { id: 3, name: team.name },
  assignee: null,
  contact: { name: 'Marta Puig', email: 'marta@example.org', country: 'ES' },
  language: 'en',
  subject: 'Renewing a work permit',
  created_at: '2026-12-01T01:00:00.000Z',
  updated_at: '2026-12-01T01:00:00.000Z',
  due_at: '2026-12-03T01:00:00.000Z',
  overdue: false,
  satisfaction: null,
  ...over,
})

export const deskCase = (over: Partial<DeskCase> = {}): DeskCase => ({
  ...summary(),
  description: 'My permit ends in January.',
  contact: { name: 'Marta Puig', email: 'marta@example.org', phone: '+34 600 000 000', organisation: 'City of Barcelona', country: 'ES' },
  attachments: [{ id: 4, name: 'passport.pdf', media_type: 'application/pdf', size: 300_000 }],
  messages: [
    { id: 1, internal: false, author: { kind: 'requester', name: 'Marta Puig' }, body: 'Please help', created_at: '2026-12-01T01:00:00.000Z', attachments: [{ id: 5, name: 'permit.pdf', media_type: 'application/pdf', size: 2048 }] },
    { id: 2, internal: true, author: { kind: 'staff', name: 'Li Wei' }, body: 'Check with the bureau first', created_at: '2026-12-01T02:00:00.000Z', attachments: [] },
    { id: 3, internal: false, author: { kind: 'staff', name: 'Li Wei' }, body: 'We are on it', created_at: '2026-12-01T03:00:00.000Z', attachments: [] },
  ],
  history: [{ from: null, to: 'new', at: '2026-12-01T01:00:00.000Z', actor: 'requester', assignee: null, message: '' }],
  first_response_at: null,
  resolved_at: null,
  closed_at: null,
  reopen_until: null,
  satisfaction: null,
  business_minutes_left: 600,
  clock_stopped: false,
  next_statuses: ['assigned', 'closed'],
  version: 1,
  target_hours: 16,
  ...over,
})

export const publicCase = (over: Partial<PublicCase> = {}): PublicCase => ({
  id: 42,
  number: 'FR-2026-00042',
  status: 'resolved',
  service: { id: 7, name: service().name },
  language: 'en',
  subject: 'Renewing a work permit',
  description: 'My permit ends in January.',
  attachments: [{ id: 4, name: 'passport.pdf', media_type: 'application/pdf', size: 300_000 }],
  created_at: '2026-12-01T01:00:00.000Z',
  due_at: null,
  messages: [{ id: 3, internal: false, author: { kind: 'staff', name: 'Li Wei' }, body: 'Done: see the form', created_at: '2026-12-01T03:00:00.000Z', attachments: [{ id: 6, name: 'form.pdf', media_type: 'application/pdf', size: 1000 }] }],
  can_reply: true,
  can_confirm: true,
  can_reopen: true,
  reopen_until: '2026-12-15T03:00:00.000Z',
  can_rate: true,
  satisfaction: null,
  ...over,
})
