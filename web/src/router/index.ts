import { createRouter, createWebHistory, type Router } from 'vue-router'
import { useAuthStore } from '@/stores/auth'
import { routes } from './routes'

export function buildRouter(): Router {
  const router = createRouter({
    history: createWebHistory(import.meta.env.BASE_URL),
    routes,
    scrollBehavior: () => ({ top: 0 }),
  })

  router.beforeEach(async (to) => {
    const auth = useAuthStore()
    if (!auth.restored) await auth.restore()
    if (to.name === 'Login' && auth.loggedIn) return { name: 'Dashboard' }
    // a private link (the requester's case page) opens without an account; the server checks the key
    if (to.meta.openWithKey && typeof to.query.key === 'string' && to.query.key) return true
    if (to.meta.requiresAuth && !auth.loggedIn) {
      return { name: 'Login', query: { redirect: to.fullPath } }
    }
    const roles = to.meta.roles
    if (roles && (!auth.user || !roles.includes(auth.user.role))) {
      return { name: 'Forbidden' }
    }
    return true
  })

  return router
}
