import { defineStore } from 'pinia'
import { authApi } from '@/api/auth'
import { isApiError } from '@/api/http'
import type { Locale, User } from '@/api/types'
import { isLocale } from '@/utils/locale'
import { useAppStore } from './app'
import { resetAllStores } from './registry'

export const useAuthStore = defineStore('auth', {
  state: () => ({
    user: null as User | null,
    csrfToken: null as string | null,
    /** True once GET /api/auth/me has answered (logged in or not). */
    restored: false,
  }),
  getters: {
    loggedIn: (s) => s.user !== null,
    role: (s) => s.user?.role ?? 'public',
  },
  actions: {
    applySession(user: User, csrfToken: string) {
      this.user = user
      this.csrfToken = csrfToken
      if (isLocale(user.locale)) useAppStore().setLocale(user.locale)
    },
    async restore() {
      try {
        const res = await authApi.me()
        this.applySession(res.user, res.csrf_token)
      } catch (e) {
        if (!isApiError(e) || (e.status !== 401 && e.status !== 403)) console.warn('session restore failed', e)
        this.user = null
        this.csrfToken = null
      } finally {
        this.restored = true
      }
    },
    async login(email: string, password: string) {
      const res = await authApi.login(email, password)
      this.applySession(res.user, res.csrf_token)
      this.restored = true
    },
    /** Switch the language; remembered per user on the server when logged in. */
    async setLocale(locale: Locale) {
      useAppStore().setLocale(locale)
      if (this.user) {
        const res = await authApi.setLocale(locale)
        this.user = res.user
      }
    },
    async logout() {
      try {
        if (this.user) await authApi.logout()
      } finally {
        resetAllStores()
        this.restored = true
      }
    },
    /** The server said 401: forget the session locally. */
    dropSession() {
      this.user = null
      this.csrfToken = null
    },
  },
})
