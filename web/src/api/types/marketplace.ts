// The opportunities marketplace, delegations and suggested partners (matches).
import type { Bilingual } from './common'
import type { OrgKind, OrgRef } from './directory'

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
