import { afterEach, describe, expect, it, vi } from 'vitest'
import { setup, stubFetch } from '@/__tests__/helpers'
import { buildRouter } from '../index'

const anonymous = { status: 401, body: { type: 'https://icity.dev/problems/unauthenticated', title: 'Unauthenticated', status: 401 } }

describe('the router guard for anonymous visitors', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('opens the solutions library, a solution and the SDG tool, but sends "new solution" to the login', async () => {
    setup('en')
    stubFetch({ 'GET /api/auth/me': anonymous })
    const router = buildRouter()
    for (const path of ['/solutions?sdg=14', '/solutions/4', '/search/sdg-tag']) {
      await router.push(path)
      expect(router.currentRoute.value.fullPath).toBe(path)
    }
    await router.push('/solutions/new')
    expect(router.currentRoute.value.name).toBe('Login')
    expect(router.currentRoute.value.query).toEqual({ redirect: '/solutions/new' })
    await router.push('/solutions/4/edit')
    expect(router.currentRoute.value.name).toBe('Login')
  })
})

describe('the service desk\'s case address', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('opens with the private link\'s key for anyone; without it, sends the anonymous to the login', async () => {
    setup('en')
    stubFetch({ 'GET /api/auth/me': anonymous })
    const router = buildRouter()
    await router.push('/desk/new')
    expect(router.currentRoute.value.name).toBe('DeskIntake')
    await router.push('/desk/cases/42?key=s3cret')
    expect(router.currentRoute.value.name).toBe('DeskCase')
    await router.push('/desk/cases/43')
    expect(router.currentRoute.value.name).toBe('Login')
    expect(router.currentRoute.value.query).toEqual({ redirect: '/desk/cases/43' })
    await router.push('/desk')
    expect(router.currentRoute.value.name).toBe('Login')
  })

  it('shows a partner the forbidden page for a case without a key', async () => {
    setup('en')
    stubFetch({
      'GET /api/auth/me': { body: { csrf_token: 't', user: { id: 2, email: 'p@x.org', role: 'partner', organisation_id: 9, display_name: 'P', locale: 'en' } } },
    })
    const router = buildRouter()
    await router.push('/desk/cases/43')
    expect(router.currentRoute.value.name).toBe('Forbidden')
  })
})
