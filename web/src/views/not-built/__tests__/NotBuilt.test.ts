import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { setup } from '@/__tests__/helpers'
import NotBuilt from '../index.vue'

describe('a capability not built yet', () => {
  it('says so plainly in both languages, with the capability named', async () => {
    const { plugins, router } = setup('en')
    await router.push('/b2b')
    const wrapper = mount(NotBuilt, { global: { plugins } })
    const text = wrapper.text()
    expect(text).toContain('B2B meetings')
    expect(text).toContain('Not built yet — coming in a later release')
    expect(text).toContain('尚未上线')
  })
})
