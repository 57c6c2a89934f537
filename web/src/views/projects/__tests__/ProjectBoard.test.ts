import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flush, sdgs, setup, stubFetch, type Reply } from '@/__tests__/helpers'
import { useAppStore } from '@/stores/app'
import { useAuthStore } from '@/stores/auth'
import { user } from '@/views/partners/__tests__/fixtures'
import ProjectBoard from '../board.vue'
import { board, project } from './fixtures'

async function mountBoard(role: 'staff' | 'partner' = 'staff', locale: 'en' | 'zh-CN' = 'en', transition: Reply = { body: project({ stage: 'negotiating' }) }) {
  const { plugins, router } = setup(locale)
  useAppStore().locale = locale
  const auth = useAuthStore()
  auth.user = user(role, role === 'partner' ? 4 : null)
  auth.restored = true
  const columns = role === 'partner' ? board().map((c) => ({ ...c, moves: [] })) : board()
  const stub = stubFetch({
    'GET /api/projects/board': { body: { items: columns } },
    'POST /api/projects/3/transitions': transition,
    'GET /api/reference/sdgs': { body: sdgs },
    'GET /api/reference/countries': { body: { items: [] } },
    'GET /api/users': { body: { items: [] } },
    'GET /api/organisations': { body: { items: [], next_cursor: null } },
  })
  await router.push('/projects/board?q=Barcelona&overdue_action=true')
  await router.isReady()
  const wrapper = mount(ProjectBoard, { global: { plugins }, attachTo: document.body })
  await vi.waitFor(() => expect(wrapper.findAll('[data-test="board-card"]')).toHaveLength(4))
  return { wrapper, router, ...stub }
}
const column = (w: ReturnType<typeof mount>, stage: string) => w.find(`[data-test="board-column"][data-stage="${stage}"]`)
const cardIds = (w: ReturnType<typeof mount>, stage: string) => column(w, stage).findAll('[data-test="board-card"]').map((c) => Number(c.attributes('data-id')))
const dialogOpen = () => [...document.body.querySelectorAll('[data-test="stage-move-dialog"]')].some((d) => (d as HTMLElement).style.display !== 'none')

describe('the project board', { timeout: 20000 }, () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('reads the board with the filters of the URL and shows each card\'s facts', async () => {
    const { wrapper, calls } = await mountBoard()
    const get = calls.find((c) => c.url.pathname === '/api/projects/board')
    expect(Object.fromEntries(get!.url.searchParams)).toEqual({ q: 'Barcelona', overdue_action: 'true' })
    expect(column(wrapper, 'reserve').find('[data-test="board-column-count"]').text()).toBe('2')
    const first = column(wrapper, 'reserve').find('[data-test="board-card"]')
    expect(first.text()).toContain('Barcelona City Council')
    expect(first.find('[data-test="board-card-value"]').text()).toBe('CNY 12 m')
    const aichi = column(wrapper, 'reserve').findAll('[data-test="board-card"]')[1]
    expect(aichi.find('[data-test="board-card-due"]').attributes('data-overdue')).toBe('true')
    expect(aichi.find('[data-test="board-card-due"]').classes()).toContain('overdue')
  })

  it('shows values in 万 in Chinese', async () => {
    const { wrapper } = await mountBoard('staff', 'zh-CN')
    expect(column(wrapper, 'reserve').find('[data-test="board-card-value"]').text()).toBe('¥1200万')
    expect(column(wrapper, 'reserve').text()).toContain('储备')
  })

  it('while a reserve card is dragged, only negotiating and dropped accept it; a drop elsewhere is refused', async () => {
    const { wrapper, calls } = await mountBoard()
    await column(wrapper, 'reserve').find('[data-test="board-card"]').trigger('dragstart')
    expect(column(wrapper, 'negotiating').attributes('data-drop')).toBe('accept')
    expect(column(wrapper, 'dropped').attributes('data-drop')).toBe('accept')
    for (const s of ['agreement_signed', 'implementing', 'completed']) {
      expect(column(wrapper, s).attributes('data-drop')).toBe('refuse')
      expect(column(wrapper, s).find('[data-test="board-column-refuse"]').exists()).toBe(true)
    }
    expect(column(wrapper, 'reserve').attributes('data-drop')).toBe('home')
    await column(wrapper, 'implementing').trigger('drop')
    await flush()
    expect(cardIds(wrapper, 'reserve')).toEqual([3, 5])
    expect(cardIds(wrapper, 'implementing')).toEqual([1])
    expect(dialogOpen()).toBe(false)
    expect(document.body.querySelector('.board-refused')?.textContent).toContain('“Reserve” cannot move to “Implementing”')
    expect(calls.some((c) => c.method === 'POST')).toBe(false)
    expect(column(wrapper, 'implementing').attributes('data-drop')).toBe('')
  })

  it('a legal drop moves the card, asks for a note and posts the move', async () => {
    const { wrapper, calls } = await mountBoard()
    await column(wrapper, 'reserve').find('[data-test="board-card"]').trigger('dragstart')
    await column(wrapper, 'negotiating').trigger('dragover')
    await column(wrapper, 'negotiating').trigger('drop')
    await flush()
    expect(cardIds(wrapper, 'negotiating')).toEqual([3, 2])
    await vi.waitFor(() => expect(dialogOpen()).toBe(true))
    ;(document.body.querySelector('[data-test="move-confirm"]') as HTMLButtonElement).click()
    await vi.waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true))
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ to: 'negotiating', version: 1 })
    // then the board is read again
    await vi.waitFor(() => expect(calls.filter((c) => c.url.pathname === '/api/projects/board')).toHaveLength(2))
  })

  it('a refused move (409) shows its reason and the card goes back', async () => {
    const refusal = { status: 409, body: { type: 'https://icity.dev/problems/conflict', title: 'Conflict', status: 409, detail: 'no stage may be skipped' } }
    const { wrapper } = await mountBoard('staff', 'en', refusal)
    await column(wrapper, 'reserve').find('[data-test="board-card"]').trigger('dragstart')
    await column(wrapper, 'negotiating').trigger('drop')
    await flush()
    expect(cardIds(wrapper, 'negotiating')).toEqual([3, 2])
    ;(document.body.querySelector('[data-test="move-confirm"]') as HTMLButtonElement).click()
    await vi.waitFor(() => expect(document.body.querySelector('[data-test="move-refusal"]')?.textContent).toContain('no stage may be skipped'))
    await vi.waitFor(() => expect(cardIds(wrapper, 'reserve')).toEqual([3, 5]))
    expect(cardIds(wrapper, 'negotiating')).toEqual([2])
  })

  it('cancelling the dialog puts the card back', async () => {
    const { wrapper, calls } = await mountBoard()
    await column(wrapper, 'reserve').find('[data-test="board-card"]').trigger('dragstart')
    await column(wrapper, 'dropped').trigger('drop')
    await flush()
    expect(cardIds(wrapper, 'dropped')).toEqual([3])
    await vi.waitFor(() => expect(document.body.querySelector('[data-test="move-field-reason"]')).not.toBeNull())
    ;(document.body.querySelector('[data-test="move-cancel"]') as HTMLButtonElement).click()
    await vi.waitFor(() => expect(cardIds(wrapper, 'reserve')).toEqual([3, 5]))
    expect(cardIds(wrapper, 'dropped')).toEqual([])
    expect(calls.some((c) => c.method === 'POST')).toBe(false)
  })

  it('a partner reads the board but drags nothing', async () => {
    const { wrapper } = await mountBoard('partner')
    expect(column(wrapper, 'reserve').find('[data-test="board-card"]').attributes('draggable')).toBe('false')
    expect(wrapper.find('[data-test="project-new"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="board-card-move"]').exists()).toBe(false)
  })
})
