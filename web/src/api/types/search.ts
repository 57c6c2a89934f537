// Search, SDG tagging and duplicate organisations.
import type { Bilingual } from './common'
import type { OrgRef } from './directory'

/** The kinds of hit, in the order their groups are shown. Projects and agreements reach staff only. */
export const SEARCH_TYPES = ['organisation', 'person', 'interaction', 'solution', 'opportunity', 'project', 'agreement'] as const
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
