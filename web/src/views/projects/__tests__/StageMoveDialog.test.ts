import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flush, setup, stubFetch } from '@/__tests__/helpers'
import { useAppStore } from '@/stores/app'
import StageMoveDialog from '../components/StageMoveDialog.vue'
import { project } from './fixtures'

function mountDialog(to: 'dropped' | 'negotiating', locale: 'en' | 'zh-CN' = 'en') {
  const { plugins } = setup(locale)
  useAppStore().locale = locale
  return mount(StageMoveDialog, {
    props: { open: false, project: project(), from: 'reserve', to },
    global: { plugins },
    attachTo: document.body,
  })
}
const q = (s: string) => document.body.querySelector(s) as HTMLElement | null
const confirm = () => q('[data-test="move-confirm"]') as HTMLButtonElement
async function type(selector: string, value: string) {
  const el = q(selector) as HTMLTextAreaElement
  el.value = value
  el.dispatchEvent(new Event('input'))
  await flush()
}

describe('the stage move dialog', { timeout: 20000 }, () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('asks why a project is dropped (zh/en) and sends the reason with the version read', async () => {
    const { calls } = stubFetch({ 'POST /api/projects/3/transitions': { body: project({ stage: 'dropped', version: 3 }) } })
    const wrapper = mountDialog('dropped')
    await wrapper.setProps({ open: true })
    await flush()
    expect(q('[data-test="stage-move-dialog"]')?.textContent).toContain('Why is it dropped?')
    expect(q('[data-test="move-field-reason"]')?.className).toContain('is-required')
    expect(q('textarea[data-test="move-reason-zh"]')).not.toBeNull()
    expect(q('textarea[data-test="move-reason-en"]')).not.toBeNull()
    expect(confirm().disabled).toBe(true)
    await type('textarea[data-test="move-reason-en"]', 'budget withdrawn')
    expect(confirm().disabled).toBe(false)
    confirm().click()
    await vi.waitFor(() => expect(wrapper.emitted('moved')).toHaveLength(1))
    expect(calls[0].body).toEqual({ to: 'dropped', version: 2, reason: { zh: '', en: 'budget withdrawn' } })
    expect(wrapper.emitted('cancelled')).toBeUndefined()
  })

  it('reads in Chinese', async () => {
    stubFetch({})
    const wrapper = mountDialog('dropped', 'zh-CN')
    await wrapper.setProps({ open: true })
    await flush()
    expect(q('[data-test="stage-move-dialog"]')?.textContent).toContain('终止原因')
    expect(q('[data-test="move-confirm"]')?.textContent).toContain('已终止')
  })

  it('takes an optional note for other moves', async () => {
    const { calls } = stubFetch({ 'POST /api/projects/3/transitions': { body: project({ stage: 'negotiating', version: 3 }) } })
    const wrapper = mountDialog('negotiating')
    await wrapper.setProps({ open: true })
    await flush()
    expect(q('[data-test="move-field-note"]')?.className).not.toContain('is-required')
    expect(confirm().disabled).toBe(false)
    confirm().click()
    await vi.waitFor(() => expect(wrapper.emitted('moved')).toHaveLength(1))
    expect(calls[0].body).toEqual({ to: 'negotiating', version: 2 })
  })

  it('shows the server\'s reason for a refused move (409) and reports it', async () => {
    stubFetch({
      'POST /api/projects/3/transitions': {
        status: 409,
        body: { type: 'https://icity.dev/problems/conflict', title: 'Conflict', status: 409, detail: 'the project was changed by someone else' },
      },
    })
    const wrapper = mountDialog('negotiating')
    await wrapper.setProps({ open: true })
    await flush()
    confirm().click()
    await vi.waitFor(() => expect(wrapper.emitted('refused')).toEqual([['the project was changed by someone else']]))
    expect(q('[data-test="move-refusal"]')?.textContent).toContain('changed by someone else')
    expect(wrapper.emitted('moved')).toBeUndefined()
  })

  it('shows a 422 under the reason', async () => {
    stubFetch({
      'POST /api/projects/3/transitions': {
        status: 422,
        body: { type: 'https://icity.dev/problems/validation', title: 'Validation failed', status: 422, errors: [{ field: 'reason.zh', message: 'too long' }] },
      },
    })
    const wrapper = mountDialog('dropped')
    await wrapper.setProps({ open: true })
    await flush()
    await type('textarea[data-test="move-reason-zh"]', '太长')
    confirm().click()
    await vi.waitFor(() => expect(q('[data-test="move-field-reason"] .el-form-item__error')?.textContent).toContain('zh: too long'))
  })

  it('reports a cancel when closed without moving', async () => {
    stubFetch({})
    const wrapper = mountDialog('negotiating')
    await wrapper.setProps({ open: true })
    await flush()
    ;(q('[data-test="move-cancel"]') as HTMLButtonElement).click()
    await vi.waitFor(() => expect(wrapper.emitted('update:open')).toEqual([[false]]))
    await wrapper.setProps({ open: false })
    expect(wrapper.emitted('cancelled')).toHaveLength(1)
  })
})
