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
