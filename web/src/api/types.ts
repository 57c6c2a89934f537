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

// ---- Opportunities marketplace, delegations, matches, introductions, notifications (issue 4) ----

export const OPPORTUNITY_KINDS = [
  'business_offer',
  'business_request',
  'technology_offer',
  'technology_request',
  'research_cooperation',
  'investment_offer',
  'investment_request',
] as const
export type OpportunityKind = (typeof OPPORTUNITY_KINDS)[number]

/** draft → published → closed, or expired once the deadline has passed (derived by the server). */
export const OPPORTUNITY_STATUSES = ['draft', 'published', 'closed', 'expired'] as const
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number]

/** A thesaurus concept offered by the server (what a text is about). */
export interface ConceptRef {
  id: string
  label: Bilingual
}

/** What a record's text suggests: SDGs and concepts, offered to the author, never stored by themselves. */
export interface TextSuggestions {
  sdgs: number[]
  concepts: ConceptRef[]
}

export interface Opportunity {
  id: number
  version: number
  kind: OpportunityKind
  status: OpportunityStatus
  organisation_id: number
  title: Bilingual
  description: Bilingual
  sectors: string[]
  /** Thesaurus concept ids. */
  concepts: string[]
  sdgs: number[]
  countries_sought: string[]
  partner_kinds_sought: OrgKind[]
  /** The last open day ("YYYY-MM-DD"), or null for none. */
  deadline: string | null
  archived: boolean
  created_at: string
  updated_at: string
}

/** One opportunity as GET/POST/PATCH answer it. */
export interface OpportunityAnswer extends Opportunity {
  suggestions?: TextSuggestions
}

export interface OpportunityInput {
  kind: OpportunityKind | ''
  organisation_id: number | null
  title: Bilingual
  description: Bilingual
  sectors: string[]
  concepts: string[]
  sdgs: number[]
  countries_sought: string[]
  partner_kinds_sought: OrgKind[]
  deadline: string | null
}

/** What is sent: an unchosen kind or organisation is left out (the server then says what is required). */
export type OpportunityRequest = Omit<OpportunityInput, 'kind' | 'organisation_id'> & {
  kind?: OpportunityKind
  organisation_id?: number
}

export interface OpportunityQuery {
  kind?: string
  status?: string
  country?: string
  sector?: string
  sdg?: number | null
  organisation_id?: number | null
  q?: string
  limit?: number
  cursor?: string | null
}

export interface DelegationMember {
  name: string
  title?: string
}

export interface Delegation {
  id: number
  version: number
  name: Bilingual
  origin_organisation?: OrgRef | null
  origin_organisation_id?: number | null
  origin_city: string
  country: string
  members: DelegationMember[]
  interests: Bilingual
  start_date: string | null
  end_date: string | null
  sectors: string[]
  sdgs: number[]
  partner_kinds: OrgKind[]
  created_at: string
  updated_at: string
  suggestions?: TextSuggestions
}

export interface DelegationInput {
  name: Bilingual
  origin_organisation_id: number | null
  origin_city: string
  country: string
  members: DelegationMember[]
  interests: Bilingual
  start_date: string | null
  end_date: string | null
  sectors: string[]
  sdgs: number[]
  partner_kinds: OrgKind[]
}

export interface DelegationQuery {
  q?: string
  limit?: number
  cursor?: string | null
}

/** What a suggested partner is matched from. */
export type MatchSource = 'opportunity' | 'organisation' | 'delegation'

export const MATCH_REASON_KINDS = ['concept', 'term', 'sector', 'sdg', 'country', 'kind'] as const
export type MatchReasonKind = (typeof MATCH_REASON_KINDS)[number]

export interface MatchReason {
  kind: MatchReasonKind | string
  label: Bilingual
  /** 0..1: this reason's part of the score. */
  share: number
}

/** One suggested partner, best first. */
export interface Match {
  type: 'organisation' | 'opportunity'
  id: number
  /** 0..1 */
  score: number
  /** The organisation's name or the opportunity's title. */
  name: Bilingual
  /** The owner (for an organisation, itself). */
  organisation: OrgRef
  /** An opportunity kind or an organisation kind. */
  kind: string
  country: string
  reasons: MatchReason[]
}

/** interest → requested → accepted → met → concluded; declined; withdrawn. */
export const INTRODUCTION_STATUSES = ['interest', 'requested', 'accepted', 'declined', 'met', 'concluded', 'withdrawn'] as const
export type IntroductionStatus = (typeof INTRODUCTION_STATUSES)[number]

export const INTRODUCTION_OUTCOMES = ['agreement', 'project', 'follow_up', 'no_deal'] as const
export type IntroductionOutcome = (typeof INTRODUCTION_OUTCOMES)[number]

export interface IntroductionStep {
  status: IntroductionStatus
  at: string
  /** Who made the step (an email, or "system"). */
  actor: string
  message: Bilingual
}

export interface Introduction {
  id: number
  version: number
  status: IntroductionStatus
  from_organisation: OrgRef
  to_organisation: OrgRef
  opportunity: { id: number; title: Bilingual } | null
  delegation_id: number | null
  score: number | null
  outcome: IntroductionOutcome | null
  interaction_id: number | null
  /** Oldest first. */
  steps: IntroductionStep[]
  created_at: string
  updated_at: string
}

export interface IntroductionInput {
  from_organisation_id: number
  to_organisation_id?: number
  opportunity_id?: number
  delegation_id?: number
  score?: number
  message?: Partial<Bilingual>
}

export type IntroductionBox = 'inbox' | 'outbox' | 'all'

export interface IntroductionQuery {
  box?: IntroductionBox
  status?: string
  organisation_id?: number | null
  limit?: number
  cursor?: string | null
}

export interface IntroductionMove {
  to: Exclude<IntroductionStatus, 'interest'>
  version?: number
  message?: Partial<Bilingual>
  /** "YYYY-MM-DD", when recording the meeting. */
  date?: string
  summary?: Partial<Bilingual>
  outcome?: IntroductionOutcome
}

export interface AppNotification {
  id: number
  kind: string
  title: Bilingual
  body: Bilingual
  /** A path of this web app ("/introductions/12"), or "". */
  link: string
  created_at: string
  read: boolean
}

export interface NotificationPage extends Page<AppNotification> {
  unread: number
}

/** One entry of an organisation's timeline: an interaction, or a step of one of its introductions. */
export interface TimelineInteraction {
  type: 'interaction'
  id: number
  date?: string
  when?: string
  interaction_type?: InteractionType
  summary?: Bilingual
  organisations?: OrgRef[]
  other_organisations?: OrgRef[]
}

export interface TimelineStep {
  type: 'introduction_step'
  id?: number
  introduction_id: number
  status: IntroductionStatus
  at?: string
  when?: string
  actor?: string
  message?: Bilingual
  /** The organisation is the side that expressed interest. */
  outgoing?: boolean
  other_organisation?: OrgRef
}

export type TimelineItem = TimelineInteraction | TimelineStep

export type IntroductionCounts = Record<IntroductionStatus, number>
