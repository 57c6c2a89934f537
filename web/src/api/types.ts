// Hand-written types matching docs/api.md (issue 2). A generated schema.d.ts
// from ../openapi.yaml will replace these later.

export type Locale = 'zh-CN' | 'en'
export type Role = 'admin' | 'staff' | 'partner'

/** Bilingual text; either side may be "". */
export interface Bilingual {
  zh: string
  en: string
}

export interface Page<T> {
  items: T[]
  next_cursor: string | null
}

export interface FieldError {
  field: string
  message: string
}

export interface Problem {
  type: string
  title: string
  status: number
  detail?: string
  errors?: FieldError[]
}

export interface User {
  id: number
  email: string
  role: Role
  organisation_id: number | null
  display_name: string
  locale: Locale | string
}

export interface LoginResponse {
  csrf_token: string
  user: User
}

export interface ApiToken {
  token: string
  name: string
  id: number
}

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

export const SEARCH_TYPES = ['organisation', 'person', 'interaction', 'solution'] as const
export type SearchType = (typeof SEARCH_TYPES)[number]

export interface SearchHit {
  type: SearchType
  id: number
  title: Bilingual
  /** HTML-escaped text with the matched words in <mark>. */
  snippet: string
  /** 0..1 */
  score: number
}

export interface FacetCount {
  value: string
  count: number
}

export interface SearchFacets {
  type: FacetCount[]
  kind: FacetCount[]
  country: FacetCount[]
  sector: FacetCount[]
  sdg: FacetCount[]
  /** false when counted over the best 20,000 matches only. */
  exact: boolean
}

export interface SearchConcept {
  id: string
  label: Bilingual
}

export interface SearchResponse {
  hits: SearchHit[]
  facets: SearchFacets
  concepts: SearchConcept[]
  /** No record has every word: the hits have some of them. */
  relaxed: boolean
  /** Estimated number of matches. */
  total: number
  next_cursor: string | null
}

export interface SearchQuery {
  q?: string
  type?: SearchType | ''
  kind?: string
  country?: string
  /** A GB/T 4754 code or code prefix. */
  sector?: string
  sdg?: number | null
  /** The last word is a prefix (type-ahead). */
  partial?: boolean
  limit?: number
  cursor?: string | null
}

/** One goal suggested by POST /api/sdg/tag. */
export interface SdgSuggestion {
  goal: number
  /** 0..1 */
  score: number
  /** UN target ids ("9.5"). */
  targets: string[]
  /** The words of the text that point at this goal. */
  evidence: string[]
}

export const DUPLICATE_REASON_KINDS = ['name', 'website', 'email_domain', 'phone'] as const
export type DuplicateReasonKind = (typeof DUPLICATE_REASON_KINDS)[number]

export interface DuplicateReason {
  kind: DuplicateReasonKind
  label: Bilingual
}

/** An organisation that is probably the one asked about. */
export interface DuplicateCandidate {
  organisation: OrgRef
  /** 0..1 */
  score: number
  reasons: DuplicateReason[]
}

/** Two organisations that are probably one. */
export interface DuplicatePair {
  a: OrgRef
  b: OrgRef
  /** 0..1 */
  score: number
  reasons: DuplicateReason[]
}

/** A practice or case study of the solutions library (public unless archived). */
export interface Solution {
  id: number
  version: number
  title: Bilingual
  summary: Bilingual
  /** Markdown in each language. */
  body: Bilingual
  sdgs: number[]
  sectors: string[]
  place: Bilingual
  organisation_id: number | null
  source: string
  year: number | null
  archived: boolean
  created_at: string
  updated_at: string
}

/** What the client sends on create / update. */
export interface SolutionInput {
  title: Bilingual
  summary: Bilingual
  body: Bilingual
  sdgs: number[]
  sectors: string[]
  place: Bilingual
  organisation_id: number | null
  source: string
  year: number | null
}

export interface SolutionQuery {
  q?: string
  sdg?: number | null
  sector?: string
  organisation_id?: number | null
  archived?: boolean
  limit?: number
  cursor?: string | null
}
