import type { Page } from 'playwright-core'

import { WHOLE_PROGRAMME_MAX_ROWS } from '@/data/programmeView'
import type { Film, Screening } from '@/payload-types'

import { api, findOne, login } from './api'
import { axeViolations, describeViolations } from './axe'
import { browserForThisFile } from './browser'
import { FILM, get, pollUntil } from './site'

// A programme too large for one page, as a festival-goer meets it: one day at a time, every day
// linked, filters that load the page for them, with JavaScript and without.
const newContext = browserForThisFile()
const DAYS = ['2025-12-09', '2025-12-10', '2025-12-11']
const CLOSING_DAY = '2025-12-13'
const perDay = Math.ceil((WHOLE_PROGRAMME_MAX_ROWS + 1) / DAYS.length)
const added: number[] = []
let closingNight: Screening
let token: string

beforeAll(async () => {
  token = await login('editor')
  const film = await findOne<Film>('films', `where[slug][equals]=${FILM.slug}`, token)
  closingNight = await findOne<Screening>('screenings', `where[film][equals]=${film.id}&sort=createdAt`, token)
  for (const day of DAYS)
    for (let slot = 0; slot < perDay; slot += 1) {
      const { status, body } = await api<{ doc: Screening }>('POST', '/screenings', {
        token,
        body: {
          film: film.id,
          edition: closingNight.edition,
          venue: closingNight.venue,
          room: `Days ${day} ${slot}`,
          start: `${day}T${String(9 + (slot % 12)).padStart(2, '0')}:00:00.000Z`,
          start_tz: 'Europe/Paris',
          status: 'scheduled',
          _status: 'published',
        },
      })
      if (status !== 201) throw new Error(`creating a screening failed: ${status} ${JSON.stringify(body)}`)
      added.push(body.doc.id)
    }
  await pollUntil('the programme paged by day', async () =>
    (await get('/en/programme')).text.includes('programme-days'),
  )
}, 180_000)

afterAll(async () => {
  for (const id of added) await api('DELETE', `/screenings/${id}`, { token })
  await pollUntil(
    'the programme whole again',
    async () => !(await get('/en/programme')).text.includes('programme-days'),
  )
}, 120_000)

const rowIds = (page: Page) =>
  page
    .locator('#programme li[data-id]:visible')
    .evaluateAll((rows) => rows.map((row) => Number((row as HTMLElement).dataset.id)))

async function assertNoViolations(page: Page) {
  const violations = await axeViolations(page)
  if (violations.length) console.log(`axe-core on ${page.url()}:\n${describeViolations(violations)}`)
  expect(violations.map((violation) => violation.id)).toEqual([])
}

test('the first day is the page, and every day is a link with its count', async () => {
  const page = await (await newContext()).newPage()
  await page.goto('/en/programme')
  // Other files add screenings of their own, on days of their own: what counts is that the page is
  // its first day, whole, and that every day (ours included) is linked.
  const days = page.getByRole('navigation', { name: 'Festival days' })
  const links = await days.getByRole('link').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')))
  for (const day of [...DAYS, CLOSING_DAY]) expect(links).toContain(`/en/programme?day=${day}`)
  const current = await days.locator('a[aria-current="page"]').getAttribute('href')
  expect(current).toBe(links[0])
  const shownDays = await page
    .locator('#programme li[data-id]:visible')
    .evaluateAll((rows) => [...new Set(rows.map((row) => (row as HTMLElement).dataset.day))])
  expect(shownDays.map((day) => `/en/programme?day=${day}`)).toEqual([current])
  await assertNoViolations(page)
  await page.goto(`/en/programme?day=${DAYS[0]}`)
  const ids = await rowIds(page)
  expect(added.slice(0, perDay).every((id) => ids.includes(id))).toBe(true)
  expect(ids).not.toContain(closingNight.id)
  await days.getByRole('link', { name: /13 December/ }).click()
  await page.waitForURL(`**/en/programme?day=${CLOSING_DAY}`)
  expect(await rowIds(page)).toContain(closingNight.id)
  await page.context().close()
})

test('with JavaScript, a filter loads the page for it, with a clean query, and the day links count its matches', async () => {
  const page = await (await newContext()).newPage()
  await page.goto(`/en/programme?day=${DAYS[0]}`)
  await page.getByLabel('Subtitles').selectOption('fr')
  // The closing night has French subtitles; the added screenings have none.
  await page.waitForURL(`**/en/programme?day=${DAYS[0]}&subtitles=fr`)
  expect(await rowIds(page)).toEqual([])
  const closing = page.getByRole('navigation', { name: 'Festival days' }).getByRole('link', { name: /13 December/ })
  expect(await closing.innerText()).toContain('(1)')
  await closing.click()
  await page.waitForURL(`**/en/programme?subtitles=fr&day=${CLOSING_DAY}`)
  expect(await rowIds(page)).toEqual([closingNight.id])
  expect(await page.getByLabel('Subtitles').inputValue()).toBe('fr')
  await page.context().close()
})

test('without JavaScript, the form picks a day and filters through its submit button', async () => {
  const context = await newContext()
  const browser = context.browser()
  await context.close()
  const page = await (
    await browser!.newContext({ javaScriptEnabled: false, baseURL: process.env.E2E_BASE_URL })
  ).newPage()
  await page.goto('/en/programme')
  await page.getByRole('combobox', { name: 'Day' }).selectOption(CLOSING_DAY)
  await page.getByRole('button', { name: 'Show screenings' }).click()
  await page.waitForURL(/\/en\/programme\?day=2025-12-13/)
  expect(await rowIds(page)).toEqual([closingNight.id])
  await page.context().close()
})

test('a day’s answer holds that day’s rows only', async () => {
  const whole = (await get(`/en/programme?day=${DAYS[1]}`)).text
  expect(whole.match(/data-screening=""/g)).toHaveLength(perDay)
})
