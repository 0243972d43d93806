import ICAL from 'ical.js'
import type { BrowserContext, Page } from 'playwright-core'

import { LOCALE_CODES, type Locale } from '@/i18n/locales'
import { getMessages } from '@/i18n/messages'
import type { Film, Screening } from '@/payload-types'

import { api, baseUrl, findOne, login } from './api'
import { axeViolations, describeViolations } from './axe'
import { browserForThisFile } from './browser'
import { FILM, get, pollUntil } from './site'

// A festival-goer's paths: a ticket reached with the keyboard, a personal schedule with a
// clash, its calendar file and share link, and the site with JavaScript off.
const newContext = browserForThisFile()
const TICKETS = 'https://tickets.example/closing-night'
let demo: Screening
let clash: Screening | undefined
let venue: number | undefined
let token: string

beforeAll(async () => {
  token = await login('editor')
  const film = await findOne<Film>('films', `where[slug][equals]=${FILM.slug}`, token)
  demo = await findOne<Screening>('screenings', `where[film][equals]=${film.id}&sort=createdAt`, token)
  // A second screening the same evening, 18:30 at another venue: it overlaps the closing night (20:00) for a
  // festival-goer, though not for the venues' rooms (the closing night takes the whole Pathé Palace).
  const other = await api<{ doc: { id: number } }>('POST', '/venues', {
    token,
    body: {
      name: 'Cinéma du Panthéon',
      slug: 'cinema-du-pantheon-e2e',
      address: { street: '13 rue Victor Cousin', city: 'Paris', country: 'FR' },
      _status: 'published',
    },
  })
  if (other.status !== 201)
    throw new Error(`creating the other venue failed: ${other.status} ${JSON.stringify(other.body)}`)
  venue = other.body.doc.id
  const { status, body } = await api<{ doc: Screening }>('POST', '/screenings', {
    token,
    body: {
      film: film.id,
      edition: demo.edition,
      venue,
      start: '2025-12-13T17:30:00.000Z',
      start_tz: 'Europe/Paris',
      status: 'scheduled',
      _status: 'published',
    },
  })
  if (status !== 201) throw new Error(`creating the clashing screening failed: ${status} ${JSON.stringify(body)}`)
  clash = body.doc
  const added = clash
  await pollUntil(
    'the new screening on the programmes',
    async () =>
      (
        await Promise.all(
          LOCALE_CODES.map(async (locale) =>
            (await get(`/${locale}/my-festival`)).text.includes(`data-id="${added.id}"`),
          ),
        )
      ).every(Boolean),
    20_000,
  )
})

afterAll(async () => {
  // Leave the demo as seeded for the other files.
  if (clash) await api('DELETE', `/screenings/${clash.id}`, { token })
  if (venue) await api('DELETE', `/venues/${venue}`, { token })
})

async function assertNoViolations(page: Page) {
  const violations = await axeViolations(page)
  if (violations.length) console.log(`axe-core on ${page.url()}:\n${describeViolations(violations)}`)
  expect(violations.map((violation) => violation.id)).toEqual([])
}

/** Tabs through the page until `selector` has the focus; returns how many presses it took. */
async function tabTo(page: Page, selector: string, max = 80): Promise<number> {
  for (let presses = 1; presses <= max; presses += 1) {
    await page.keyboard.press('Tab')
    if (await page.evaluate((css) => document.activeElement?.matches(css) ?? false, selector)) return presses
  }
  throw new Error(`${selector} not reached with ${max} presses of Tab`)
}

/** The ticket site is elsewhere (and the browser is offline): answer for it, so following the link can be seen. */
async function fakeTicketSite(context: BrowserContext) {
  await context.route(`${TICKETS}**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Tickets</title><h1>Tickets</h1>' }),
  )
}

describe.each(LOCALE_CODES)('%s', (locale: Locale) => {
  const t = getMessages(locale)
  const ticketName = new RegExp(`^${t.screening.tickets}, ${FILM.title[locale]}, .+20:00$`)

  // Other files add screenings of the same film: the programme's button is the closing night's own row.
  test.each([
    ['the programme', `/${locale}/programme`, () => `#programme li[data-id="${demo.id}"] a.ticket-button`],
    ['the film page header', `/${locale}/films/${FILM.slug}`, () => 'header.film-header a.ticket-button'],
  ])('a ticket is bought from %s with the keyboard alone', async (_where, path, button) => {
    const selector = button()
    const context = await newContext()
    await fakeTicketSite(context)
    const page = await context.newPage()
    await page.goto(path)
    const presses = await tabTo(page, selector)
    const focused = page.locator(':focus')
    expect(await focused.evaluate((element) => (element.textContent ?? '').trim())).toMatch(ticketName)
    expect(await focused.getAttribute('href')).toBe(TICKETS)
    await page.keyboard.press('Enter')
    await page.waitForURL(TICKETS)
    console.log(`${locale} ${path}: ticket button reached with ${presses} presses of Tab`)
    await context.close()
  })

  test('My festival: two clashing screenings saved with the keyboard, warned about, exported and shared', async () => {
    if (!clash) throw new Error('no clashing screening')
    const context = await newContext()
    const page = await context.newPage()
    await page.goto(`/${locale}/programme`)
    for (const id of [demo.id, clash.id]) {
      const star = page.locator(`#programme button[data-save="${id}"]`)
      await star.waitFor({ state: 'visible' })
      await star.focus()
      await page.keyboard.press('Enter')
      expect(await star.getAttribute('aria-pressed')).toBe('true')
    }
    await page.locator('a.my-festival-link [data-saved-count]', { hasText: '2' }).waitFor()

    await page.locator('a.my-festival-link').click()
    await page.waitForURL(`**/${locale}/my-festival`)
    const warning = page.locator('[data-clash="overlap"]')
    await warning.waitFor()
    expect(await warning.innerText()).toContain(FILM.title[locale])
    const shown = () =>
      page
        .locator('#my-festival li[data-id]:visible')
        .evaluateAll((rows) => rows.map((row) => Number((row as HTMLElement).dataset.id)).sort((a, b) => a - b))
    expect(await shown()).toEqual([demo.id, clash.id].sort((a, b) => a - b))
    await assertNoViolations(page)

    // The calendar file, read by an independent parser.
    const href = await page.locator('.my-festival-actions a[href*="calendar.ics"]').getAttribute('href')
    const file = await get(href ?? '')
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toMatch(/^text\/calendar/)
    expect(file.text.endsWith('END:VCALENDAR\r\n')).toBe(true)
    const events = ICAL.Component.fromString(file.text)
      .getAllSubcomponents('vevent')
      .map((component) => new ICAL.Event(component))
    expect(events.map((event) => event.uid).sort()).toEqual(
      [`screening-${demo.id}@filmweek`, `screening-${clash.id}@filmweek`].sort(),
    )

    // The share link, opened where nothing is saved.
    const shareUrl = await page.getByLabel(t.myFestival.share).inputValue()
    expect(shareUrl.startsWith(baseUrl())).toBe(true)
    const elsewhere = await newContext()
    const other = await elsewhere.newPage()
    await other.goto(shareUrl)
    await other.locator('[data-clash="overlap"]').waitFor()
    const otherShown = await other
      .locator('#my-festival li[data-id]:visible')
      .evaluateAll((rows) => rows.map((row) => Number((row as HTMLElement).dataset.id)).sort((a, b) => a - b))
    expect(otherShown).toEqual([demo.id, clash.id].sort((a, b) => a - b))
    expect(await other.evaluate(() => window.localStorage.length)).toBe(0)
    await elsewhere.close()
    await context.close()
  })

  test('JavaScript off: the programme filters work through their submit button', async () => {
    const page = await (await newNoScriptContext()).newPage()
    await page.goto(`/${locale}/programme`)
    // Other files add screenings of their own: what counts is the closing night (French subtitles) and the clash (none).
    const listed = async () => {
      const ids = await page
        .locator('#programme li[data-id]:visible')
        .evaluateAll((rows) => rows.map((row) => Number((row as HTMLElement).dataset.id)))
      return { closingNight: ids.includes(demo.id), clash: clash !== undefined && ids.includes(clash.id) }
    }
    expect(await listed()).toEqual({ closingNight: true, clash: true })
    await page.getByLabel(t.programme.subtitles).selectOption('fr')
    await page.getByRole('button', { name: t.programme.apply }).click()
    await page.waitForURL(/\/programme\?.*subtitles=fr/)
    expect(await listed()).toEqual({ closingNight: true, clash: false })
    expect(await page.getByLabel(t.programme.subtitles).inputValue()).toBe('fr')
    await assertNoViolations(page)
    await page.context().close()
  })

  test('JavaScript off: a 404 has its heading in the page language, its title and a way on, with status 404', async () => {
    const page = await (await newNoScriptContext()).newPage()
    const response = await page.goto(`/${locale}/no-such-page`)
    expect(response?.status()).toBe(404)
    expect(await page.locator('html').getAttribute('lang')).toBe(locale)
    expect((await page.locator('h1').innerText()).trim()).toBe(t.notFound.title)
    expect(await page.title()).toContain(t.notFound.title)
    expect(await page.locator(`a[href="/${locale}/programme"]`).count()).toBe(1)
    expect(await page.locator(`form[action="/${locale}/search"]`).count()).toBe(1)
    await assertNoViolations(page)
    await page.context().close()
  })
})

/** A context with JavaScript disabled, as some visitors and every crawler see the site. */
async function newNoScriptContext(): Promise<BrowserContext> {
  const context = await newContext()
  const browser = context.browser()
  await context.close()
  if (!browser) throw new Error('no browser')
  return browser.newContext({ javaScriptEnabled: false, baseURL: process.env.E2E_BASE_URL, bypassCSP: true })
}

test.each([
  ['fr-FR,fr;q=0.9', '/fr/programme?day=2025-12-13'],
  ['vi', '/vi/programme?day=2025-12-13'],
  ['', '/en/programme?day=2025-12-13'],
])(
  'a path without a language (/programme) goes to the visitor’s (“%s”), query kept',
  async (acceptLanguage, target) => {
    const response = await fetch(`${baseUrl()}/programme?day=2025-12-13`, {
      redirect: 'manual',
      headers: acceptLanguage ? { 'accept-language': acceptLanguage } : {},
    })
    expect(response.status).toBe(307)
    const location = new URL(response.headers.get('location') ?? '', baseUrl())
    expect(`${location.pathname}${location.search}`).toBe(target)
  },
)

test('an unknown path without a language ends on that language’s 404 page', async () => {
  const response = await fetch(`${baseUrl()}/xx`, { redirect: 'follow', headers: { 'accept-language': 'vi' } })
  expect(response.status).toBe(404)
  expect(await response.text()).toContain(`<html lang="vi">`)
})
