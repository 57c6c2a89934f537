// The events story of the browser test (issue 5): staff create an event of one seat through the
// form and add a session in the dialog; an anonymous visitor registers, a second one joins the
// waiting list; the first opens their private page with its QR code; staff type the token in at
// the door and the attendance tab reads 1. Runs in Chinese, as admin (`page` is logged in).
import { resolve } from 'node:path'

/**
 * Type a date-time into the `index`th Element Plus picker of a form item (format YYYY-MM-DD HH:mm)
 * and confirm it. (A picker gives its attributes to its popper, and the form item sets its id.)
 */
async function pickDateTime(page, fieldTestId, index, value) {
  const input = page.locator(`[data-test="${fieldTestId}"]:visible input`).nth(index)
  await input.click()
  await input.fill(value)
  // Enter takes a valid typed value and closes the panel (Escape would close a dialog too).
  await input.press('Enter')
}

export async function eventsFlow({ page, browser, base, step, sel, box, expect, stamp, shots }) {
  const chain = 'events'
  const title = `龙华国际交流营${stamp}`
  let eventUrl = ''
  let privateUrl = ''
  let token = ''

  await step('as admin: an event of one seat is created through the form and opens its page', async () => {
    await page.locator(sel('menu-events')).click()
    await page.waitForURL(/\/events/)
    await page.locator(sel('event-new')).click()
    await page.locator(sel('event-form')).waitFor()
    await box(page, 'event-title-zh').fill(title)
    await box(page, 'event-title-en').fill(`Longhua exchange camp ${stamp}`)
    await pickDateTime(page, 'field-times', 0, '2099-06-05 09:00')
    await pickDateTime(page, 'field-times', 1, '2099-06-06 18:00')
    await box(page, 'event-capacity').fill('1')
    await page.locator(sel('event-save')).click()
    await page.waitForURL(/\/events\/\d+$/)
    eventUrl = page.url()
    await page.locator(sel('page-title'), { hasText: title }).waitFor()
    const dates = await page.locator(`${sel('event-fields')} ${sel('event-dates')}`).innerText()
    expect(dates.includes('2099-06-05') && dates.includes('2099-06-06'), `dates read "${dates}"`)
  }, { chain })

  await step('a session added in the dialog shows in the day-by-day timetable at its local time', async () => {
    await page.locator(sel('session-add')).click()
    const dialog = page.locator(`${sel('session-dialog')}:visible`)
    await dialog.waitFor()
    await dialog.locator(`input${sel('session-title-zh')}, ${sel('session-title-zh')} input`).first().fill('开营仪式')
    await pickDateTime(page, 'field-session-times', 0, '2099-06-06 10:00')
    await pickDateTime(page, 'field-session-times', 1, '2099-06-06 11:30')
    await dialog.locator(sel('session-save')).click()
    const day = page.locator(`${sel('timetable-day')}[data-date="2099-06-06"]`)
    await day.locator(sel('timetable-session'), { hasText: '开营仪式' }).waitFor()
    const time = await day.locator(sel('session-time')).first().innerText()
    expect(time.replace(/\s/g, '') === '10:00–11:30', `the session reads "${time}"`)
  }, { chain })

  const visitor = await browser.newContext({ viewport: { width: 1000, height: 800 }, locale: 'zh-CN' })
  const anon = await visitor.newPage()
  anon.setDefaultTimeout(15000)
  try {
    await step('anonymous: the public form registers the first visitor and gives the private link', async () => {
      await anon.goto(eventUrl)
      await anon.locator(sel('event-register')).click()
      await anon.waitForURL(/\/register$/)
      await box(anon, 'reg-name').fill('Marta Puig')
      await box(anon, 'reg-email').fill(`marta${stamp}@example.org`)
      await box(anon, 'reg-organisation').fill('Ajuntament de Barcelona')
      await anon.locator(sel('reg-submit')).click()
      await anon.locator(`${sel('registration-result')}[data-status="registered"]`).waitFor()
      privateUrl = await anon.locator(sel('registration-private-link')).innerText()
      expect(/\/events\/\d+\/registrations\/\d+\?key=/.test(privateUrl), `the private link reads "${privateUrl}"`)
    }, { chain })

    await step('the second visitor finds the seat taken and is number 1 on the waiting list', async () => {
      await anon.goto(`${eventUrl}/register`)
      await box(anon, 'reg-name').fill('王芳')
      await box(anon, 'reg-email').fill(`wang${stamp}@example.cn`)
      await anon.locator(sel('reg-submit')).click()
      const result = anon.locator(`${sel('registration-result')}[data-status="waitlisted"]`)
      await result.waitFor()
      const text = await result.innerText()
      expect(text.includes('候补名单第 1 位'), `the answer reads "${text.slice(0, 200)}"`)
    }, { chain })

    await step('the private page shows the status, the QR code and the token to type', async () => {
      await anon.goto(privateUrl)
      await anon.locator(sel('own-status'), { hasText: '已报名' }).waitFor()
      const qr = anon.locator(sel('own-qr'))
      await qr.waitFor()
      await anon.waitForFunction((s) => { const i = document.querySelector(s); return i && i.complete && i.naturalWidth > 0 }, sel('own-qr'))
      token = (await anon.locator(sel('own-token')).innerText()).trim()
      expect(token.startsWith('ic1.'), `the token reads "${token}"`)
      await anon.locator(sel('own-ticket')).screenshot({ path: resolve(shots, 'event-ticket.png'), animations: 'disabled' })
    }, { chain })
  } finally {
    await visitor.close()
  }

  await step('at the door staff type the token in and see it green with the guest\'s name', async () => {
    await page.goto(`${eventUrl}/check-in`)
    await page.locator(sel('check-in-page')).waitFor()
    await box(page, 'check-in-token').fill(token)
    await box(page, 'check-in-token').press('Enter')
    const ok = page.locator(`${sel('check-in-result')}[data-kind="ok"]`)
    await ok.waitFor()
    expect((await ok.innerText()).includes('Marta Puig'), 'the green result does not name the guest')
    await page.locator(sel('check-in-count'), { hasText: '1' }).waitFor()
    await page.screenshot({ path: resolve(shots, 'check-in.png'), animations: 'disabled', clip: { x: 0, y: 0, width: 1366, height: 520 } })
  }, { chain })

  await step('the attendance tab reads 1 checked in, with CSV and XLSX downloads', async () => {
    await page.goto(eventUrl)
    await page.locator('#tab-attendance').click()
    const checkedIn = page.locator(`${sel('attendance-checked-in')} .el-statistic__content`)
    await checkedIn.waitFor()
    await page.waitForFunction((s) => document.querySelector(s)?.textContent?.trim() === '1', `${sel('attendance-checked-in')} .el-statistic__content`)
    await page.locator(sel('attendees-csv')).waitFor()
    await page.locator('#tab-registrations').click()
    const rows = await page.locator(`${sel('registration-table')} ${sel('registration-status')}`).allInnerTexts()
    expect(rows.length === 2 && rows[1].includes('#1'), `registrations read ${JSON.stringify(rows)}`)
  }, { chain })
}
