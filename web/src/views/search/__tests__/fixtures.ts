import type { SearchResponse } from '@/api/types'

export const pingshan = {
  type: 'organisation' as const,
  id: 7,
  title: { zh: '深圳市坪山区人民政府', en: "Pingshan District People's Government, Shenzhen" },
  snippet: '<mark>新能源汽车</mark>产业重镇 <img src=x onerror="alert(1)">',
  score: 1,
}
export const barcelona = {
  type: 'organisation' as const,
  id: 21,
  title: { zh: '巴塞罗那市政府', en: 'Barcelona City Council' },
  snippet: 'A city known for design and pushing <mark>electric</mark> mobility',
  score: 0.63,
}
export const person = {
  type: 'person' as const,
  id: 3,
  title: { zh: '罗晃浩', en: 'Luo Huanghao' },
  snippet: '深圳市人民政府副市长',
  score: 0.4,
}

export function response(partial: Partial<SearchResponse> = {}): SearchResponse {
  return {
    hits: [pingshan, barcelona],
    facets: {
      type: [{ value: 'organisation', count: 2 }],
      kind: [{ value: 'district', count: 1 }, { value: 'government', count: 1 }],
      country: [{ value: 'CN', count: 1 }, { value: 'ES', count: 1 }],
      sector: [{ value: '92', count: 2 }],
      sdg: [{ value: '11', count: 2 }, { value: '7', count: 1 }],
      exact: true,
    },
    concepts: [{ id: 'g.industry.new_energy_vehicle', label: { zh: '新能源汽车', en: 'new energy vehicle' } }],
    relaxed: false,
    total: 2,
    next_cursor: null,
    ...partial,
  }
}

export const reference = {
  countries: { items: [{ code: 'CN', name: { zh: '中国', en: 'China' } }, { code: 'ES', name: { zh: '西班牙', en: 'Spain' } }] },
  sectors: { items: [{ code: '92', level: 'division', name: { zh: '国家机构', en: 'Public administration' }, isic: [] }] },
}

/** Public once published. */
export const opportunity = {
  type: 'opportunity' as const,
  id: 12,
  title: { zh: '寻求电池回收技术合作', en: 'Seeking battery recycling technology' },
  snippet: '<mark>电池</mark>回收',
  score: 0.9,
}
/** Staff only, as are agreements. */
export const project = {
  type: 'project' as const,
  id: 9,
  title: { zh: '坪山—巴塞罗那智慧交通试点', en: 'Pingshan–Barcelona smart mobility pilot' },
  snippet: 'Next action: sign the <mark>pilot</mark> plan',
  score: 0.8,
}
export const agreement = {
  type: 'agreement' as const,
  id: 4,
  title: { zh: '深圳—赫尔辛基合作备忘录', en: 'Shenzhen–Helsinki memorandum of understanding' },
  snippet: 'Signed in <mark>Helsinki</mark>',
  score: 0.7,
}
