// Cooperation projects (a pipeline of stages, moved on a kanban board) and the agreements signed
// (MoUs, cooperation agreements, letters of intent) with their renewal reminders.
import type { Bilingual } from './common'

export const PROJECT_STAGES = ['reserve', 'negotiating', 'agreement_signed', 'implementing', 'completed', 'dropped'] as const
export type ProjectStage = (typeof PROJECT_STAGES)[number]
export const PARTY_ROLES = ['lead', 'partner', 'investor', 'host', 'funder', 'advisor'] as const
export type PartyRole = (typeof PARTY_ROLES)[number]
export const PROJECT_SORTS = ['updated', 'value', 'due'] as const
export type ProjectSort = (typeof PROJECT_SORTS)[number]

export interface ProjectParty {
  organisation_id: number
  role: PartyRole
  name: Bilingual
}

export interface ProjectStep {
  stage: ProjectStage
  at: string
  user_id: number | null
  actor: string
  note: Bilingual
}

export interface Project {
  id: number
  version: number
  title: Bilingual
  summary: Bilingual
  stage: ProjectStage
  drop_reason: Bilingual | null
  parties: ProjectParty[]
  sectors: string[]
  sdgs: number[]
  district: Bilingual
  estimated_value_cny: number | null
  next_action: Bilingual
  next_action_due: string | null
  owner_id: number | null
  introduction_id: number | null
  event_id: number | null
  created_by: number | null
  /** The stages it may move to now. */
  moves: ProjectStage[]
  /** Every stage reached, oldest first (empty in lists). */
  history: ProjectStep[]
  created_at: string
  updated_at: string
}

/** What the form sends (create; PATCH adds the version). */
export interface ProjectInput {
  title: Bilingual
  summary: Bilingual
  parties: { organisation_id: number | null; role: PartyRole }[]
  sectors: string[]
  sdgs: number[]
  district: Bilingual
  estimated_value_cny: number | null
  next_action: Bilingual
  next_action_due: string | null
  owner_id: number | null
  introduction_id: number | null
  event_id: number | null
  /** Create only: where it starts. */
  stage?: ProjectStage
  /** Create only: the first stage's note. */
  note?: Bilingual
}

/** The list's filters (and the board's, without stage, sort and cursor). */
export interface ProjectQuery {
  stage?: ProjectStage | ''
  district?: string
  sdg?: number | null
  sector?: string
  organisation_id?: number | null
  owner?: number | null
  q?: string
  overdue_action?: boolean
  sort?: ProjectSort
  limit?: number
  cursor?: string | null
}

export interface ProjectCard {
  id: number
  version: number
  title: Bilingual
  parties: Bilingual[]
  estimated_value_cny: number | null
  next_action_due: string | null
  owner_id: number | null
}

export interface ProjectBoardColumn {
  stage: ProjectStage
  count: number
  /** The stages a card of this column may be dropped on. */
  moves: ProjectStage[]
  projects: ProjectCard[]
}

export interface ProjectMove {
  to: ProjectStage
  version?: number
  note?: Bilingual
  reason?: Bilingual
}

export const AGREEMENT_KINDS = ['mou', 'cooperation_agreement', 'letter_of_intent'] as const
export type AgreementKind = (typeof AGREEMENT_KINDS)[number]
export const AGREEMENT_STATUSES = ['active', 'expiring', 'expired'] as const
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number]

export interface AgreementParty {
  organisation_id: number
  name: Bilingual
  signatory_name: string
  signatory_title: Bilingual
}

export interface Agreement {
  id: number
  version: number
  kind: AgreementKind
  title: Bilingual
  summary: Bilingual
  parties: AgreementParty[]
  signed_on: string
  signed_place: Bilingual
  expires_on: string | null
  /** Its own days of notice; null takes the node's default. */
  renewal_notice_days: number | null
  /** The day staff are reminded to renew it. */
  remind_on: string | null
  status: AgreementStatus
  project_id: number | null
  event_id: number | null
  introduction_id: number | null
  created_by: number | null
  created_at: string
  updated_at: string
}

export interface AgreementInput {
  kind: AgreementKind | ''
  title: Bilingual
  summary: Bilingual
  parties: { organisation_id: number | null; signatory_name: string; signatory_title: Bilingual }[]
  signed_on: string | null
  signed_place: Bilingual
  expires_on: string | null
  renewal_notice_days: number | null
  project_id: number | null
  event_id: number | null
  introduction_id: number | null
}

export interface AgreementQuery {
  kind?: AgreementKind | ''
  status?: AgreementStatus | ''
  organisation_id?: number | null
  project_id?: number | null
  signed_from?: string
  signed_to?: string
  limit?: number
  cursor?: string | null
}
