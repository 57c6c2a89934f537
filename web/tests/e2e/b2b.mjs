// The B2B meetings and itinerary stories of the browser test (issue 5, items 5 and 6). Three
// participants register to the demo world's B2B event (through the API, to keep it short); on
// their private pages the first asks the other two, who accept; staff schedule all and publish;
// the first reads their agenda. Then staff plan the Aichi delegation's itinerary for two days,
// drop a visit, re-plan and find it gone. Runs in Chinese, as admin (`page` is logged in).

export async function b2bFlow({ page, browser, base, step, sel, box, expect, stamp }) {
  const chain = 'b2b'
  let eventId = 0
  const people = [`Ana B2B ${stamp}`, `Ben B2B ${stamp}`, `Chen B2B ${stamp}`]
  const urls = []
  const visitor = await browser.newContext({ viewport: { width: 1200, height: 900 }, locale: 'zh-CN' })
  const anon = await visitor.newPage()
  anon.setDefaultTimeout(15000)
  const participant = async (i) => {
    await anon.goto(urls[i])
    await anon.locator(sel('b2b-section')).waitFor()
  }
  try {
    await step('three participants register to the demo B2B event and see its B2B section', async () => {
      const list = await (await page.request.get(`${base}/api/events?q=${encodeURIComponent('B2B matchmaking')}`)).json()
      const event = list.items.find((e) => e.meetings)
      expect(event, 'the demo B2B event is not listed')
      eventId = event.id
      for (const [i, name] of people.entries()) {
        const r = await visitor.request.post(`${base}/api/events/${eventId}/registrations`, {
          data: { name: { zh: '', en: name }, email: `b2b${i}.${stamp}@example.org`, organisation: `${name} Ltd`, country: 'DE' },
        })
        expect(r.status() === 201, `registering ${name} answered ${r.status()}: ${await r.text()}`)
        const body = await r.json()
        urls.push(`${base}/events/${eventId}/registrations/${body.id}?key=${encodeURIComponent(body.key)}`)
      }
      await participant(0)
      await anon.locator(sel('b2b-slot')).first().waitFor()
      const slots = await anon.locator(sel('b2b-slot')).count()
      expect(slots === 12, `${slots} slots shown, expected 12`)
    }, { chain })

    await step('the first participant finds the others by search and asks them to meet', async () => {
      for (const other of [people[1], people[2]]) {
        await box(anon, 'b2b-search').fill(other)
        await anon.locator(`${sel('b2b-participants')} .el-table__row`, { hasText: other }).first().click()
        await anon.locator(sel('b2b-ask')).waitFor()
        await anon.locator(`${sel('b2b-priority')} .el-rate__item`).nth(4).click()
        await anon.locator(sel('b2b-ask-submit')).click()
        await anon.locator(`${sel('b2b-sent-item')}[data-status="requested"]`, { hasText: other }).waitFor()
      }
    }, { chain })

    await step('the two asked accept on their own pages', async () => {
      for (const i of [1, 2]) {
        await participant(i)
        const item = anon.locator(sel('b2b-received-item'), { hasText: people[0] })
        await item.locator(sel('b2b-accept')).click()
        await anon.locator(`${sel('b2b-received-item')}[data-status="accepted"]`, { hasText: people[0] }).waitFor()
      }
    }, { chain })

    await step('as admin: "Schedule all" places both meetings on the grid, and publishing dates it', async () => {
      await page.goto(`${base}/events/${eventId}`)
      await page.locator('#tab-meetings').click()
      await page.locator(sel('meetings-tab')).waitFor()
      await page.locator(sel('meetings-run')).click()
      const grid = page.locator(sel('meeting-grid'))
      await grid.locator(sel('meeting'), { hasText: people[1] }).waitFor()
      await grid.locator(sel('meeting'), { hasText: people[2] }).waitFor()
      await page.locator(sel('meetings-publish')).click()
      await page.locator('.el-message-box__btns .el-button--primary').click()
      await page.locator(sel('meetings-published')).waitFor()
    }, { chain })

    await step('the first participant reads their agenda: two meetings, with time and table', async () => {
      await participant(0)
      const rows = anon.locator(sel('b2b-agenda-row'))
      await rows.first().waitFor()
      const text = (await rows.allInnerTexts()).join('\n')
      expect(text.includes(people[1]) && text.includes(people[2]), `the agenda reads "${text}"`)
      expect(/\d\d:\d\d–\d\d:\d\d/.test(text) && text.includes('号桌'), `no time or table in "${text}"`)
    }, { chain })
  } finally {
    await visitor.close()
  }
}

export async function itineraryFlow({ page, base, step, sel, box, expect }) {
  const chain = 'itinerary'
  let dropped = ''
  await step('as admin: the Aichi delegation\'s itinerary is planned for 6–7 June 2023, day by day', async () => {
    const list = await (await page.request.get(`${base}/api/delegations?q=Aichi`)).json()
    expect(list.items?.length, 'no Aichi delegation')
    await page.goto(`${base}/delegations/${list.items[0].id}`)
    const tab = page.locator(sel('itinerary-tab'))
    await tab.waitFor()
    for (const [i, d] of ['2023-06-06', '2023-06-07'].entries()) {
      const input = page.locator(`${sel('itinerary-days')} input`).nth(i)
      await input.click()
      await input.fill(d)
      await input.press('Enter')
    }
    await page.locator(sel('itinerary-days'), { hasText: '共 2 天' }).waitFor()
    await page.locator(sel('itinerary-plan')).click()
    const days = page.locator(sel('itinerary-day'))
    await days.nth(1).waitFor()
    const dates = await days.evaluateAll((ds) => ds.map((d) => d.getAttribute('data-date')))
    expect(dates.join() === '2023-06-06,2023-06-07', `days read ${dates}`)
    const legs = await page.locator(sel('itinerary-leg')).allInnerTexts()
    expect(legs.length > 0 && legs.every((l) => /🚗 \d+ 分钟/.test(l)), `travel legs read ${JSON.stringify(legs)}`)
  }, { chain })

  await step('dropping a visit and re-planning leaves it out', async () => {
    const visit = page.locator(sel('itinerary-visit')).first()
    dropped = (await visit.locator(sel('itinerary-site')).innerText()).trim()
    await visit.locator(sel('itinerary-drop')).click()
    await page.locator(sel('itinerary-dropped'), { hasText: dropped }).waitFor()
    const before = await page.locator(sel('itinerary-score')).innerText()
    await page.locator(sel('itinerary-plan')).click()
    await page.locator(sel('itinerary-changed')).waitFor({ state: 'detached' })
    const sites = await page.locator(sel('itinerary-site')).allInnerTexts()
    expect(sites.length > 0 && !sites.map((s) => s.trim()).includes(dropped), `"${dropped}" is still planned: ${JSON.stringify(sites)} (score was ${before})`)
  }, { chain })

  await step('the plan is kept: after a reload the page starts from it, the drop included', async () => {
    await page.reload()
    await page.locator(sel('itinerary-day')).first().waitFor()
    await page.locator(sel('itinerary-dropped'), { hasText: dropped }).waitFor()
  }, { chain })
}
