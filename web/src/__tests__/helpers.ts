// Shared test set-up: a fresh Pinia, i18n and Element Plus per test, and a fetch stub
// that answers by method + path.
import ElementPlus from 'element-plus'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { vi } from 'vitest'
import { createApp } from 'vue'
import { createI18n } from 'vue-i18n'
import { createMemoryHistory, createRouter } from 'vue-router'
import { configureHttp, resetHttpConfig } from '@/api/http'
import { loadMessages } from '@/locales'
import { routes } from '@/router/routes'
import { trackStores } from '@/stores/registry'

export function setup(locale: 'zh-CN' | 'en' = 'en') {
  const pinia: Pinia = createPinia()
  trackStores(pinia)
  // Pinia applies plugins (the store registry) once it is installed in an app.
  createApp({}).use(pinia)
  setActivePinia(pinia)
  const i18n = createI18n({ legacy: false, locale, fallbackLocale: 'en', messages: loadMessages(), missingWarn: false, fallbackWarn: false })
  const router = createRouter({ history: createMemoryHistory(), routes })
  resetHttpConfig()
  configureHttp({ locale: () => locale, translate: (k) => (i18n.global.te(k) ? i18n.global.t(k) : undefined) })
  return { pinia, i18n, router, plugins: [pinia, i18n, router, ElementPlus] }
}

export interface Reply {
  status?: number
  body?: unknown
  headers?: Record<string, string>
}
export type Handler = (init: RequestInit, url: URL) => Reply

/** Stub global fetch with handlers keyed "METHOD /path"; unknown requests answer 404. */
export function stubFetch(handlers: Record<string, Handler | Reply>) {
  const calls: { method: string; url: URL; body: unknown; headers: Record<string, string> }[] = []
  const fn = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://localhost')
    const method = init.method ?? 'GET'
    calls.push({ method, url, body: init.body ? JSON.parse(String(init.body)) : undefined, headers: (init.headers ?? {}) as Record<string, string> })
    const h = handlers[`${method} ${url.pathname}`]
    const reply = typeof h === 'function' ? h(init, url) : (h ?? { status: 404, body: { type: 'https://icity.dev/problems/not-found', title: 'Not found', status: 404 } })
    const status = reply.status ?? 200
    const type = status >= 400 ? 'application/problem+json' : 'application/json'
    return new Response(reply.body === undefined ? null : JSON.stringify(reply.body), { status, headers: { 'Content-Type': type, ...reply.headers } })
  })
  vi.stubGlobal('fetch', fn)
  return { fn, calls }
}

/** For a wait on a navigation: a route's page loads on demand, slowly while the whole suite shares the machine. */
export const ROUTE_WAIT = { timeout: 10_000 }

export const flush = () => new Promise((r) => setTimeout(r, 0))

export const countries = { items: [{ code: 'CN', name: { zh: '中国', en: 'China' } }, { code: 'FI', name: { zh: '芬兰', en: 'Finland' } }] }
export const sdgs = {
  items: Array.from({ length: 17 }, (_, i) => ({ goal: i + 1, title: { zh: `目标${i + 1}`, en: `Goal ${i + 1}` }, short: { zh: `目标${i + 1}`, en: `Goal ${i + 1}` }, color: '#FD6925' })),
}
