// Opportunity form model (empty, from a record, the body sent) and the workflow moves a page offers.
import type { Bilingual, Opportunity, OpportunityInput, OpportunityRequest, OpportunityStatus } from '@/api/types'

const empty = (): Bilingual => ({ zh: '', en: '' })

export function emptyOpportunity(organisationId: number | null = null): OpportunityInput {
  return {
    kind: '',
    organisation_id: organisationId,
    title: empty(),
    description: empty(),
    sectors: [],
    concepts: [],
    sdgs: [],
    countries_sought: [],
    partner_kinds_sought: [],
    deadline: null,
  }
}

export function opportunityToInput(o: Opportunity): OpportunityInput {
  return {
    kind: o.kind,
    organisation_id: o.organisation_id,
    title: { ...o.title },
    description: { ...o.description },
    sectors: [...o.sectors],
    concepts: [...o.concepts],
    sdgs: [...o.sdgs],
    countries_sought: [...o.countries_sought],
    partner_kinds_sought: [...o.partner_kinds_sought],
    deadline: o.deadline,
  }
}

/**
 * The body sent: texts trimmed, an empty deadline is none, and a kind or organisation not chosen
 * is left out (the server then names it as required, rather than as a value of the wrong type).
 */
export function cleanOpportunityInput(i: OpportunityInput): OpportunityRequest {
  const bi = (b: Bilingual) => ({ zh: b.zh.trim(), en: b.en.trim() })
  const { kind, organisation_id, ...rest } = i
  const out: OpportunityRequest = {
    ...rest,
    title: bi(i.title),
    description: bi(i.description),
    deadline: i.deadline ? i.deadline : null,
  }
  if (kind) out.kind = kind
  if (organisation_id != null) out.organisation_id = organisation_id
  return out
}

/** What the live SDG suggestions read: title and description in both languages. */
export function sdgTextOf(i: OpportunityInput): string {
  return [i.title.zh, i.title.en, i.description.zh, i.description.en]
    .map((s) => s.trim())
    .filter(Boolean)
    .join('\n')
    .slice(0, 50000)
}

export type OpportunityMove = 'publish' | 'unpublish' | 'close' | 'reopen'

export const MOVE_TARGET: Record<OpportunityMove, OpportunityStatus> = {
  publish: 'published',
  unpublish: 'draft',
  close: 'closed',
  reopen: 'published',
}

/**
 * The buttons a page shows for an opportunity in `status`: the owner (or staff) publishes a
 * draft, unpublishes or closes a published one; staff reopen a closed or expired one. The
 * server decides (and says why not); this only keeps impossible buttons away.
 */
export function opportunityMoves(status: OpportunityStatus, who: { mayEdit: boolean; mayReopen: boolean }): OpportunityMove[] {
  switch (status) {
    case 'draft':
      return who.mayEdit ? ['publish'] : []
    case 'published':
      return who.mayEdit ? ['unpublish', 'close'] : []
    case 'closed':
    case 'expired':
      return who.mayReopen ? ['reopen'] : []
  }
  return []
}

export const STATUS_TAG: Record<OpportunityStatus, 'success' | 'info' | 'warning' | 'danger'> = {
  draft: 'info',
  published: 'success',
  closed: 'warning',
  expired: 'danger',
}
