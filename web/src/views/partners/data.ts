// Organisation form model: empty, from a record, and the body sent to the server.
import type { Organisation, OrganisationInput } from '@/api/types'

export function emptyOrganisation(): OrganisationInput {
  return {
    name: { zh: '', en: '' },
    summary: { zh: '', en: '' },
    kind: '',
    country: '',
    city: { zh: '', en: '' },
    district: { zh: '', en: '' },
    sectors: [],
    sdgs: [],
    size: null,
    website: '',
    email: '',
    phone: '',
    tags: [],
    relations: [],
  }
}

export function organisationToInput(o: Organisation): OrganisationInput {
  return {
    name: { ...o.name },
    summary: { ...o.summary },
    kind: o.kind,
    country: o.country,
    city: { ...o.city },
    district: { ...o.district },
    sectors: [...o.sectors],
    sdgs: [...o.sdgs],
    size: o.size,
    website: o.website,
    email: o.email,
    phone: o.phone,
    tags: [...o.tags],
    relations: o.relations
      .filter((r) => r.direction !== 'in')
      .map((r) => ({ type: r.type, organisation_id: r.organisation_id })),
  }
}

/** Trim texts; drop relation rows left without an organisation. */
export function cleanOrganisationInput(i: OrganisationInput): OrganisationInput {
  const bi = (b: { zh: string; en: string }) => ({ zh: b.zh.trim(), en: b.en.trim() })
  return {
    ...i,
    name: bi(i.name),
    summary: bi(i.summary),
    city: bi(i.city),
    district: bi(i.district),
    country: i.country ?? '',
    website: i.website.trim(),
    email: i.email.trim(),
    phone: i.phone.trim(),
    tags: i.tags.map((t) => t.trim()).filter(Boolean),
    relations: i.relations.filter((r) => r.organisation_id > 0),
  }
}
