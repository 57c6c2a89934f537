import { http } from './http'
import type { ApiToken, Locale, LoginResponse, User } from './types'

export const authApi = {
  login: (email: string, password: string) =>
    http.post<LoginResponse>('/api/auth/login', { email, password }, { handled: [401] }),
  /** 401 when nobody is logged in: the caller treats that as "anonymous". */
  me: () => http.get<LoginResponse>('/api/auth/me', undefined, { handled: [401], silent: true }),
  setLocale: (locale: Locale) => http.patch<{ user: User }>('/api/auth/me', { locale }),
  logout: () => http.post<void>('/api/auth/logout', undefined, { handled: [401] }),
  createToken: (name: string) => http.post<ApiToken>('/api/auth/tokens', { name }),
}
