import type { Introduction } from '@/api/types'

export const intro = (over: Partial<Introduction> = {}): Introduction => ({
  id: 44,
  version: 2,
  status: 'requested',
  from_organisation: { id: 12, name: { zh: '深圳市华创科技有限公司', en: 'Shenzhen Huachuang Technology' } },
  to_organisation: { id: 21, name: { zh: '巴塞罗那市政府', en: 'Barcelona City Council' } },
  opportunity: { id: 5, title: { zh: '电动公交合作', en: 'Electric bus cooperation' } },
  delegation_id: null,
  score: 0.82,
  outcome: null,
  interaction_id: null,
  steps: [
    { status: 'interest', at: '2026-12-01T08:00:00Z', actor: 'partner@huachuang.cn', message: { zh: '希望合作', en: 'We would like to cooperate' } },
    { status: 'requested', at: '2026-12-02T08:00:00Z', actor: 'staff@icity.local', message: { zh: '', en: '' } },
  ],
  created_at: '2026-12-01T08:00:00Z',
  updated_at: '2026-12-02T08:00:00Z',
  ...over,
})
