import type { Page } from 'playwright-core'

import { LOCALE_CODES, type Locale } from '@/i18n/locales'
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
  ['about', (locale) => `/${locale}/about`],
  ['search', (locale) => `/${locale}/search?q=${encodeURIComponent(FILM.title[locale])}`],
]

const newContext = browserForThisFile()
const slugs: Slugs = { venue: '', edition: '' }

beforeAll(async () => {
  slugs.venue = (await findOne<Venue>('venues', `where[name][equals]=${encodeURIComponent('Pathé Palace')}`)).slug
  slugs.edition = (await findOne<Edition>('editions', 'sort=-startDate')).slug
})

describe.each(LOCALE_CODES)('%s', (locale) => {
  describe.each(PAGES)('%s page', (_type, pathOf) => {
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

    test('its JSON-LD parses', async () => {
      expect(status).toBe(200)
      const blocks = await page.locator('script[type="application/ld+json"]').allTextContents()
      for (const block of blocks) {
        expect(() => JSON.parse(block)).not.toThrow()
      }
    })
  })
})
