// The service desk's page logic (no Vue): status tags and steps, the staff's buttons from the
// server's next_statuses, the queue's filters ⇄ URL ⇄ API query, attachments read in the browser,
// and how a 429 or a due date reads. The workflow and the due dates are the server's.
import { isApiError } from '@/api/http'
import {
  CASE_QUEUES,
  CASE_SORTS,
  CASE_STATUSES,
  type AttachmentUpload,
  type CaseQuery,
  type CaseQueue,
  type CaseSort,
  type CaseStatus,
} from '@/api/types'

export const STATUS_TAG: Record<CaseStatus, 'primary' | 'success' | 'info' | 'warning' | 'danger'> = {
  new: 'danger',
  assigned: 'warning',
  in_progress: 'primary',
  waiting_on_requester: 'info',
  resolved: 'success',
  closed: 'info',
}

/** The step bar: new → assigned → in progress (or waiting on the requester) → resolved → closed. */
export function caseSteps(status: CaseStatus): { steps: CaseStatus[]; active: number } {
  const middle: CaseStatus = status === 'waiting_on_requester' ? 'waiting_on_requester' : 'in_progress'
  const steps: CaseStatus[] = ['new', 'assigned', middle, 'resolved', 'closed']
  // a closed case is finished: every step done
  return { steps, active: status === 'closed' ? steps.length : steps.indexOf(status) }
}

/** A button of the staff's case page: one of the server's next_statuses, named for what it does. */
export type CaseAction = 'assign' | 'reassign' | 'start' | 'resume' | 'wait' | 'resolve' | 'reopen' | 'close' | 'closeWithReason'

export interface ActionView {
  action: CaseAction
  to: CaseStatus
  /** Opens the dialog with the staff list. */
  picksAssignee: boolean
  message: 'required' | 'optional' | 'none'
  type: 'primary' | 'success' | 'warning' | 'danger' | 'default'
}

function actionFor(from: CaseStatus, to: CaseStatus): ActionView | null {
  const view = (action: CaseAction, message: ActionView['message'], type: ActionView['type'], picksAssignee = false): ActionView => ({
    action,
    to,
    picksAssignee,
    message,
    type,
  })
  switch (to) {
    case 'assigned':
      return from === 'new' ? view('assign', 'optional', 'primary', true) : view('reassign', 'optional', 'default', true)
    case 'in_progress':
      if (from === 'resolved' || from === 'closed') return view('reopen', 'optional', 'warning')
      if (from === 'waiting_on_requester') return view('resume', 'none', 'primary')
      return view('start', 'none', 'primary')
    case 'waiting_on_requester':
      return view('wait', 'optional', 'default')
    case 'resolved':
      return view('resolve', 'optional', 'success')
    case 'closed':
      // closing what nobody worked on needs a reason
      return from === 'new' || from === 'assigned' ? view('closeWithReason', 'required', 'danger') : view('close', 'optional', 'default')
    default:
      return null
  }
}

/** The buttons to show, in the server's order; statuses this page does not know are left out. */
export function caseActions(c: { status: CaseStatus; next_statuses: CaseStatus[] }): ActionView[] {
  return c.next_statuses.map((to) => actionFor(c.status, to)).filter((a): a is ActionView => a !== null)
}

// ── the queue's filters ──────────────────────────────────────────────────────────────────────

export interface QueueFilters {
  queue: CaseQueue
  team_id: number | null
  service_id: number | null
  assignee_id: number | null
  status: CaseStatus[]
  q: string
  sort: CaseSort
}

export function defaultFilters(): QueueFilters {
  return { queue: 'open', team_id: null, service_id: null, assignee_id: null, status: [], q: '', sort: 'due' }
}

type RawQuery = Record<string, string | null | (string | null)[] | undefined>
const first = (v: RawQuery[string]): string => (Array.isArray(v) ? (v[0] ?? '') : (v ?? ''))
const id = (v: RawQuery[string]): number | null => {
  const n = Number(first(v))
  return Number.isInteger(n) && n > 0 ? n : null
}

/** The filters a URL holds (unknown values ignored). */
export function filtersFromQuery(q: RawQuery): QueueFilters {
  const d = defaultFilters()
  const queue = first(q.queue)
  const sort = first(q.sort)
  return {
    queue: (CASE_QUEUES as readonly string[]).includes(queue) ? (queue as CaseQueue) : d.queue,
    team_id: id(q.team_id),
    service_id: id(q.service_id),
    assignee_id: id(q.assignee_id),
    status: first(q.status)
      .split(',')
      .filter((s): s is CaseStatus => (CASE_STATUSES as readonly string[]).includes(s)),
    q: first(q.q).trim(),
    sort: (CASE_SORTS as readonly string[]).includes(sort) ? (sort as CaseSort) : d.sort,
  }
}

/** The URL of the filters: only what differs from the defaults. */
export function filtersToQuery(f: QueueFilters): Record<string, string> {
  const out: Record<string, string> = {}
  const d = defaultFilters()
  if (f.queue !== d.queue) out.queue = f.queue
  if (f.team_id) out.team_id = String(f.team_id)
  if (f.service_id) out.service_id = String(f.service_id)
  if (f.assignee_id) out.assignee_id = String(f.assignee_id)
  if (f.status.length) out.status = f.status.join(',')
  if (f.q.trim()) out.q = f.q.trim()
  if (f.sort !== d.sort) out.sort = f.sort
  return out
}

/** GET /api/cases's query for the filters and a page. */
export function caseQuery(f: QueueFilters, cursor: string | null, limit = 20): CaseQuery {
  return {
    queue: f.queue,
    team_id: f.team_id,
    service_id: f.service_id,
    assignee_id: f.assignee_id,
    status: f.status.length ? f.status.join(',') : undefined,
    q: f.q.trim() || undefined,
    sort: f.sort,
    limit,
    cursor,
  }
}

// ── attachments ──────────────────────────────────────────────────────────────────────────────

export const MAX_FILES = 5
export const MAX_FILE_BYTES = 5 * 1024 * 1024

export type FileProblem = { kind: 'tooMany'; max: number } | { kind: 'tooLarge'; name: string; max: number }

/** What is wrong with a set of files before sending them (the server checks again, and the types). */
export function checkFiles(files: { name: string; size: number }[]): FileProblem | null {
  if (files.length > MAX_FILES) return { kind: 'tooMany', max: MAX_FILES }
  const big = files.find((f) => f.size > MAX_FILE_BYTES)
  return big ? { kind: 'tooLarge', name: big.name, max: 5 } : null
}

/** Bytes as base64 (in slices: a whole file spread into one call overflows the stack). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = ''
  const slice = 0x8000
  for (let i = 0; i < bytes.length; i += slice) {
    binary += String.fromCharCode(...bytes.subarray(i, i + slice))
  }
  return btoa(binary)
}

export async function toUpload(file: File): Promise<AttachmentUpload> {
  return { name: file.name, content_base64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) }
}

export function toUploads(files: File[]): Promise<AttachmentUpload[]> {
  return Promise.all(files.map(toUpload))
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}

// ── time ─────────────────────────────────────────────────────────────────────────────────────

/** Whole minutes to wait after a 429 (at least 1), or null when the error is not one. */
export function retryMinutes(e: unknown): number | null {
  if (!isApiError(e) || e.status !== 429) return null
  return Math.max(1, Math.ceil((e.retryAfter ?? 60) / 60))
}

/** "in 3 hours" / "2 days ago" (in the reader's language). */
export function relativeTime(iso: string | null, now: number, locale: string): string {
  if (!iso) return ''
  const t = new Date(iso).getTime()
  if (Number.isNaN(t)) return iso
  const minutes = Math.round((t - now) / 60000)
  const rtf = new Intl.RelativeTimeFormat(locale === 'en' ? 'en' : 'zh-CN', { numeric: 'auto' })
  const abs = Math.abs(minutes)
  if (abs < 60) return rtf.format(minutes, 'minute')
  if (abs < 48 * 60) return rtf.format(Math.round(minutes / 60), 'hour')
  return rtf.format(Math.round(minutes / 1440), 'day')
}

/** Minutes as "2 h 15 min" / "2 小时 15 分钟". */
export function formatMinutes(minutes: number, locale: string): string {
  const m = Math.max(0, Math.round(minutes))
  const h = Math.floor(m / 60)
  const rest = m % 60
  if (locale === 'en') return h ? (rest ? `${h} h ${rest} min` : `${h} h`) : `${rest} min`
  return h ? (rest ? `${h} 小时 ${rest} 分钟` : `${h} 小时`) : `${rest} 分钟`
}

/** The case's private page as a full address (the server answers a path). */
export function privateLink(statusUrl: string, origin = window.location.origin): string {
  return new URL(statusUrl, origin).href
}

/** The server's reason for a 409 (an illegal move, already rated…). */
export function conflictReason(e: unknown): string | null {
  return isApiError(e) && e.status === 409 ? e.problem?.detail || e.problem?.title || e.message : null
}

// ── field errors of a 422 that name a sub-field ──────────────────────────────────────────────

/** The messages for exactly `path` and below it ("contact.email"), joined; "" when none. */
export function errorsAt(errors: { field: string; message: string }[], path: string): string {
  return errors
    .filter((e) => e.field === path || e.field.startsWith(`${path}.`))
    .map((e) => e.message)
    .join('; ')
}

/** attachments[i] errors as "file name: message", for under the upload. */
export function attachmentErrors(errors: { field: string; message: string }[], names: string[]): string {
  const out: string[] = []
  for (const e of errors) {
    const m = /^attachments(?:\[(\d+)\])?/.exec(e.field)
    if (!m) continue
    const name = m[1] !== undefined ? names[Number(m[1])] : undefined
    out.push(name ? `${name}: ${e.message}` : e.message)
  }
  return out.join('; ')
}
