import type { Page } from 'playwright-core'

import { LOCALE_CODES, type Locale } from '@/i18n/locales'
import { getMessages } from '@/i18n/messages'
import type { Edition, Venue } from '@/payload-types'

import { findOne } from './api'
import { axeViolations, describeViolations } from './axe'
import { browserForThisFile } from './browser'
import { DIRECTOR, FILM } from './site'

// Every page type, in every locale: accessible (axe-core) and with valid structured data.
type Slugs = { venue: string; edition: string }
const PAGES: [string, (locale: Locale, slugs: Slugs) => string][] = [
  ['home', (locale) => `/${locale}`],
  ['programme', (locale) => `/${locale}/programme`],
  ['films', (locale) => `/${locale}/films`],
  ['film', (locale) => `/${locale}/films/${FILM.slug}`],
  ['person', (locale) => `/${locale}/people/${DIRECTOR.slug}`],
  ['quotes', (locale) => `/${locale}/quotes`],
  ['venue', (locale, { venue }) => `/${locale}/venues/${venue}`],
  ['edition', (locale, { edition }) => `/${locale}/editions/${edition}`],
  ['editions', (locale) => `/${locale}/editions`],
  ['about', (locale) => `/${locale}/about`],
  ['search', (locale) => `/${locale}/search?q=${encodeURIComponent(FILM.title[locale])}`],
  ['my festival', (locale) => `/${locale}/my-festival`],
  ['filtered programme', (locale) => `/${locale}/programme?subtitles=fr`],
]

type Ld = Record<string, unknown> & { '@type'?: string }
const OFFSET = /T\d\d:\d\d(:\d\d)?[+-]\d\d:\d\d$/

/** What each page type's structured data must hold, beyond parsing. */
const EXPECTED_LD: Record<string, (blocks: Ld[]) => void> = {
  home: (blocks) => expect(blocks.map((block) => block['@type'])).toContain('Festival'),
  edition: (blocks) => expect(blocks.map((block) => block['@type'])).toContain('Festival'),
  person: (blocks) =>
    expect(blocks.find((block) => block['@type'] === 'ProfilePage')).toMatchObject({
      mainEntity: { '@type': 'Person', name: DIRECTOR.name },
    }),
  film: (blocks) => {
    expect(blocks.map((block) => block['@type'])).toContain('Movie')
    const events = blocks.filter((block) => block['@type'] === 'ScreeningEvent')
    expect(events.length).toBeGreaterThan(0)
    for (const event of events) {
      expect(event).toMatchObject({
        location: { '@type': 'Place', address: { '@type': 'PostalAddress' } },
        workPresented: { '@type': 'Movie' },
      })
      expect(event.startDate).toMatch(OFFSET)
    }
    // The setup gave the demo screening a ticket link (startSite.ts); the seed its prices, one Offer each.
    const offers = events.flatMap((event) => (event.offers as Ld[] | undefined) ?? [])
    expect(offers.map((offer) => offer.url)).toContain('https://tickets.example/closing-night')
    expect(offers.map((offer) => offer.priceCurrency)).toContain('EUR')
  },
}

const OPEN_GRAPH_KIND: Record<string, string> = { film: 'video.movie', person: 'profile' }

const newContext = browserForThisFile()
const slugs: Slugs = { venue: '', edition: '' }

beforeAll(async () => {
  slugs.venue = (await findOne<Venue>('venues', `where[name][equals]=${encodeURIComponent('Pathé Palace')}`)).slug
  slugs.edition = (await findOne<Edition>('editions', 'sort=-startDate')).slug
})

describe.each(LOCALE_CODES)('%s', (locale) => {
  describe.each(PAGES)('%s page', (type, pathOf) => {
    let page: Page
    let status: number | undefined

    beforeAll(async () => {
      page = await (await newContext()).newPage()
      status = (await page.goto(pathOf(locale, slugs)))?.status()
    })
    afterAll(async () => {
      await page.context().close()
    })

    test('answers 200 and axe-core finds no violations', async () => {
      expect(status).toBe(200)
      const violations = await axeViolations(page)
      if (violations.length) console.log(`axe-core on ${page.url()}:\n${describeViolations(violations)}`)
      expect(violations.map((violation) => violation.id)).toEqual([])
    })

    test('its head: hreflang in plain language codes with x-default, Open Graph kind and image', async () => {
      expect(status).toBe(200)
      const hreflangs = await page
        .locator('link[rel="alternate"][hreflang]')
        .evaluateAll((links) => links.map((link) => link.getAttribute('hreflang')))
      expect(hreflangs.sort()).toEqual([...LOCALE_CODES, 'x-default'].sort())
      const meta = (property: string) => page.locator(`meta[property="${property}"]`).first().getAttribute('content')
      expect(await meta('og:type')).toBe(OPEN_GRAPH_KIND[type] ?? 'website')
      // The film's poster (the og size when the upload was large enough for one), with its alt text. The seed gives no one a photo.
      if (type === 'film') {
        expect(await meta('og:image')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/media\/file\/\S+\.\w+$/)
        expect(await meta('og:image:alt')).toBeTruthy()
      }
    })

    test('its JSON-LD parses and says what the page is', async () => {
      expect(status).toBe(200)
      const blocks = (await page.locator('script[type="application/ld+json"]').allTextContents()).map(
        (block) => JSON.parse(block) as Ld,
      )
      for (const block of blocks) expect(block['@context']).toBe('https://schema.org')
      EXPECTED_LD[type]?.(blocks)
    })
  })
})

describe.each(LOCALE_CODES)('the %s 404 page', (locale) => {
  test('answers 404 in the page language, and axe-core finds no violations', async () => {
    const page = await (await newContext()).newPage()
    const response = await page.goto(`/${locale}/no-such-page`)
    expect(response?.status()).toBe(404)
    // Next sends a page's notFound() as a bare document that the browser then renders inside the
    // locale's layout (vercel/next.js#62228: no error boundaries in server rendering), so wait for it.
    await page.locator(`html[lang="${locale}"] main h1`).waitFor()
    expect((await page.locator('h1').innerText()).trim()).toBe(getMessages(locale).notFound.title)
    const violations = await axeViolations(page)
    if (violations.length) console.log(`axe-core on ${page.url()}:\n${describeViolations(violations)}`)
    expect(violations.map((violation) => violation.id)).toEqual([])
    await page.context().close()
  })
})
