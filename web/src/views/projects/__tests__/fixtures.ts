import type { Project, ProjectBoardColumn, ProjectCard } from '@/api/types'

export const card = (over: Partial<ProjectCard> = {}): ProjectCard => ({
  id: 3,
  version: 1,
  title: { zh: '巴塞罗那与坪山区新能源汽车合作', en: 'New energy vehicles: Barcelona and Pingshan' },
  parties: [{ zh: '坪山区人民政府', en: 'Pingshan District' }, { zh: '巴塞罗那市政府', en: 'Barcelona City Council' }],
  estimated_value_cny: 12000000,
  next_action_due: null,
  owner_id: null,
  ...over,
})

/** The demo's board: three in reserve, one negotiating, UNDP implementing. */
export function board(): ProjectBoardColumn[] {
  return [
    { stage: 'reserve', count: 2, moves: ['negotiating', 'dropped'], projects: [card(), card({ id: 5, title: { zh: '与爱知县的传统文化保护交流', en: 'Heritage exchange with Aichi' }, estimated_value_cny: null, next_action_due: '2020-01-01' })] },
    { stage: 'negotiating', count: 1, moves: ['reserve', 'agreement_signed', 'dropped'], projects: [card({ id: 2, title: { zh: '宝安工业设计', en: "Bao'an industrial design" } })] },
    { stage: 'agreement_signed', count: 0, moves: ['implementing', 'dropped'], projects: [] },
    { stage: 'implementing', count: 1, moves: ['completed', 'dropped'], projects: [card({ id: 1, title: { zh: '联合国开发计划署示范项目', en: 'UNDP demonstration project' } })] },
    { stage: 'completed', count: 0, moves: [], projects: [] },
    { stage: 'dropped', count: 0, moves: ['reserve'], projects: [] },
  ]
}

export const project = (over: Partial<Project> = {}): Project => ({
  id: 3,
  version: 2,
  title: { zh: '巴塞罗那与坪山区新能源汽车合作', en: 'New energy vehicles: Barcelona and Pingshan' },
  summary: { zh: '', en: '' },
  stage: 'reserve',
  drop_reason: null,
  parties: [{ organisation_id: 4, role: 'lead', name: { zh: '坪山区人民政府', en: 'Pingshan District' } }],
  sectors: ['36'],
  sdgs: [7, 11],
  district: { zh: '坪山区', en: 'Pingshan' },
  estimated_value_cny: 12000000,
  next_action: { zh: '', en: '' },
  next_action_due: null,
  owner_id: null,
  introduction_id: null,
  event_id: null,
  created_by: 1,
  moves: ['negotiating', 'dropped'],
  history: [],
  created_at: '2026-12-01T00:00:00Z',
  updated_at: '2026-12-01T00:00:00Z',
  ...over,
})
