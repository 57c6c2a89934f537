// Wires the HTTP client to the stores, i18n and Element Plus messages.
import { ElMessage } from 'element-plus'
import type { Router } from 'vue-router'
import { configureHttp } from '@/api/http'
import { useAppStore } from '@/stores/app'
import { useAuthStore } from '@/stores/auth'
import { translate } from './i18n'

export function setupHttp(router: Router): void {
  configureHttp({
    csrfToken: () => useAuthStore().csrfToken,
    locale: () => useAppStore().locale,
    translate,
    notify: (message, kind) => {
      ElMessage({ message, type: kind, grouping: true, showClose: true })
    },
    onUnauthenticated: () => {
      const auth = useAuthStore()
      if (!auth.loggedIn) return
      auth.dropSession()
      const current = router.currentRoute.value
      if (current.meta.requiresAuth) void router.push({ name: 'Login', query: { redirect: current.fullPath } })
    },
  })
}
