// The service desk (foreign-related matters): teams, the service catalogue, cases from intake to
// closing, the requester's private page. The workflow and the due dates are the server's.
import type { Bilingual, Role } from './common'

export const CASE_STATUSES = ['new', 'assigned', 'in_progress', 'waiting_on_requester', 'resolved', 'closed'] as const
export type CaseStatus = (typeof CASE_STATUSES)[number]

export const CASE_QUEUES = ['mine', 'team', 'unassigned', 'open', 'overdue', 'all'] as const
export type CaseQueue = (typeof CASE_QUEUES)[number]

export const CASE_SORTS = ['due', 'created', 'updated'] as const
export type CaseSort = (typeof CASE_SORTS)[number]

export type CaseLanguage = 'zh' | 'en'

export interface UserRef {
  id: number
  email: string
  display_name: string
}

export interface Team {
  id: number
  key: string
  name: Bilingual
  members: UserRef[]
  version: number
}

export interface TeamInput {
  key: string
  name: Bilingual
  /** User ids. */
  members: number[]
}

export interface TeamPatch {
  version: number
  name?: Bilingual
  members?: number[]
}

/** Staff and admins: the people a case can be assigned to. */
export interface StaffUser extends UserRef {
  role?: Role
  /** Team ids. */
  teams: number[]
}

export interface TeamRef {
  id: number
  key?: string
  name: Bilingual
}

export interface DeskService {
  id: number
  key: string
  name: Bilingual
  description: Bilingual
  team: TeamRef
  /** Business hours. */
  target_hours: number
  active: boolean
  position: number
  version: number
}

export interface ServiceInput {
  key: string
  name: Bilingual
  description: Bilingual
  team_id: number
  target_hours: number
  active?: boolean
  position?: number
}

export type ServicePatch = Partial<ServiceInput> & { version: number }

export interface AttachmentUpload {
  name: string
  content_base64: string
}

export interface CaseContact {
  name: string
  email: string
  phone?: string
  organisation?: string
  /** ISO 3166-1 alpha-2. */
  country?: string
}

export interface CaseInput {
  service_id: number
  contact: CaseContact
  language: CaseLanguage
  subject?: string
  description: string
  attachments?: AttachmentUpload[]
}

export interface CaseCreated {
  id: number
  number: string
  /** A web route: "/desk/cases/{id}?key={key}". */
  status_url: string
  key: string
  status?: CaseStatus
  due_at?: string | null
}

export interface CaseSummary {
  id: number
  number: string
  status: CaseStatus
  service: { id: number; name: Bilingual }
  team: { id: number; name: Bilingual } | null
  assignee: UserRef | null
  contact: { name: string; email: string; country: string | null }
  language: CaseLanguage
  subject: string
  created_at: string
  updated_at: string
  due_at: string | null
  overdue: boolean
  satisfaction: number | null
}

export interface CaseQuery {
  queue?: CaseQueue
  team_id?: number | null
  assignee_id?: number | null
  service_id?: number | null
  /** Comma list of statuses. */
  status?: string
  q?: string
  sort?: CaseSort
  limit?: number
  cursor?: string | null
}

export interface CaseCounts {
  by_status: Partial<Record<CaseStatus, number>>
  open: number
  overdue: number
  unassigned: number
  mine: number
  teams: { id: number; name: Bilingual; open: number; overdue: number }[]
}

export type Escalation = CaseSummary & {
  level: 'overdue' | 'at_risk'
  late_minutes?: number
  left_minutes?: number
}

export interface Attachment {
  id: number
  name: string
  media_type: string
  size: number
}

export interface CaseMessage {
  id: number
  internal: boolean
  author: { kind: 'staff' | 'requester' | 'system'; name: string }
  body: string
  created_at: string
  attachments: Attachment[]
}

export interface CaseHistoryEntry {
  from: CaseStatus | null
  to: CaseStatus
  at: string
  actor: string
  assignee: UserRef | null
  message: string
}

export interface Satisfaction {
  score: number
  comment: string
  at: string
}

export interface DeskCase extends Omit<CaseSummary, 'contact' | 'satisfaction'> {
  description: string
  contact: Required<CaseContact> & { country: string | null }
  /** The files sent with the request itself (a message's files are in the message). */
  attachments: Attachment[]
  messages: CaseMessage[]
  history: CaseHistoryEntry[]
  first_response_at: string | null
  resolved_at: string | null
  closed_at: string | null
  reopen_until: string | null
  satisfaction: Satisfaction | null
  /** While open: working minutes to the due time (negative: that late); null once finished. */
  business_minutes_left: number | null
  /** Waiting on the requester: the due time waits too. */
  clock_stopped: boolean
  next_statuses: CaseStatus[]
  version: number
  target_hours: number
}

export interface CaseMove {
  to: CaseStatus
  /** User id; the caller by default when to=assigned. */
  assignee?: number
  message?: string
}

export interface NoteInput {
  internal: boolean
  body: string
  attachments?: AttachmentUpload[]
}

/** What the requester sees through the private link. */
export interface PublicCase {
  id: number
  number: string
  status: CaseStatus
  service: { id: number; name: Bilingual }
  language: CaseLanguage
  subject: string
  description: string
  contact?: { name: string; email: string }
  /** The files sent with the request itself. */
  attachments: Attachment[]
  created_at: string
  due_at: string | null
  resolved_at?: string | null
  messages: CaseMessage[]
  can_reply: boolean
  can_confirm: boolean
  can_reopen: boolean
  reopen_until: string | null
  can_rate: boolean
  satisfaction: Satisfaction | null
}

export interface ReplyInput {
  body: string
  attachments?: AttachmentUpload[]
}

export interface RatingInput {
  score: number
  comment?: string
}

export interface DeskCalendar {
  year: number
  covered: boolean
  time_zone: string
  work_periods: { start: string; end: string }[]
  holidays: { from: string; to: string; name: Bilingual }[]
  working_days: string[]
  /** The notices the holidays come from. */
  source: string
}
