// The partner directory: organisations, people, interactions, reference data, the dashboard, the audit trail.
import type { Bilingual } from './common'

export const ORG_KINDS = [
  'enterprise',
  'sme',
  'startup',
  'association',
  'government',
  'district',
  'university',
  'institution',
  'un_agency',
  'ngo',
  'site',
] as const
export type OrgKind = (typeof ORG_KINDS)[number]

export const ORG_SIZES = ['micro', 'small', 'medium', 'large'] as const
export type OrgSize = (typeof ORG_SIZES)[number]

export const RELATION_TYPES = ['member_of', 'sister_city', 'liaison', 'partner'] as const
export type RelationType = (typeof RELATION_TYPES)[number]

export interface OrgRef {
  id: number
  name: Bilingual
}

export interface Relation {
  type: RelationType
  organisation_id: number
  organisation?: OrgRef
  direction?: 'out' | 'in'
}

export interface Organisation {
  id: number
  version: number
  name: Bilingual
  summary: Bilingual
  kind: OrgKind
  country: string
  city: Bilingual
  district: Bilingual
  sectors: string[]
  sdgs: number[]
  size: OrgSize | null
  website: string
  email: string
  phone: string
  tags: string[]
  relations: Relation[]
  people_count: number
  interactions_count: number
  archived: boolean
  created_at: string
  updated_at: string
}

/** What the client sends on create / update. */
export interface OrganisationInput {
  name: Bilingual
  summary: Bilingual
  kind: OrgKind | ''
  country: string
  city: Bilingual
  district: Bilingual
  sectors: string[]
  sdgs: number[]
  size: OrgSize | null
  website: string
  email: string
  phone: string
  tags: string[]
  relations: { type: RelationType; organisation_id: number }[]
}

export type OrgSort = 'name' | '-name' | 'created_at' | '-created_at' | 'updated_at' | '-updated_at'

export interface OrganisationQuery {
  q?: string
  kind?: string
  country?: string
  sector?: string
  sdg?: number | null
  archived?: boolean
  sort?: OrgSort
  limit?: number
  cursor?: string | null
}

export interface Person {
  id: number
  version: number
  name: Bilingual
  organisation_id: number | null
  title: Bilingual
  email: string
  phone: string
  nationality: string | null
  languages: string[]
  consent_date: string | null
  archived: boolean
  created_at: string
  updated_at: string
}

export interface PersonInput {
  name: Bilingual
  organisation_id: number | null
  title: Bilingual
  email: string
  phone: string
  nationality: string | null
  languages: string[]
  consent_date: string | null
}

export interface PeopleQuery {
  q?: string
  organisation_id?: number | null
  archived?: boolean
  limit?: number
  cursor?: string | null
}

export const INTERACTION_TYPES = ['visit_received', 'meeting', 'call', 'email', 'event'] as const
export type InteractionType = (typeof INTERACTION_TYPES)[number]

export interface Interaction {
  id: number
  version: number
  type: InteractionType
  date: string
  organisation_ids: number[]
  person_ids: number[]
  summary: Bilingual
  staff_user_id: number | null
  organisations: OrgRef[]
  archived: boolean
  created_at: string
  updated_at: string
}

export interface InteractionInput {
  type: InteractionType | ''
  date: string
  organisation_ids: number[]
  person_ids: number[]
  summary: Bilingual
}

export interface InteractionQuery {
  organisation_id?: number | null
  person_id?: number | null
  type?: string
  from?: string
  to?: string
  limit?: number
  cursor?: string | null
}

export interface DashboardSummary {
  organisations: number
  people: number
  interactions: number
  countries: number
  visits_received: number
  organisations_by_kind: { kind: OrgKind; count: number }[]
  organisations_by_country: { country: string; count: number }[]
  interactions_by_month: { month: string; count: number }[]
  /** How many introductions reached each step (a concluded one counts under every step it passed). */
  introductions?: Partial<Record<'interest' | 'requested' | 'accepted' | 'declined' | 'met' | 'concluded' | 'withdrawn', number>>
}

export type SectorLevel = 'section' | 'division' | 'group' | 'class'

export interface Sector {
  code: string
  level: SectorLevel
  name: Bilingual
  isic: string[]
}

export interface Sdg {
  goal: number
  title: Bilingual
  short: Bilingual
  color: string
}

export interface Country {
  code: string
  name: Bilingual
}

export interface AuditEntry {
  id: number
  at: string
  user_id: number | null
  user_email: string | null
  action: string
  entity: string
  entity_id: number | null
  before: Record<string, unknown> | null
  after: Record<string, unknown> | null
  request_id: string
}

export interface AuditQuery {
  entity?: string
  entity_id?: number | null
  user_id?: number | null
  limit?: number
  cursor?: string | null
}
