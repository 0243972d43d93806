import { LOCALE_CODES, type Locale } from '@/i18n/locales'
import type { Edition, Post, Screening, Venue } from '@/payload-types'

import { findOne } from './api'
import { DIRECTOR, FILM, get } from './site'

/**
 * What pages, the partner feed and the calendar files answer on the seeded
 * demo data, compared with committed snapshots: a refactoring of how they
 * read must not change what they show. Normalized, and only for this:
 * - of a page, its <main> element without <script> tags (the framework's
 *   streaming payload) plus its JSON-LD, parsed: the layout around <main>
 *   carries build ids and chunk names;
 * - /_next/static paths and nonces, which change with every build;
 * - React's text separators (`<!-- -->`), which follow how the JSX source is
 *   laid out, not what a reader gets;
 * - the site's origin in absolute links: each run takes a free port, and
 *   files prerendered by `next build` keep the build's;
 * - times at or after this run's start (when the database was seeded and
 *   the test data set up: updatedAt, DTSTAMP, feed dates); the demo
 *   content's own dates lie years earlier;
 * - calendar lines are unfolded first, so a time is never cut in two.
 */

const RUN_STARTED = Date.now() - 60 * 60 * 1000
const recent = (time: number) => !Number.isNaN(time) && time >= RUN_STARTED

const ISO = /\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:\d\d)/g
const ICS_TIME = /\b(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z\b/g
const HTTP_DATE = /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d (?:GMT|[+-]\d{4})/g

function normalize(text: string): string {
  return text
    .replace(/http:\/\/127\.0\.0\.1:\d+/g, '<site>')
    .replace(ISO, (time) => (recent(Date.parse(time)) ? '<run time>' : time))
    .replace(ICS_TIME, (time, y, mo, d, h, mi, s) =>
      recent(Date.UTC(+y, +mo - 1, +d, +h, +mi, +s)) ? '<run time>' : time,
    )
    .replace(HTTP_DATE, (time) => (recent(Date.parse(time)) ? '<run time>' : time))
}

const normalizeBuild = (html: string) =>
  html
    .replace(/\/_next\/static\/[^"'\s)]+/g, '/_next/static/<asset>')
    .replace(/\snonce="[^"]*"/g, '')
    .replace(/<!-- -->/g, '')

const SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script>/g
const JSON_LD = /<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g

async function page(path: string) {
  const { status, text } = await get(path)
  const main = /<main\b[\s\S]*<\/main>/.exec(text)?.[0] ?? null
  const jsonLd = [...text.matchAll(JSON_LD)].map(([, json]) => JSON.parse(json) as unknown)
  return {
    status,
    main: main && normalize(normalizeBuild(main.replace(SCRIPT, ''))),
    jsonLd: JSON.parse(normalize(JSON.stringify(jsonLd))) as unknown,
  }
}

async function feed(path: string) {
  const { status, headers, text } = await get(path)
  const type = headers.get('content-type') ?? ''
  return { status, type, body: type.includes('json') ? (JSON.parse(normalize(text)) as unknown) : normalize(text) }
}

async function calendar(path: string) {
  const { status, headers, text } = await get(path)
  return { status, type: headers.get('content-type'), body: normalize(text.replace(/\r\n[ \t]/g, '')).split('\r\n') }
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
