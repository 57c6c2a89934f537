// The centre's figures story of the browser test (issue 6, item 6): as admin the dashboard opens
// from the menu, the preset "since the centre opened" puts 2023-10-27..today in the URL, the eight
// cards read the server's numbers and labels, the events card's number links to its records; the
// events' charts are drawn and a click on an SDG bar opens the records of that goal (a removable
// tag; removing it leaves every event of the period), each row linking to its event; the CSV
// exports carry the contract's columns; the directory summary is still below the figures
// (screenshot `dashboard.png`). Runs in Chinese; `page` is logged in as admin.
import { resolve } from 'node:path'

export async function dashboardFlow({ page, base, step, sel, expect, shots }) {
  const opts = { chain: 'dashboard', group: 'kpis' }
  /** The server's figures for the period, read in the page (same cookies). */
  const api = (path) => page.evaluate(async (p) => {
    const r = await fetch(p, { credentials: 'same-origin' })
    return { status: r.status, type: r.headers.get('Content-Type') ?? '', text: await r.text() }
  }, path)
  let from = ''
  let to = ''
  let kpis = null

  await step('dashboard: "since the centre opened" puts the period in the URL; the cards read the server\'s figures', async () => {
    await page.goto(`${base}/partners/organisations`)
    await page.locator(sel('menu-dashboard')).click()
    await page.waitForURL(/\/dashboard/)
    await page.locator(sel('kpi-preset-sinceOpening')).click()
    await page.waitForURL(/from=2023-10-27/)
    const url = new URL(page.url())
    from = url.searchParams.get('from')
    to = url.searchParams.get('to') ?? ''
    expect(from === '2023-10-27' && /^\d{4}-\d{2}-\d{2}$/.test(to), `the URL is ${page.url()}`)
    const res = await api(`/api/dashboard/kpis?from=${from}&to=${to}`)
    expect(res.status === 200, `GET /api/dashboard/kpis answered ${res.status}`)
    kpis = JSON.parse(res.text)
    await page.locator(sel('kpi-period-shown'), { hasText: `${from} 至 ${to}` }).waitFor()
    const cards = page.locator(`${sel('kpis')} [role="button"][data-test^="kpi-"]`)
    expect((await cards.count()) === 8, `${await cards.count()} cards`)
    for (const figure of ['events_held', 'projects_in_reserve', 'countries_reached']) {
      const card = page.locator(sel(`kpi-${figure}`))
      const value = (await card.locator(sel('kpi-value')).innerText()).replace(/\D/g, '')
      expect(Number(value) === kpis[figure], `${figure} reads ${value}, the server says ${kpis[figure]}`)
      const label = await card.locator(sel('kpi-label')).innerText()
      expect(label === kpis.details[figure].label.zh, `${figure}'s label reads "${label}"`)
    }
    const href = await page.locator(`${sel('kpi-events_held')} ${sel('kpi-value')}`).getAttribute('href')
    expect(href === `/dashboard/kpis/events_held?from=${from}&to=${to}`, `the events number links to ${href}`)
    // the directory summary and the introductions funnel stay below the figures
    await page.locator(sel('figure-organisations')).waitFor()
  }, opts)

  await step('dashboard: the events\' charts are drawn; a click on an SDG bar opens the records of that goal', async () => {
    await page.locator(sel('kpi-events_held')).click()
    await page.waitForURL(/figure=events_held/)
    for (const dim of ['month', 'country', 'sector', 'sdg']) await page.locator(`${sel(`kpi-chart-${dim}`)} canvas`).waitFor()
    await page.waitForTimeout(1200) // the bars' entry animation
    await page.screenshot({ path: resolve(shots, 'dashboard.png'), fullPage: true })
    const goals = [...kpis.details.events_held.by_sdg].sort((a, b) => Number(a.key) - Number(b.key))
    expect(goals.length > 0, 'the demo\'s events have no SDGs')
    // bars fill the plot from left to right, one per goal: click the middle of the middle one, low enough to hit it
    const mid = Math.floor(goals.length / 2)
    const chart = page.locator(sel('kpi-chart-sdg'))
    await chart.scrollIntoViewIfNeeded()
    const box = await chart.boundingBox()
    const plotLeft = 40
    const plotWidth = box.width - plotLeft - 24
    await chart.click({ position: { x: plotLeft + (plotWidth * (mid + 0.5)) / goals.length, y: box.height - 40 } })
    await page.waitForURL(/\/dashboard\/kpis\/events_held\?/)
    const url = new URL(page.url())
    expect(url.searchParams.get('from') === from && url.searchParams.get('to') === to, `the records page is ${page.url()}`)
    expect(url.searchParams.get('sdg') === goals[mid].key, `the click opened sdg=${url.searchParams.get('sdg')}, not ${goals[mid].key}`)
    await page.locator(sel('kpi-filter-sdg')).waitFor()
    const total = await page.locator(sel('kpi-total')).innerText()
    expect(total.includes(`共 ${goals[mid].count} 条记录`), `the total reads "${total}" (the bar counts ${goals[mid].count})`)
  }, opts)

  await step('dashboard: the records link to their events, export the same query, and lose the SDG when its tag is closed', async () => {
    const rows = page.locator(`${sel('kpi-records')} .el-table__body tr`)
    await rows.first().waitFor()
    const type = await rows.first().locator('[data-test^="record-type-"]').innerText()
    expect(type === '活动', `the first record's type reads "${type}"`)
    const link = await rows.first().locator(sel('record-link')).getAttribute('href')
    expect(/^\/events\/\d+$/.test(link ?? ''), `the first record links to ${link}`)
    const csvHref = await page.locator(sel('records-csv')).getAttribute('href')
    const sdg = new URL(page.url()).searchParams.get('sdg')
    expect(csvHref === `/api/dashboard/kpis/events_held/records.csv?from=${from}&to=${to}&sdg=${sdg}`, `the CSV link is ${csvHref}`)
    const csv = await api(csvHref)
    expect(csv.status === 200 && csv.text.replace(/^\uFEFF/, '').startsWith('type,id,title_zh,title_en,date,country,link'), `the records CSV starts "${csv.text.slice(0, 80)}"`)
    await page.locator(`${sel('kpi-filter-sdg')} .el-tag__close`).click()
    await page.waitForURL((u) => !new URL(u).searchParams.has('sdg'))
    await page.locator(sel('kpi-total'), { hasText: `共 ${kpis.events_held} 条记录` }).waitFor()
    await page.locator(sel('record-link')).first().click()
    await page.waitForURL(/\/events\/\d+$/)
  }, opts)

  await step('dashboard: the figures export as CSV with the contract\'s columns', async () => {
    await page.goto(`${base}/dashboard?from=${from}&to=${to}`)
    const href = await page.locator(sel('kpis-csv')).getAttribute('href')
    expect(href === `/api/dashboard/kpis.csv?from=${from}&to=${to}`, `the CSV link is ${href}`)
    const csv = await api(href)
    const head = csv.text.replace(/^\uFEFF/, '')
    expect(csv.status === 200 && head.startsWith('figure,label_zh,label_en,dimension,key,count'), `the figures CSV starts "${head.slice(0, 80)}"`)
    expect(head.includes(`events_held,`) && head.includes(',total,'), 'the figures CSV has no events_held total')
    const xlsx = await api(await page.locator(sel('kpis-xlsx')).getAttribute('href'))
    expect(xlsx.status === 200 && xlsx.type.includes('spreadsheetml'), `the XLSX answered ${xlsx.status} ${xlsx.type}`)
  }, opts)
}
