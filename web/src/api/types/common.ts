// Accounts, pages, problems and text in two languages: what every resource uses.

export type Locale = 'zh-CN' | 'en'
export type Role = 'admin' | 'staff' | 'partner'

/** Bilingual text; either side may be "". */
export interface Bilingual {
  zh: string
  en: string
}

export interface Page<T> {
  items: T[]
  next_cursor: string | null
}

export interface FieldError {
  field: string
  message: string
}

export interface Problem {
  type: string
  title: string
  status: number
  detail?: string
  errors?: FieldError[]
}

export interface User {
  id: number
  email: string
  role: Role
  organisation_id: number | null
  display_name: string
  locale: Locale | string
}

export interface LoginResponse {
  csrf_token: string
  user: User
}

export interface ApiToken {
  token: string
  name: string
  id: number
}
