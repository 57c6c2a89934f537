// Registration: status tags, the private link of an answer, and what a check-in answer means.
import { isApiError } from '@/api/http'
import type { CheckIn, RegistrationStatus } from '@/api/types'

export const STATUS_TAG: Record<RegistrationStatus, 'success' | 'warning' | 'info'> = {
  registered: 'success',
  waitlisted: 'warning',
  cancelled: 'info',
}

/** The registrant's private page as a full address (the server answers a path). */
export function privateLink(manageUrl: string, origin = window.location.origin): string {
  return new URL(manageUrl, origin).href
}

/** The server's reason for a 409 that is not a stale version (closed, cancelled, too soon…), in the reader's language. */
export function conflictReason(e: unknown): string | null {
  return isApiError(e) && e.status === 409 ? e.problem?.detail || e.problem?.title || e.message : null
}

export type CheckInResult =
  | { kind: 'ok'; name: string; organisation: string; at: string }
  | { kind: 'refused'; reason: string }
  | { kind: 'forged'; reason: string }
  | { kind: 'error'; reason: string }

/** A check-in's answer or error as what the door shows: green, or red with the reason. */
export function checkInResult(outcome: { ok: CheckIn } | { error: unknown }, nameOf: (n: CheckIn['registration']['name']) => string): CheckInResult {
  if ('ok' in outcome) {
    const r = outcome.ok.registration
    return { kind: 'ok', name: nameOf(r.name), organisation: r.organisation, at: outcome.ok.checked_in_at }
  }
  const e = outcome.error
  if (isApiError(e) && e.status === 409) return { kind: 'refused', reason: e.problem?.detail || e.message }
  if (isApiError(e) && e.status === 422) {
    const token = e.fieldErrors.find((f) => f.field === 'token')
    return { kind: 'forged', reason: token?.message || e.problem?.detail || e.message }
  }
  return { kind: 'error', reason: e instanceof Error ? e.message : String(e) }
}
