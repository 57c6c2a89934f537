// The cooperation projects story of the browser test (issue 6): the demo's board shows the UNDP
// Longhua project under "implementing"; a reserve project is dragged to "negotiating" (with a
// note) and stays there after a reload; a reserve project dropped on "implementing" is refused
// (the column says so, a message explains, the card stays); the list finds the moved project
// under its new stage; the Moscow Innovation Cluster Fund × iMakerbase MoU opens from the
// agreements. Runs in Chinese; `page` is logged in as admin.
import { resolve } from 'node:path'

export async function projectsFlow({ page, base, step, sel, expect, shots }) {
  const opts = { chain: 'projects', group: 'projects' }
  const column = (stage) => page.locator(`${sel('board-column')}[data-stage="${stage}"]`)
  const card = (stage, text) => column(stage).locator(sel('board-card')).filter({ hasText: text }).first()
  const count = async (stage) => Number(await column(stage).locator(sel('board-column-count')).innerText())
  /** Click an entry of the projects group, opening the group first when it is closed. */
  async function projectsMenu(key) {
    const item = page.locator(sel(`menu-${key}`))
    if (!(await item.isVisible())) await page.locator(`${sel('menu-projects')} > .el-sub-menu__title`).click()
    await item.click()
  }

  await step('projects: the board from the menu shows the UNDP Longhua project under "implementing"', async () => {
    await page.goto(`${base}/partners/organisations`)
    await projectsMenu('projectBoard')
    await page.waitForURL(/\/projects\/board/)
    await page.locator(sel('project-board')).waitFor()
    const undp = card('implementing', '联合国开发计划署')
    await undp.waitFor()
    const text = await undp.innerText()
    expect(text.includes('龙华'), `the card reads "${text.slice(0, 200)}"`)
    expect((await column('implementing').locator(sel('board-column')).count()) === 0, 'nested columns')
    expect((await count('reserve')) >= 2, 'fewer than two projects in reserve')
  }, opts)

  await step('projects: a reserve project dragged to "negotiating" moves there (with a note) and stays after a reload', async () => {
    const before = await count('negotiating')
    const moving = card('reserve', '坪山')
    await moving.dragTo(column('negotiating'))
    const dialog = page.locator(`${sel('stage-move-dialog')}:visible`)
    await dialog.waitFor()
    expect((await dialog.innerText()).includes('洽谈中'), 'the dialog does not name the stage')
    await dialog.locator(`textarea${sel('move-note-zh')}, ${sel('move-note-zh')} textarea`).first().fill('双方同意开始洽谈')
    await dialog.locator(sel('move-confirm')).click()
    await dialog.waitFor({ state: 'hidden' })
    await card('negotiating', '坪山').waitFor()
    await page.waitForFunction(
      ([s, n]) => Number(document.querySelector(`[data-test="board-column"][data-stage="${s}"] [data-test="board-column-count"]`)?.textContent) === n,
      ['negotiating', before + 1],
    )
    await page.reload()
    await card('negotiating', '坪山').waitFor()
    expect((await column('reserve').locator(sel('board-card')).filter({ hasText: '坪山' }).count()) === 0, 'still in reserve after a reload')
  }, opts)

  await step('projects: a reserve project dropped on "implementing" is refused and stays in reserve', async () => {
    const aichi = card('reserve', '爱知县')
    // Taken once the card is visible and stable (hover waits for that): a box read while the
    // board still settles after the reload puts the press beside the card, and no drag starts.
    await aichi.scrollIntoViewIfNeeded()
    const first = await aichi.boundingBox()
    expect(first, 'no card to drag')
    await aichi.hover({ position: { x: first.width / 2, y: 12 } })  // above the card's title link
    const box = await aichi.boundingBox()
    // Hold the card over the column: it shows it refuses, the others that accept light up.
    await page.mouse.down()
    await page.mouse.move(box.x + box.width / 2 + 20, box.y + 30, { steps: 4 })
    const target = await column('implementing').boundingBox()
    expect(target, 'no column to drag to')
    await page.mouse.move(target.x + target.width / 2, target.y + 60, { steps: 8 })
    await column('implementing').locator(sel('board-column-refuse')).waitFor()
    expect((await column('implementing').getAttribute('data-drop')) === 'refuse', 'implementing does not refuse the card')
    expect((await column('negotiating').getAttribute('data-drop')) === 'accept', 'negotiating does not accept the card')
    await page.screenshot({ path: resolve(shots, 'project-board.png') })
    await page.mouse.up()
    await page.locator('.board-refused', { hasText: '实施中' }).first().waitFor()
    expect((await page.locator(`${sel('stage-move-dialog')}:visible`).count()) === 0, 'a move dialog opened')
    await card('reserve', '爱知县').waitFor()
    expect((await column('implementing').locator(sel('board-card')).filter({ hasText: '爱知县' }).count()) === 0, 'the card went to implementing')
  }, opts)

  await step('projects: the list under "negotiating" holds the moved project; its page shows the note in its history', async () => {
    await projectsMenu('projectList')
    await page.waitForURL(/\/projects(\?|$)/)
    await page.goto(`${base}/projects?stage=negotiating`)
    const link = page.locator(sel('project-link'), { hasText: '坪山' })
    await link.waitFor()
    await link.click()
    await page.waitForURL(/\/projects\/\d+$/)
    await page.locator(sel('project-stage'), { hasText: '洽谈中' }).waitFor()
    await page.locator(sel('history-step'), { hasText: '双方同意开始洽谈' }).waitFor()
    await page.locator(sel('project-move-agreement_signed')).waitFor()
  }, opts)

  await step('agreements: the Moscow Innovation Cluster Fund × iMakerbase MoU opens with its parties, date and place', async () => {
    await projectsMenu('agreements')
    await page.waitForURL(/\/agreements/)
    const link = page.locator(sel('agreement-link'), { hasText: '莫斯科创新集群基金' })
    await link.waitFor()
    await link.click()
    await page.waitForURL(/\/agreements\/\d+$/)
    await page.locator(sel('agreement-kind'), { hasText: '合作备忘录' }).waitFor()
    await page.locator(sel('agreement-status'), { hasText: '有效' }).waitFor()
    const parties = await page.locator(sel('agreement-parties')).innerText()
    expect(parties.includes('莫斯科创新集群基金') && parties.includes('大公坊'), `the parties read "${parties.slice(0, 200)}"`)
    const signed = await page.locator(sel('agreement-signed')).innerText()
    expect(signed.includes('2023-06-10'), `signed reads "${signed}"`)
  }, opts)
}
