import type { Interaction, InteractionInput } from '@/api/types'

export function emptyInteraction(organisationId: number | null = null): InteractionInput {
  return {
    type: '',
    date: new Date().toISOString().slice(0, 10),
    organisation_ids: organisationId ? [organisationId] : [],
    person_ids: [],
    summary: { zh: '', en: '' },
  }
}

export function interactionToInput(i: Interaction): InteractionInput {
  return {
    type: i.type,
    date: i.date,
    organisation_ids: [...i.organisation_ids],
    person_ids: [...i.person_ids],
    summary: { ...i.summary },
  }
}
