import type { Agreement } from '@/api/types'

/** The demo's MoU of the Moscow Innovation Cluster Fund and iMakerbase. */
export const mou = (over: Partial<Agreement> = {}): Agreement => ({
  id: 1,
  version: 1,
  kind: 'mou',
  title: { zh: '莫斯科创新集群基金与大公坊合作备忘录', en: 'MoU of the Moscow Innovation Cluster Fund and iMakerbase' },
  summary: { zh: '为中俄创业者开拓更多机会。', en: 'To open more opportunities to Chinese and Russian entrepreneurs.' },
  parties: [
    { organisation_id: 26, name: { zh: '莫斯科创新集群基金', en: 'Moscow Innovation Cluster Fund' }, signatory_name: '', signatory_title: { zh: '', en: '' } },
    { organisation_id: 16, name: { zh: '大公坊', en: 'iMakerbase' }, signatory_name: '', signatory_title: { zh: '', en: '' } },
  ],
  signed_on: '2023-06-10',
  signed_place: { zh: '深圳', en: 'Shenzhen' },
  expires_on: null,
  renewal_notice_days: null,
  remind_on: null,
  status: 'active',
  project_id: null,
  event_id: 1,
  introduction_id: null,
  created_by: null,
  created_at: '2026-12-06T00:00:00Z',
  updated_at: '2026-12-06T00:00:00Z',
  ...over,
})
