// Cooperation projects: the list's filters ↔ the URL, the board's legal drops (from the server's
// `moves`), what the form sends, and tag colours. The workflow itself is the server's.
import type { LocationQuery } from 'vue-router'
import {
  PROJECT_SORTS,
  PROJECT_STAGES,
  type Bilingual,
  type Project,
  type ProjectBoardColumn,
  type ProjectInput,
  type ProjectMove,
  type ProjectQuery,
  type ProjectSort,
  type ProjectStage,
} from '@/api/types'

export interface ProjectFilters {
  q: string
  stage: ProjectStage | ''
  district: string
  sdg: number | null
  sector: string
  organisation_id: number | null
  owner: number | null
  overdue_action: boolean
  sort: ProjectSort
}

export const PAGE_SIZE = 20

function str(v: LocationQuery[string]): string {
  return typeof v === 'string' ? v : ''
}
function positive(v: LocationQuery[string]): number | null {
  const n = Number(str(v))
  return Number.isInteger(n) && n > 0 ? n : null
}

export function emptyFilters(): ProjectFilters {
  return { q: '', stage: '', district: '', sdg: null, sector: '', organisation_id: null, owner: null, overdue_action: false, sort: 'updated' }
}

export function filtersFromQuery(q: LocationQuery): ProjectFilters {
  const stage = str(q.stage)
  const sort = str(q.sort)
  const sdg = positive(q.sdg)
  return {
    q: str(q.q),
    stage: (PROJECT_STAGES as readonly string[]).includes(stage) ? (stage as ProjectStage) : '',
    district: str(q.district),
    sdg: sdg !== null && sdg <= 17 ? sdg : null,
    sector: /^[A-Z0-9]{1,8}$/.test(str(q.sector)) ? str(q.sector) : '',
    organisation_id: positive(q.organisation_id),
    owner: positive(q.owner),
    overdue_action: str(q.overdue_action) === 'true',
    sort: (PROJECT_SORTS as readonly string[]).includes(sort) ? (sort as ProjectSort) : 'updated',
  }
}

/** The filters for the page's URL (defaults left out). */
export function filtersToQuery(f: ProjectFilters): Record<string, string> {
  const out: Record<string, string> = {}
  if (f.q.trim()) out.q = f.q.trim()
  if (f.stage) out.stage = f.stage
  if (f.district.trim()) out.district = f.district.trim()
  if (f.sdg) out.sdg = String(f.sdg)
  if (f.sector) out.sector = f.sector
  if (f.organisation_id) out.organisation_id = String(f.organisation_id)
  if (f.owner) out.owner = String(f.owner)
  if (f.overdue_action) out.overdue_action = 'true'
  if (f.sort !== 'updated') out.sort = f.sort
  return out
}

/** The filters as the API's query (the board takes all but stage and sort). */
export function filtersToApi(f: ProjectFilters, board = false): ProjectQuery {
  const q: ProjectQuery = {
    q: f.q.trim() || undefined,
    district: f.district.trim() || undefined,
    sdg: f.sdg ?? undefined,
    sector: f.sector || undefined,
    organisation_id: f.organisation_id ?? undefined,
    owner: f.owner ?? undefined,
    overdue_action: f.overdue_action || undefined,
  }
  if (!board) {
    q.stage = f.stage || undefined
    q.sort = f.sort === 'updated' ? undefined : f.sort
  }
  return q
}

// ── the board ────────────────────────────────────────────────────────────────────────────────

/** The stages a card of column `from` may be dropped on (the server's `moves` of that column). */
export function allowedDrops(columns: ProjectBoardColumn[], from: ProjectStage): ProjectStage[] {
  return columns.find((c) => c.stage === from)?.moves ?? []
}

/** Whether a card of `from` may be dropped on `to` (never on its own column). */
export function canDrop(columns: ProjectBoardColumn[], from: ProjectStage, to: ProjectStage): boolean {
  return from !== to && allowedDrops(columns, from).includes(to)
}

/** The board with card `id` moved from one column to another (a copy; counts follow). */
export function moveCard(columns: ProjectBoardColumn[], id: number, from: ProjectStage, to: ProjectStage): ProjectBoardColumn[] {
  const card = columns.find((c) => c.stage === from)?.projects.find((p) => p.id === id)
  if (!card) return columns
  return columns.map((c) => {
    if (c.stage === from) return { ...c, count: Math.max(0, c.count - 1), projects: c.projects.filter((p) => p.id !== id) }
    if (c.stage === to) return { ...c, count: c.count + 1, projects: [card, ...c.projects] }
    return c
  })
}

/** What a move asks for: a reason (required) to drop, an optional note otherwise. */
export function moveAsks(to: ProjectStage): 'reason' | 'note' {
  return to === 'dropped' ? 'reason' : 'note'
}

const blank = (b: Bilingual) => !b.zh.trim() && !b.en.trim()
const trimmed = (b: Bilingual): Bilingual => ({ zh: b.zh.trim(), en: b.en.trim() })

/** The body of a transition: the reason for dropped, the note otherwise (left out when empty). */
export function moveBody(to: ProjectStage, text: Bilingual, version?: number): ProjectMove {
  const move: ProjectMove = { to }
  if (version !== undefined) move.version = version
  if (!blank(text)) move[moveAsks(to)] = trimmed(text)
  return move
}

/** Whether a date (YYYY-MM-DD) is before today (local), i.e. the next action is overdue. */
export function isOverdue(due: string | null | undefined, today: Date = new Date()): boolean {
  if (!due) return false
  const t = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`
  return due < t
}

export const OPEN_STAGES: ProjectStage[] = ['reserve', 'negotiating', 'agreement_signed', 'implementing']

/** An overdue next action counts only while the project is open. */
export function actionOverdue(p: { next_action_due: string | null; stage?: ProjectStage }, today?: Date): boolean {
  if (p.stage && !OPEN_STAGES.includes(p.stage)) return false
  return isOverdue(p.next_action_due, today)
}

export const STAGE_TAG: Record<ProjectStage, 'info' | 'primary' | 'warning' | 'success' | 'danger'> = {
  reserve: 'info',
  negotiating: 'warning',
  agreement_signed: 'primary',
  implementing: 'primary',
  completed: 'success',
  dropped: 'danger',
}

// ── the form ─────────────────────────────────────────────────────────────────────────────────

const empty = (): Bilingual => ({ zh: '', en: '' })

export function emptyProject(): ProjectInput {
  return {
    title: empty(),
    summary: empty(),
    parties: [],
    sectors: [],
    sdgs: [],
    district: empty(),
    estimated_value_cny: null,
    next_action: empty(),
    next_action_due: null,
    owner_id: null,
    introduction_id: null,
    event_id: null,
    stage: 'reserve',
    note: empty(),
  }
}

export function projectToInput(p: Project): ProjectInput {
  return {
    title: { ...p.title },
    summary: { ...p.summary },
    parties: p.parties.map((x) => ({ organisation_id: x.organisation_id, role: x.role })),
    sectors: [...p.sectors],
    sdgs: [...p.sdgs],
    district: { ...p.district },
    estimated_value_cny: p.estimated_value_cny,
    next_action: { ...p.next_action },
    next_action_due: p.next_action_due,
    owner_id: p.owner_id,
    introduction_id: p.introduction_id,
    event_id: p.event_id,
  }
}

/** What is sent: parties without an organisation left out; on create the stage and note, on edit neither. */
export function cleanProjectInput(f: ProjectInput, creating: boolean): ProjectInput {
  const out: ProjectInput = {
    title: trimmed(f.title),
    summary: trimmed(f.summary),
    parties: f.parties.filter((p) => p.organisation_id !== null),
    sectors: f.sectors,
    sdgs: f.sdgs,
    district: trimmed(f.district),
    estimated_value_cny: f.estimated_value_cny ?? null,
    next_action: trimmed(f.next_action),
    next_action_due: f.next_action_due || null,
    owner_id: f.owner_id ?? null,
    introduction_id: f.introduction_id ?? null,
    event_id: f.event_id ?? null,
  }
  if (creating) {
    if (f.stage) out.stage = f.stage
    if (f.note && !blank(f.note)) out.note = trimmed(f.note)
  }
  return out
}
