import { afterEach, describe, expect, it, vi } from 'vitest'
import { countries, sdgs, setup, stubFetch } from '@/__tests__/helpers'
import { configureHttp } from '@/api/http'
import { useAppStore } from '../app'
import { useAuthStore } from '../auth'
import { useReferenceStore } from '../reference'

const admin = { id: 1, email: 'admin@icity.local', role: 'admin', organisation_id: null, display_name: 'Admin', locale: 'en' }

describe('auth store', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    localStorage.clear()
  })

  it('logs in, takes the user\'s language, and sends the CSRF token afterwards', async () => {
    setup()
    const { calls } = stubFetch({
      'POST /api/auth/login': { body: { csrf_token: 'csrf-1', user: admin } },
      'PATCH /api/auth/me': { body: { user: { ...admin, locale: 'zh-CN' } } },
    })
    const auth = useAuthStore()
    configureHttp({ csrfToken: () => auth.csrfToken })
    await auth.login('admin@icity.local', 'secret')
    expect(useAppStore().locale).toBe('en')
    expect(localStorage.getItem('icity.locale')).toBe('en')

    await auth.setLocale('zh-CN')
    const patch = calls.find((c) => c.method === 'PATCH')
    expect(patch?.body).toEqual({ locale: 'zh-CN' })
    expect(patch?.headers['X-CSRF-Token']).toBe('csrf-1')
    expect(auth.user?.locale).toBe('zh-CN')
  })

  it('restores an anonymous visitor quietly when /api/auth/me answers 401', async () => {
    setup()
    stubFetch({ 'GET /api/auth/me': { status: 401, body: { type: 'https://icity.dev/problems/unauthenticated', title: 'x', status: 401 } } })
    const auth = useAuthStore()
    await auth.restore()
    expect(auth.restored).toBe(true)
    expect(auth.loggedIn).toBe(false)
  })

  it('resets every store on logout', async () => {
    setup()
    const { calls } = stubFetch({
      'POST /api/auth/login': { body: { csrf_token: 'csrf-1', user: admin } },
      'POST /api/auth/logout': { status: 204 },
      'GET /api/reference/countries': { body: countries },
      'GET /api/reference/sdgs': { body: sdgs },
    })
    const auth = useAuthStore()
    const app = useAppStore()
    const reference = useReferenceStore()
    await auth.login('admin@icity.local', 'secret')
    await reference.ensureLoaded()
    app.sidebarCollapsed = true
    expect(reference.countries).toHaveLength(2)

    await auth.logout()
    expect(calls.some((c) => c.method === 'POST' && c.url.pathname === '/api/auth/logout')).toBe(true)
    expect(auth.user).toBeNull()
    expect(auth.csrfToken).toBeNull()
    expect(reference.countries).toHaveLength(0)
    expect(app.sidebarCollapsed).toBe(false)
    // the language chosen stays for the next visitor on this browser
    expect(app.locale).toBe('en')
  })
})
