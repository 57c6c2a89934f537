// Agreements: the list's filters ↔ the URL and the API, what the form sends, status colours.
import type { LocationQuery } from 'vue-router'
import {
  AGREEMENT_KINDS,
  AGREEMENT_STATUSES,
  type Agreement,
  type AgreementInput,
  type AgreementKind,
  type AgreementQuery,
  type AgreementStatus,
  type Bilingual,
} from '@/api/types'

export interface AgreementFilters {
  kind: AgreementKind | ''
  status: AgreementStatus | ''
  organisation_id: number | null
  project_id: number | null
  /** The signed period, both ends inclusive (YYYY-MM-DD). */
  signed_from: string
  signed_to: string
}

export const PAGE_SIZE = 20
const DATE = /^\d{4}-\d{2}-\d{2}$/

function str(v: LocationQuery[string]): string {
  return typeof v === 'string' ? v : ''
}
function positive(v: LocationQuery[string]): number | null {
  const n = Number(str(v))
  return Number.isInteger(n) && n > 0 ? n : null
}

export function emptyFilters(): AgreementFilters {
  return { kind: '', status: '', organisation_id: null, project_id: null, signed_from: '', signed_to: '' }
}

export function filtersFromQuery(q: LocationQuery): AgreementFilters {
  const kind = str(q.kind)
  const status = str(q.status)
  return {
    kind: (AGREEMENT_KINDS as readonly string[]).includes(kind) ? (kind as AgreementKind) : '',
    status: (AGREEMENT_STATUSES as readonly string[]).includes(status) ? (status as AgreementStatus) : '',
    organisation_id: positive(q.organisation_id),
    project_id: positive(q.project_id),
    signed_from: DATE.test(str(q.signed_from)) ? str(q.signed_from) : '',
    signed_to: DATE.test(str(q.signed_to)) ? str(q.signed_to) : '',
  }
}

export function filtersToQuery(f: AgreementFilters): Record<string, string> {
  const out: Record<string, string> = {}
  if (f.kind) out.kind = f.kind
  if (f.status) out.status = f.status
  if (f.organisation_id) out.organisation_id = String(f.organisation_id)
  if (f.project_id) out.project_id = String(f.project_id)
  if (f.signed_from) out.signed_from = f.signed_from
  if (f.signed_to) out.signed_to = f.signed_to
  return out
}

export function filtersToApi(f: AgreementFilters): AgreementQuery {
  return {
    kind: f.kind || undefined,
    status: f.status || undefined,
    organisation_id: f.organisation_id ?? undefined,
    project_id: f.project_id ?? undefined,
    signed_from: f.signed_from || undefined,
    signed_to: f.signed_to || undefined,
  }
}

export const STATUS_TAG: Record<AgreementStatus, 'success' | 'warning' | 'info'> = {
  active: 'success',
  expiring: 'warning',
  expired: 'info',
}

const empty = (): Bilingual => ({ zh: '', en: '' })
const trimmed = (b: Bilingual): Bilingual => ({ zh: b.zh.trim(), en: b.en.trim() })

export function emptyAgreement(projectId: number | null = null): AgreementInput {
  return {
    kind: '',
    title: empty(),
    summary: empty(),
    parties: [
      { organisation_id: null, signatory_name: '', signatory_title: empty() },
      { organisation_id: null, signatory_name: '', signatory_title: empty() },
    ],
    signed_on: null,
    signed_place: empty(),
    expires_on: null,
    renewal_notice_days: null,
    project_id: projectId,
    event_id: null,
    introduction_id: null,
  }
}

export function agreementToInput(a: Agreement): AgreementInput {
  return {
    kind: a.kind,
    title: { ...a.title },
    summary: { ...a.summary },
    parties: a.parties.map((p) => ({ organisation_id: p.organisation_id, signatory_name: p.signatory_name, signatory_title: { ...p.signatory_title } })),
    signed_on: a.signed_on,
    signed_place: { ...a.signed_place },
    expires_on: a.expires_on,
    renewal_notice_days: a.renewal_notice_days,
    project_id: a.project_id,
    event_id: a.event_id,
    introduction_id: a.introduction_id,
  }
}

/** What is sent: an unchosen kind or signing date is left out (the server then says what is required). */
export function cleanAgreementInput(f: AgreementInput): Partial<AgreementInput> {
  const out: Partial<AgreementInput> = {
    title: trimmed(f.title),
    summary: trimmed(f.summary),
    parties: f.parties.map((p) => ({ organisation_id: p.organisation_id, signatory_name: p.signatory_name.trim(), signatory_title: trimmed(p.signatory_title) })),
    signed_place: trimmed(f.signed_place),
    expires_on: f.expires_on || null,
    renewal_notice_days: f.renewal_notice_days ?? null,
    project_id: f.project_id ?? null,
    event_id: f.event_id ?? null,
    introduction_id: f.introduction_id ?? null,
  }
  if (f.kind) out.kind = f.kind
  if (f.signed_on) out.signed_on = f.signed_on
  return out
}
