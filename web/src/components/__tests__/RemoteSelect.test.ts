import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import { flush, setup } from '@/__tests__/helpers'
import RemoteSelect from '../RemoteSelect.vue'

interface Item {
  id: number
  name: string
}

/** The labels of the options offered, in order. */
const offered = () => [...document.body.querySelectorAll('.el-select-dropdown__item')].map((o) => o.textContent?.trim())
/** Open the dropdown as a click does (which focuses the input). */
const open = () => (document.body.querySelector('[data-test="pick"] .el-select__wrapper') as HTMLElement).click()
/** The label shown for the current value. */
const shown = () => document.body.querySelector('[data-test="pick"] .el-select__placeholder:not(.is-transparent)')?.textContent?.trim() ?? ''

function mountSelect(opts: { value?: number | null; search: (q: string) => Promise<Item[]>; get?: (id: number) => Promise<Item> }) {
  const { plugins } = setup('en')
  const model = ref<number | null>(opts.value ?? null)
  const search = vi.fn(opts.search)
  const get = vi.fn(opts.get ?? (async (id: number) => ({ id, name: `item ${id}` })))
  const Host = defineComponent({
    setup: () => () =>
      h(RemoteSelect<Item>, {
        modelValue: model.value,
        'onUpdate:modelValue': (v: number | null) => (model.value = v),
        search,
        get,
        label: (i: Item) => i.name,
        placeholder: 'Pick one',
        testId: 'pick',
      }),
  })
  const wrapper = mount(Host, { global: { plugins }, attachTo: document.body })
  const select = () => wrapper.findComponent(RemoteSelect)
  return { wrapper, model, search, get, select }
}

describe('RemoteSelect', () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('fetches the current value by id and shows its label', async () => {
    const { get, search } = mountSelect({ value: 7, search: async () => [] })
    await vi.waitFor(() => expect(shown()).toBe('item 7'))
    expect(get).toHaveBeenCalledWith(7)
    expect(search).not.toHaveBeenCalled()
  })

  it('searches with an empty query on focus and offers what it found', async () => {
    const { search } = mountSelect({ search: async () => [{ id: 1, name: 'one' }, { id: 2, name: 'two' }] })
    expect(search).not.toHaveBeenCalled()
    open()
    await vi.waitFor(() => expect(offered()).toEqual(['one', 'two']))
    expect(search).toHaveBeenCalledWith('')
  })

  it('merges the options of successive searches by id, and keeps them when a search fails', async () => {
    const answers: (Item[] | Error)[] = [
      [{ id: 1, name: 'one' }, { id: 2, name: 'two' }],
      [{ id: 2, name: 'two, renamed' }, { id: 3, name: 'three' }],
      new Error('offline'),
    ]
    const { select } = mountSelect({
      search: async () => {
        const a = answers.shift()!
        if (a instanceof Error) throw a
        return a
      },
    })
    open()
    await vi.waitFor(() => expect(offered()).toEqual(['one', 'two']))
    const vm = select().vm as unknown as { search: (q: string) => Promise<void> }
    await vm.search('t')
    await flush()
    expect(offered()).toEqual(['one', 'two, renamed', 'three'])
    await vm.search('x')
    await flush()
    expect(offered()).toEqual(['one', 'two, renamed', 'three'])
  })

  it('does not search again on focus once it holds options, and sets the model on a pick', async () => {
    const { search, model, wrapper } = mountSelect({ search: async () => [{ id: 1, name: 'one' }, { id: 2, name: 'two' }] })
    open()
    await vi.waitFor(() => expect(offered()).toHaveLength(2))
    await wrapper.find('[data-test="pick"] input').trigger('focus')
    expect(search).toHaveBeenCalledTimes(1)
    ;(document.body.querySelectorAll('.el-select-dropdown__item')[1] as HTMLElement).click()
    await vi.waitFor(() => expect(model.value).toBe(2))
  })
})
