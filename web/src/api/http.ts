// The one HTTP client of the web app. Every request goes through `request`:
// same-origin cookies, the CSRF header on unsafe methods, Accept-Language,
// and problem+json turned into an ApiError (plus a message for the user).
import type { FieldError, Problem } from './types'

export type QueryValue = string | number | boolean | null | undefined
export type Query = Record<string, QueryValue | QueryValue[]>
export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'

export interface RequestOptions {
  query?: Query
  body?: unknown
  signal?: AbortSignal
  /** HTTP statuses the caller shows to the user itself (no toast for those). */
  handled?: number[]
  /** Show no toast at all. */
  silent?: boolean
}

export type NoticeKind = 'error' | 'warning'

export interface HttpContext {
  csrfToken: () => string | null
  locale: () => string
  /** Translate an i18n key; return `undefined` when the key does not exist. */
  translate: (key: string) => string | undefined
  notify: (message: string, kind: NoticeKind) => void
  onUnauthenticated: () => void
}

const defaults: HttpContext = {
  csrfToken: () => null,
  locale: () => 'zh-CN',
  translate: () => undefined,
  notify: () => undefined,
  onUnauthenticated: () => undefined,
}

let ctx: HttpContext = { ...defaults }

export function configureHttp(partial: Partial<HttpContext>): void {
  ctx = { ...ctx, ...partial }
}

export function resetHttpConfig(): void {
  ctx = { ...defaults }
}

const PROBLEM_PREFIX = 'https://icity.dev/problems/'

export class ApiError extends Error {
  readonly status: number
  readonly problem: Problem | null
  /** Seconds from a Retry-After header (429, 503), when the server sent one. */
  readonly retryAfter: number | null

  constructor(status: number, problem: Problem | null, message: string, retryAfter: number | null = null) {
    super(message)
    this.name = 'ApiError'
    this.status = status
    this.problem = problem
    this.retryAfter = retryAfter
  }

  /** The problem slug ("validation", "conflict", ...) or "network" / "http-<status>". */
  get slug(): string {
    const type = this.problem?.type ?? ''
    if (type.startsWith(PROBLEM_PREFIX)) return type.slice(PROBLEM_PREFIX.length)
    if (this.status === 0) return 'network'
    return slugForStatus(this.status)
  }

  get fieldErrors(): FieldError[] {
    return this.problem?.errors ?? []
  }
}

function slugForStatus(status: number): string {
  const map: Record<number, string> = {
    400: 'bad-request',
    401: 'unauthenticated',
    403: 'forbidden',
    404: 'not-found',
    405: 'method-not-allowed',
    409: 'conflict',
    413: 'payload-too-large',
    415: 'unsupported-media-type',
    422: 'validation',
    429: 'rate-limited',
  }
  return map[status] ?? (status >= 500 ? 'internal' : `http-${status}`)
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError
}

/** The text a user reads for an error: the translated slug, else the server's title/detail. */
export function errorMessage(e: unknown): string {
  if (!(e instanceof ApiError)) {
    return ctx.translate('errors.unknown') ?? String(e)
  }
  const translated = ctx.translate(`errors.${e.slug}`)
  if (translated) return translated
  return e.problem?.detail || e.problem?.title || e.message
}

export function buildUrl(path: string, query?: Query): string {
  if (!query) return path
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    const values = Array.isArray(value) ? value : [value]
    for (const v of values) {
      if (v === undefined || v === null || v === '') continue
      params.append(key, String(v))
    }
  }
  const qs = params.toString()
  return qs ? `${path}${path.includes('?') ? '&' : '?'}${qs}` : path
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS'])

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'status' in value && 'title' in value
}

async function readBody(res: Response): Promise<unknown> {
  if (res.status === 204) return undefined
  const type = res.headers.get('content-type') ?? ''
  const text = await res.text()
  if (!text) return undefined
  if (type.includes('json')) {
    try {
      return JSON.parse(text) as unknown
    } catch {
      return text
    }
  }
  return text
}

export async function request<T>(method: Method, path: string, opts: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': ctx.locale(),
  }
  let body: string | undefined
  if (opts.body !== undefined) {
    headers['Content-Type'] = 'application/json'
    body = JSON.stringify(opts.body)
  }
  if (!SAFE.has(method)) {
    const token = ctx.csrfToken()
    if (token) headers['X-CSRF-Token'] = token
  }

  let res: Response
  try {
    res = await fetch(buildUrl(path, opts.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: opts.signal,
    })
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e
    const err = new ApiError(0, null, e instanceof Error ? e.message : String(e))
    report(err, opts)
    throw err
  }

  const data = await readBody(res)
  if (res.ok) return data as T

  const problem = isProblem(data) ? data : null
  const retry = Number.parseInt(res.headers.get('Retry-After') ?? '', 10)
  const err = new ApiError(res.status, problem, problem?.title ?? `HTTP ${res.status}`, Number.isFinite(retry) ? retry : null)
  if (res.status === 401 && !opts.handled?.includes(401)) ctx.onUnauthenticated()
  report(err, opts)
  throw err
}

function report(err: ApiError, opts: RequestOptions): void {
  if (opts.silent || opts.handled?.includes(err.status)) return
  ctx.notify(errorMessage(err), err.status === 422 || err.status === 409 ? 'warning' : 'error')
}

export const http = {
  get: <T>(path: string, query?: Query, opts: RequestOptions = {}) => request<T>('GET', path, { ...opts, query }),
  post: <T>(path: string, body?: unknown, opts: RequestOptions = {}) => request<T>('POST', path, { ...opts, body }),
  patch: <T>(path: string, body?: unknown, opts: RequestOptions = {}) => request<T>('PATCH', path, { ...opts, body }),
  put: <T>(path: string, body?: unknown, opts: RequestOptions = {}) => request<T>('PUT', path, { ...opts, body }),
  delete: <T>(path: string, opts: RequestOptions = {}) => request<T>('DELETE', path, opts),
}
