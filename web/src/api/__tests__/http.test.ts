import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError, configureHttp, errorMessage, http, resetHttpConfig } from '../http'

function problem(status: number, slug: string, extra: Record<string, unknown> = {}) {
  return new Response(
    JSON.stringify({ type: `https://icity.dev/problems/${slug}`, title: `title ${slug}`, status, ...extra }),
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  )
}

const messages: Record<string, string> = {
  'errors.validation': 'Please correct the highlighted fields',
  'errors.forbidden': 'Not allowed',
  'errors.network': 'Cannot reach the server',
}

describe('http client', () => {
  const fetchMock = vi.fn<typeof fetch>()
  const notify = vi.fn()
  const onUnauthenticated = vi.fn()

  beforeEach(() => {
    fetchMock.mockReset()
    notify.mockReset()
    onUnauthenticated.mockReset()
    vi.stubGlobal('fetch', fetchMock)
    configureHttp({
      csrfToken: () => 'tok-123',
      locale: () => 'en',
      translate: (k) => messages[k],
      notify,
      onUnauthenticated,
    })
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    resetHttpConfig()
  })

  it('sends the CSRF token and language on unsafe requests, with same-origin cookies', async () => {
    fetchMock.mockResolvedValue(new Response('{"id":1}', { status: 201, headers: { 'Content-Type': 'application/json' } }))
    const res = await http.post<{ id: number }>('/api/organisations', { name: { zh: '华为', en: '' } })
    expect(res).toEqual({ id: 1 })
    const [url, init] = fetchMock.mock.calls[0]
    expect(url).toBe('/api/organisations')
    expect(init?.credentials).toBe('same-origin')
    const headers = init?.headers as Record<string, string>
    expect(headers['X-CSRF-Token']).toBe('tok-123')
    expect(headers['Accept-Language']).toBe('en')
    expect(headers['Content-Type']).toBe('application/json')
  })

  it('does not send the CSRF token on GET and drops empty query values', async () => {
    fetchMock.mockResolvedValue(new Response('{"items":[],"next_cursor":null}', { headers: { 'Content-Type': 'application/json' } }))
    await http.get('/api/organisations', { q: '华为', kind: '', sdg: 9, cursor: null, archived: undefined })
    const [url, init] = fetchMock.mock.calls[0]
    expect(url).toBe('/api/organisations?q=%E5%8D%8E%E4%B8%BA&sdg=9')
    expect((init?.headers as Record<string, string>)['X-CSRF-Token']).toBeUndefined()
  })

  it('turns a 422 into field errors and tells the user to correct the fields', async () => {
    fetchMock.mockResolvedValue(
      problem(422, 'validation', { errors: [{ field: 'website', message: 'must be an http(s) URL' }, { field: 'country', message: 'required' }] }),
    )
    const err = await http.post('/api/organisations', {}).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ApiError)
    const api = err as ApiError
    expect(api.slug).toBe('validation')
    expect(api.fieldErrors.map((f) => f.field)).toEqual(['website', 'country'])
    expect(notify).toHaveBeenCalledWith('Please correct the highlighted fields', 'warning')
  })

  it('shows no message for statuses the caller handles itself', async () => {
    fetchMock.mockResolvedValue(problem(409, 'conflict'))
    const err = (await http.patch('/api/organisations/1', { version: 1 }, { handled: [409] }).catch((e: unknown) => e)) as ApiError
    expect(err.status).toBe(409)
    expect(notify).not.toHaveBeenCalled()
  })

  it('reports a 403 with the translated message and a 401 as a lost session', async () => {
    fetchMock.mockResolvedValueOnce(problem(403, 'forbidden'))
    await http.delete('/api/organisations/3').catch(() => undefined)
    expect(notify).toHaveBeenLastCalledWith('Not allowed', 'error')

    fetchMock.mockResolvedValueOnce(problem(401, 'unauthenticated'))
    await http.get('/api/people').catch(() => undefined)
    expect(onUnauthenticated).toHaveBeenCalledTimes(1)
  })

  it('falls back to the server title when the slug has no translation', async () => {
    fetchMock.mockResolvedValue(problem(418, 'teapot', { title: 'I am a teapot' }))
    const err = await http.get('/x').catch((e: unknown) => e)
    expect(errorMessage(err)).toBe('I am a teapot')
  })

  it('says the server cannot be reached when fetch fails', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'))
    const err = (await http.get('/api/organisations').catch((e: unknown) => e)) as ApiError
    expect(err.slug).toBe('network')
    expect(notify).toHaveBeenCalledWith('Cannot reach the server', 'error')
  })

  it('answers undefined for 204', async () => {
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }))
    await expect(http.post('/api/auth/logout')).resolves.toBeUndefined()
  })
})
