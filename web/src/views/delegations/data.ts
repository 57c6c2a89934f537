// Delegation form model: empty, from a record, and the body sent to the server.
import type { Bilingual, Delegation, DelegationInput, OrgRef } from '@/api/types'

const empty = (): Bilingual => ({ zh: '', en: '' })

export function emptyDelegation(): DelegationInput {
  return {
    name: empty(),
    origin_organisation_id: null,
    origin_city: '',
    country: '',
    members: [],
    interests: empty(),
    start_date: null,
    end_date: null,
    sectors: [],
    sdgs: [],
    partner_kinds: [],
  }
}

/** The organisation a delegation comes from, whichever way the server names it. */
export function originOf(d: Delegation): OrgRef | null {
  if (d.origin_organisation) return d.origin_organisation
  if (d.origin_organisation_id != null) return { id: d.origin_organisation_id, name: { zh: `#${d.origin_organisation_id}`, en: `#${d.origin_organisation_id}` } }
  return null
}

export function delegationToInput(d: Delegation): DelegationInput {
  return {
    name: { ...d.name },
    origin_organisation_id: originOf(d)?.id ?? null,
    origin_city: d.origin_city,
    country: d.country,
    members: d.members.map((m) => ({ name: m.name, title: m.title ?? '' })),
    interests: { ...d.interests },
    start_date: d.start_date,
    end_date: d.end_date,
    sectors: [...d.sectors],
    sdgs: [...d.sdgs],
    partner_kinds: [...d.partner_kinds],
  }
}

/** Trim texts, drop member rows without a name, empty dates are none. */
export function cleanDelegationInput(i: DelegationInput): DelegationInput {
  const bi = (b: Bilingual) => ({ zh: b.zh.trim(), en: b.en.trim() })
  return {
    ...i,
    name: bi(i.name),
    interests: bi(i.interests),
    origin_city: i.origin_city.trim(),
    country: i.country ?? '',
    origin_organisation_id: i.origin_organisation_id ?? null,
    members: i.members
      .map((m) => ({ name: m.name.trim(), title: (m.title ?? '').trim() }))
      .filter((m) => m.name),
    start_date: i.start_date || null,
    end_date: i.end_date || null,
  }
}

/** "2026-04-10 – 2026-04-14", one date, or "". */
export function datesOf(d: { start_date: string | null; end_date: string | null }): string {
  if (d.start_date && d.end_date && d.start_date !== d.end_date) return `${d.start_date} – ${d.end_date}`
  return d.start_date ?? d.end_date ?? ''
}
