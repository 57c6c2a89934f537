// The service desk story of the browser test (issue 6): an anonymous visitor asks for help through
// the public intake form (first without a description and with a bad email, for the server's field
// errors under the fields; then with a file), keeps the private link and opens it; as admin the
// case is found in the queue, assigned, worked on, given an internal note and a public reply, and
// resolved; the requester reads the reply (not the note), confirms and rates; escalations, the
// catalogue and the teams open. Runs in Chinese; `page` is logged in as admin.
import { resolve } from 'node:path'

export async function deskFlow({ page, browser, base, step, sel, box, expect, stamp, shots }) {
  const chain = 'desk'
  const group = 'desk'
  const opts = { chain, group }
  const subject = `居留许可咨询${stamp}`
  let privateUrl = ''
  let number = ''
  const area = (p, id) => p.locator(`textarea${sel(id)}, ${sel(id)} textarea`).first()
  /** Click an entry of the service desk group, opening the group first when it is closed. */
  async function deskMenu(p, key) {
    const item = p.locator(sel(`menu-${key}`))
    if (!(await item.isVisible())) await p.locator(`${sel('menu-serviceDesk')} > .el-sub-menu__title`).click()
    await item.click()
  }

  const visitor = await browser.newContext({ viewport: { width: 1100, height: 900 }, locale: 'zh-CN' })
  const anon = await visitor.newPage()
  anon.setDefaultTimeout(15000)
  try {
    await step('anonymous: the intake form is in the public menu and shows each service with its target time', async () => {
      await anon.goto(`${base}/solutions`)
      await deskMenu(anon, 'deskIntake')
      await anon.waitForURL(/\/desk\/new$/)
      const visa = anon.locator(sel('intake-service-residence-visa'))
      await visa.waitFor()
      const text = await visa.innerText()
      expect(text.includes('居留许可与签证咨询') && text.includes('16 个工作小时内'), `the service reads "${text}"`)
      expect((await anon.locator(sel('menu-deskQueue')).count()) === 0, 'the staff queue is in the public menu')
    }, opts)

    await step('anonymous: the server\'s field errors show under the fields', async () => {
      await anon.locator(`${sel('intake-service-residence-visa')}`).click()
      await box(anon, 'intake-name').fill('Marta Puig')
      await box(anon, 'intake-email').fill('not-an-email')
      await anon.locator(sel('intake-submit')).click()
      await anon.locator(`${sel('field-contact.email')} .el-form-item__error`).waitFor()
      await anon.locator(`${sel('field-description')} .el-form-item__error`).waitFor()
      expect((await anon.locator(sel('intake-form')).count()) === 1, 'the form is gone after a 422')
    }, opts)

    await step('anonymous: a request with a file is received with its number and the private link to keep', async () => {
      await box(anon, 'intake-email').fill(`marta${stamp}@example.org`)
      await box(anon, 'intake-organisation').fill('Ajuntament de Barcelona')
      await box(anon, 'intake-subject').fill(subject)
      await area(anon, 'intake-description').fill('我们的研究员将在龙华工作三个月，需要办理哪些居留手续？')
      await anon.locator(`${sel('intake-attachments')} input[type="file"]`).setInputFiles({
        name: 'invitation.txt', mimeType: 'text/plain', buffer: Buffer.from('Invitation letter for a three-month research stay.\n'),
      })
      await anon.locator(`${sel('intake-attachments')} .el-upload-list__item`).waitFor()
      await anon.locator(sel('intake-submit')).click()
      const result = anon.locator(sel('intake-result'))
      await result.waitFor()
      const text = await result.innerText()
      number = (/FR-\d{4}-\d{5,}/.exec(text) ?? [''])[0]
      expect(number, `the answer reads "${text.slice(0, 200)}"`)
      privateUrl = await anon.locator(sel('intake-private-link')).innerText()
      expect(/\/desk\/cases\/\d+\?key=/.test(privateUrl), `the private link reads "${privateUrl}"`)
    }, opts)

    await step('anonymous: the private page shows the number, "new" on the step bar and the file', async () => {
      await anon.goto(privateUrl)
      await anon.locator(sel('page-title'), { hasText: number }).waitFor()
      await anon.locator(sel('public-status'), { hasText: '新建' }).waitFor()
      await anon.locator(sel('public-steps')).waitFor()
      await anon.locator(sel('attachment-link'), { hasText: 'invitation.txt' }).waitFor()
      expect((await anon.locator(sel('public-confirm')).count()) === 0, 'a new case offers "confirm resolved"')
    }, opts)
  } finally {
    if (!privateUrl) await visitor.close()
  }

  try {
    await step('as admin: the case is in the open queue and found by its number', async () => {
      await deskMenu(page, 'deskQueue')
      await page.waitForURL(/\/desk(\?|$)/)
      await page.locator(sel('desk-table')).waitFor()
      await box(page, 'desk-filter-q').fill(number)
      await page.locator(sel('desk-search')).click()
      await page.waitForURL(/[?&]q=/)
      const link = page.locator(sel('desk-case-link'), { hasText: number })
      await link.waitFor()
      await link.click()
      await page.waitForURL(/\/desk\/cases\/\d+$/)
      await page.locator(sel('case-status'), { hasText: '新建' }).waitFor()
    }, opts)

    await step('as admin: assigned (to oneself), work started, an internal note and a public reply written', async () => {
      await page.locator(sel('case-action-assign')).click()
      const dialog = page.locator(`${sel('case-move-dialog')}:visible`)
      await dialog.waitFor()
      await dialog.locator(sel('move-confirm')).click()
      await page.locator(sel('case-status'), { hasText: '已分派' }).waitFor()
      await page.locator(sel('case-action-start')).click()
      await page.locator(sel('case-status'), { hasText: '处理中' }).waitFor()
      await page.locator(`${sel('composer-internal')}`).click()
      await area(page, 'composer-body').fill('内部：先与出入境部门确认材料清单')
      await page.locator(sel('composer-send')).click()
      const note = page.locator(sel('message-internal'), { hasText: '先与出入境部门确认材料清单' })
      await note.waitFor()
      await note.locator(sel('internal-tag')).waitFor()
      await page.locator(`${sel('composer-public')}`).click()
      await area(page, 'composer-body').fill('您好，需要提供邀请函、护照和住宿登记表。')
      await page.locator(sel('composer-send')).click()
      await page.locator(sel('message'), { hasText: '邀请函、护照和住宿登记表' }).waitFor()
    }, opts)

    await step('as admin: resolved; the history lists every step', async () => {
      await page.locator(sel('case-action-resolve')).click()
      const dialog = page.locator(`${sel('case-move-dialog')}:visible`)
      await dialog.waitFor()
      await dialog.locator(sel('move-confirm')).click()
      await page.locator(sel('case-status'), { hasText: '已解决' }).waitFor()
      const history = await page.locator(sel('case-history')).innerText()
      for (const s of ['已分派', '处理中', '已解决']) expect(history.includes(s), `the history reads "${history.slice(0, 300)}"`)
      // let the confirmations fade so they do not cover the header
      await page.waitForFunction(() => document.querySelectorAll('.el-message').length === 0, null, { timeout: 15000 })
      await page.screenshot({ path: resolve(shots, 'desk-case.png'), animations: 'disabled' })
    }, opts)

    await step('the requester reads the reply but not the internal note, confirms and rates 5', async () => {
      if (!privateUrl) throw new Error('no private link')
      await anon.goto(privateUrl)
      await anon.locator(sel('public-status'), { hasText: '已解决' }).waitFor()
      await anon.locator(sel('message'), { hasText: '邀请函、护照和住宿登记表' }).waitFor()
      const text = await anon.locator(sel('public-case')).innerText()
      expect(!text.includes('出入境部门'), 'the requester sees the internal note')
      await anon.locator(sel('public-reopen-until')).waitFor()
      await anon.locator(sel('public-confirm')).click()
      await anon.locator(sel('public-status'), { hasText: '已关闭' }).waitFor()
      await anon.locator(`${sel('public-rate-score')} .el-rate__item`).nth(4).click()
      await area(anon, 'public-rate-comment').fill('回复很及时')
      await anon.locator(sel('public-rate-send')).click()
      await anon.locator(sel('public-satisfaction')).waitFor()
    }, opts)
  } finally {
    if (privateUrl) await visitor.close()
  }

  await step('as admin: escalations, the service catalogue and the teams open', async () => {
    await page.goto(`${base}/desk/escalations`)
    await page.locator(sel('escalations-overdue')).waitFor()
    await page.locator(sel('escalations-at_risk')).waitFor()
    await page.goto(`${base}/desk/services`)
    await page.locator(`${sel('services-table')} .el-table__row`, { hasText: '居留许可与签证咨询' }).waitFor()
    await page.goto(`${base}/desk/teams`)
    await page.locator(`${sel('teams-table')} .el-table__row`, { hasText: '国际人才服务组' }).waitFor()
  }, { group })

  await step('the working calendar of 2024: National Day off, its Saturday worked, the hours', async () => {
    await page.goto(`${base}/desk/calendar?year=2024`)
    await page.locator(`${sel('calendar-holidays')} .el-table__row`, { hasText: '国庆节' }).waitFor()
    const worked = await page.locator(sel('calendar-working-days')).innerText()
    expect(worked.includes('2024-10-12'), `the adjusted working days read "${worked}"`)
    const hours = await page.locator(sel('calendar-hours')).innerText()
    expect(hours.includes('09:00') && hours.includes('18:00'), `the hours read "${hours}"`)
    expect((await page.locator(sel('calendar-not-covered')).count()) === 0, '2024 is said not to be recorded')
  }, { group })
}
