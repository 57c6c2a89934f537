// From a match to a meeting: introductions, notifications, an organisation's timeline.
import type { Bilingual, Page } from './common'
import type { InteractionType, OrgRef } from './directory'

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
