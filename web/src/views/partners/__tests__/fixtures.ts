import type { DuplicatePair, User } from '@/api/types'

export const user = (role: User['role'], organisation_id: number | null = null): User => ({
  id: 1, email: 'x@y.z', role, organisation_id, display_name: 'X', locale: 'en',
})

export const huachuangZh = { id: 31, name: { zh: '深圳市华创科技有限公司', en: '' } }
export const huachuangEn = { id: 32, name: { zh: '', en: 'Shenzhen Huachuang Technology Co., Ltd.' } }

export const reasons = [
  { kind: 'name' as const, label: { zh: '名称相同（跨语言）', en: 'Same name across languages' } },
  { kind: 'website' as const, label: { zh: '网站相同', en: 'Same website' } },
]

export const pair: DuplicatePair = { a: huachuangZh, b: huachuangEn, score: 0.93, reasons }
