import type { OpportunityAnswer } from '@/api/types'

export const busOffer = (over: Partial<OpportunityAnswer> = {}): OpportunityAnswer => ({
  id: 5,
  version: 2,
  kind: 'technology_offer',
  status: 'published',
  organisation_id: 12,
  title: { zh: '电动公交整车技术输出', en: 'Electric bus technology offer' },
  description: { zh: '提供电动公交及充电网络的整体方案。', en: 'Complete electric bus and charging solutions.' },
  sectors: ['C36'],
  concepts: [],
  sdgs: [11],
  countries_sought: ['ES'],
  partner_kinds_sought: ['government'],
  deadline: '2027-03-31',
  archived: false,
  created_at: '2026-12-01T08:00:00Z',
  updated_at: '2026-12-02T08:00:00Z',
  suggestions: { sdgs: [7, 11], concepts: [{ id: 'nev', label: { zh: '新能源汽车', en: 'new energy vehicles' } }] },
  ...over,
})
