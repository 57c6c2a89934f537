// Solution form model: empty, from a record, and the body sent to the server.
import type { Bilingual, Solution, SolutionInput } from '@/api/types'

const empty = (): Bilingual => ({ zh: '', en: '' })

export function emptySolution(organisationId: number | null = null): SolutionInput {
  return {
    title: empty(),
    summary: empty(),
    body: empty(),
    sdgs: [],
    sectors: [],
    place: empty(),
    organisation_id: organisationId,
    source: '',
    year: null,
  }
}

export function solutionToInput(s: Solution): SolutionInput {
  return {
    title: { ...s.title },
    summary: { ...s.summary },
    body: { ...s.body },
    sdgs: [...s.sdgs],
    sectors: [...s.sectors],
    place: { ...s.place },
    organisation_id: s.organisation_id,
    source: s.source,
    year: s.year,
  }
}

/** Trim the short texts (the Markdown body keeps its inner layout, only its ends are trimmed). */
export function cleanSolutionInput(i: SolutionInput): SolutionInput {
  const bi = (b: Bilingual) => ({ zh: b.zh.trim(), en: b.en.trim() })
  return {
    ...i,
    title: bi(i.title),
    summary: bi(i.summary),
    body: bi(i.body),
    place: bi(i.place),
    source: i.source.trim(),
    organisation_id: i.organisation_id ?? null,
    year: typeof i.year === 'number' && Number.isFinite(i.year) ? i.year : null,
  }
}

/** POST /api/sdg/tag reads at most 50,000 characters. */
export const SDG_TEXT_MAX = 50000

/** What the SDG suggestions read: title, summary and case study in both languages. */
export function sdgTextOf(i: SolutionInput): string {
  return [i.title.zh, i.title.en, i.summary.zh, i.summary.en, i.body.zh, i.body.en]
    .map((s) => s.trim())
    .filter(Boolean)
    .join('\n')
    .slice(0, SDG_TEXT_MAX)
}
