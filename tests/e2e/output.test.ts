import { LOCALE_CODES, type Locale } from '@/i18n/locales'
import type { Edition, Post, Screening, Venue } from '@/payload-types'

import { outputNormalizer } from '../support/outputNormalize'

import { findOne } from './api'
import { DIRECTOR, FILM, get } from './site'

/**
 * What pages, the partner feed and the calendar files answer on the seeded
 * demo data, compared with committed snapshots: a refactoring of how they
 * read must not change what they show. Normalized as tests/support/outputNormalize.ts
 * says; times from an hour before this run's start count as this run's
 * (the database was seeded and the test data set up then); the demo
 * content's own dates lie years earlier.
 */
const normalized = outputNormalizer(Date.now() - 60 * 60 * 1000)

async function page(path: string) {
  const { status, text } = await get(path)
  return { status, ...normalized.page(text) }
}

async function feed(path: string) {
  const { status, headers, text } = await get(path)
  return { status, ...normalized.feed(headers.get('content-type') ?? '', text) }
}

async function calendar(path: string) {
  const { status, headers, text } = await get(path)
  return { status, ...normalized.calendar(headers.get('content-type'), text) }
}

const slugs = { venue: '', edition: '', post: '', screening: 0 }

beforeAll(async () => {
  slugs.venue = (await findOne<Venue>('venues', 'sort=name')).slug
  slugs.edition = (await findOne<Edition>('editions', 'sort=-startDate')).slug
  slugs.post = (await findOne<Post>('posts', 'sort=-publishedAt')).slug
  slugs.screening = (await findOne<Screening>('screenings', 'sort=start')).id
})

const PAGES: [string, (locale: Locale) => string][] = [
  ['home', (locale) => `/${locale}`],
  ['programme', (locale) => `/${locale}/programme`],
  ['filtered programme', (locale) => `/${locale}/programme?subtitles=fr`],
  ['film', (locale) => `/${locale}/films/${FILM.slug}`],
  ['films', (locale) => `/${locale}/films`],
  ['person', (locale) => `/${locale}/people/${DIRECTOR.slug}`],
  ['quotes', (locale) => `/${locale}/quotes`],
  ['venue', (locale) => `/${locale}/venues/${slugs.venue}`],
  ['edition', (locale) => `/${locale}/editions/${slugs.edition}`],
  ['guests', (locale) => `/${locale}/guests`],
  ['news', (locale) => `/${locale}/news`],
  ['post', (locale) => `/${locale}/news/${slugs.post}`],
  ['about', (locale) => `/${locale}/about`],
  ['search', (locale) => `/${locale}/search?q=${encodeURIComponent(FILM.title[locale])}`],
]

describe.each(LOCALE_CODES)('%s', (locale) => {
  test.each(PAGES)('the %s page', async (_name, pathOf) => {
    expect(await page(pathOf(locale))).toMatchSnapshot()
  })

  test.each([
    ['programme', () => `/${locale}/programme/calendar.ics`],
    ['film', () => `/${locale}/films/${FILM.slug}/calendar.ics`],
    ['screening', () => `/${locale}/screenings/${slugs.screening}/calendar.ics`],
  ])('the %s calendar', async (_name, pathOf) => {
    expect(await calendar(pathOf())).toMatchSnapshot()
  })

  test.each(['feed.xml', 'atom.xml', 'feed.json'])('the news %s', async (file) => {
    expect(await feed(`/${locale}/news/${file}`)).toMatchSnapshot()
  })

  test.each([
    ['programme', () => `/api/v1/programme?locale=${locale}`],
    ['films', () => `/api/v1/films?locale=${locale}`],
    ['film', () => `/api/v1/films/${FILM.slug}?locale=${locale}`],
    ['person', () => `/api/v1/people/${DIRECTOR.slug}?locale=${locale}`],
    ['edition', () => `/api/v1/editions/${slugs.edition}?locale=${locale}`],
    ['quotes', () => `/api/v1/quotes?locale=${locale}`],
    ['posts', () => `/api/v1/posts?locale=${locale}`],
    ['post', () => `/api/v1/posts/${slugs.post}?locale=${locale}`],
  ])('the feed: %s', async (_name, pathOf) => {
    expect(await feed(pathOf())).toMatchSnapshot()
  })

  test.each([
    ['programme', () => `/api/v1/programme/calendar.ics?locale=${locale}`],
    ['film', () => `/api/v1/films/${FILM.slug}/calendar.ics?locale=${locale}`],
  ])('the feed calendar: %s', async (_name, pathOf) => {
    expect(await calendar(pathOf())).toMatchSnapshot()
  })
})
