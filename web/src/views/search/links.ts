// Where a search hit leads. Organisations, solutions, opportunities, projects and agreements
// have a page; people and interactions have only their edit pages (for those who may edit),
// else their lists.
import type { RouteLocationRaw } from 'vue-router'
import type { Role, SearchHit } from '@/api/types'
import { pick } from '@/utils/locale'

export function hitLocation(hit: SearchHit, role: Role | 'public', locale = 'zh-CN'): RouteLocationRaw {
  const writer = role === 'admin' || role === 'staff'
  switch (hit.type) {
    case 'organisation':
      return { name: 'OrganisationDetail', params: { id: hit.id } }
    case 'person':
      return writer
        ? { name: 'PersonEdit', params: { id: hit.id } }
        : { name: 'PeopleList', query: { q: pick(hit.title, locale) } }
    case 'interaction':
      return writer ? { name: 'InteractionEdit', params: { id: hit.id } } : { name: 'InteractionList' }
    case 'solution':
      return { name: 'SolutionDetail', params: { id: hit.id } }
    case 'opportunity':
      return { name: 'OpportunityDetail', params: { id: hit.id } }
    case 'project':
      return { name: 'ProjectDetail', params: { id: hit.id } }
    case 'agreement':
      return { name: 'AgreementDetail', params: { id: hit.id } }
    default:
      // Compiles only while every SearchType has its case above. A type the server sends
      // before this app knows it searches for the hit's title instead of leading nowhere.
      hit.type satisfies never
      return { name: 'Search', query: { q: pick(hit.title, locale) } }
  }
}
