import type { Person, PersonInput } from '@/api/types'

export const LANGUAGE_CODES = ['zh', 'en', 'de', 'fr', 'es', 'pt', 'fi', 'ru', 'ja', 'ko', 'ar', 'it', 'kk'] as const

export function emptyPerson(organisationId: number | null = null): PersonInput {
  return {
    name: { zh: '', en: '' },
    organisation_id: organisationId,
    title: { zh: '', en: '' },
    email: '',
    phone: '',
    nationality: null,
    languages: [],
    consent_date: null,
  }
}

export function personToInput(p: Person): PersonInput {
  return {
    name: { ...p.name },
    organisation_id: p.organisation_id,
    title: { ...p.title },
    email: p.email,
    phone: p.phone,
    nationality: p.nationality,
    languages: [...p.languages],
    consent_date: p.consent_date,
  }
}

export function cleanPersonInput(p: PersonInput): PersonInput {
  return {
    ...p,
    name: { zh: p.name.zh.trim(), en: p.name.en.trim() },
    title: { zh: p.title.zh.trim(), en: p.title.en.trim() },
    email: p.email.trim(),
    phone: p.phone.trim(),
    nationality: p.nationality || null,
    consent_date: p.consent_date || null,
  }
}
