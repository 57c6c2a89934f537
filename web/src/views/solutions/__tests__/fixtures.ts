import type { Solution } from '@/api/types'

export const mangroves: Solution = {
  id: 4,
  version: 2,
  title: { zh: '福田红树林生态保护', en: 'Futian mangrove conservation' },
  summary: { zh: '城市中心的红树林保护区。', en: 'A mangrove reserve in the city centre.' },
  body: {
    zh: '## 背景\n\n福田红树林是候鸟的栖息地。\n\n## 做法\n\n- 退塘还林\n- [报告](https://example.org/report)',
    en: '## Background\n\nA habitat of migratory birds.',
  },
  sdgs: [14, 15],
  sectors: ['N77'],
  place: { zh: '深圳福田', en: 'Futian, Shenzhen' },
  organisation_id: 12,
  source: 'https://example.org/futian',
  year: 2020,
  archived: false,
  created_at: '2026-11-01T02:00:00Z',
  updated_at: '2026-11-02T02:00:00Z',
}

export const dasha: Solution = {
  ...mangroves,
  id: 1,
  title: { zh: '大沙河生态长廊', en: 'Dasha River ecological corridor' },
  summary: { zh: '河道治理与城市绿道。', en: 'River restoration and an urban greenway.' },
  sdgs: [6, 11],
  place: { zh: '深圳南山', en: 'Nanshan, Shenzhen' },
  organisation_id: null,
  source: '南山区政府公开报告',
  year: 2019,
}

export const page = (items: Solution[], next_cursor: string | null = null) => ({ items, next_cursor })
