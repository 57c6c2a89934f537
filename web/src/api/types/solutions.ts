// The solutions library.
import type { Bilingual } from './common'

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
