/**
 * npx tsx bench/compareOutput.ts <origin A> <origin B> [--films N] [--people N] [--since ISO] [--out DIR]
 *
 * Whether two running builds on the same database answer the same: pages,
 * partner feed, news feeds and calendar files in every locale, normalized as
 * the e2e output snapshots are (tests/support/outputNormalize.ts). For a
 * refactoring checked on data larger than the seeded demo (the bench's).
 * Which films, people, editions, venues and screenings to visit is read from
 * A's feed: films spread over the list plus those with the most credits and
 * screenings; people with the most credits, then directors, guests, quote
 * speakers and anyone credited (--films and --people as large as the data
 * visit every film and everyone credited). Prints a count per kind and each
 * document that differs; exit code 1 if any does. --out writes both
 * normalized versions of each differing document there, for `diff`.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { LOCALE_CODES, type Locale } from '../src/i18n/locales'
import { routes } from '../src/i18n/routes'
import { outputNormalizer } from '../tests/support/outputNormalize'

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    films: { type: 'string', default: '15' },
    people: { type: 'string', default: '15' },
    // Times from here until an answer is read are normalized (DTSTAMP; updated_at of data loaded since):
    // set it to after the data was loaded to compare the data's own times too.
    since: { type: 'string', default: new Date(Date.now() - 24 * 60 * 60 * 1000).toISOString() },
    out: { type: 'string' },
  },
})
const [originA, originB] = positionals
if (!originA || !originB) throw new Error('usage: see the first lines of bench/compareOutput.ts')
const normalized = outputNormalizer(Date.parse(args.since))

type Kind = 'page' | 'feed' | 'calendar'
type Answer = { status: number; type: string; text: string }

async function get(origin: string, url: string): Promise<Answer> {
  const response = await fetch(origin + url, { redirect: 'manual' })
  return { status: response.status, type: response.headers.get('content-type') ?? '', text: await response.text() }
}

function normalize(kind: Kind, { status, type, text }: Answer): unknown {
  if (kind === 'page') return { status, ...normalized.page(text) }
  return { status, ...(kind === 'feed' ? normalized.feed(type, text) : normalized.calendar(type, text)) }
}

type Slugged = { slug: string }
type Film = Slugged & { original_title: string }
type FilmDetail = Film & { credits: (Slugged & { role: string })[]; programmed_in: { edition: string }[] }
type Screening = { id: number; film: Slugged; venue: Slugged; guests: Slugged[] }
type Quote = { speaker: Slugged | null }
type Listing<T> = { data: T[]; meta?: { next_cursor?: string | null } }

/** The URL of the page after `answer` of the paged feed list at `url`; null after the last. */
function nextPage(url: string, answer: Answer): string | null {
  if (answer.status !== 200) return null
  const cursor = (JSON.parse(answer.text) as Listing<unknown>).meta?.next_cursor
  return cursor ? `${url}&cursor=${encodeURIComponent(cursor)}` : null
}

/** Every item of a paged feed list, as A answers it. */
async function allOf<T>(url: string): Promise<T[]> {
  const items: T[] = []
  for (let next: string | null = url; next;) {
    const answer = await get(originA, next)
    items.push(...(JSON.parse(answer.text) as Listing<T>).data)
    next = nextPage(url, answer)
  }
  return items
}

const unique = <T>(items: T[]) => [...new Set(items)]
/** `n` items evenly over the list, its first and last included. */
const spread = <T>(items: T[], n: number) => {
  const count = Math.min(n, items.length)
  return Array.from({ length: count }, (_, i) => items[Math.round((i * (items.length - 1)) / Math.max(count - 1, 1))])
}
const mostOf = <T>(items: T[], count: (item: T) => number, n: number) =>
  [...items].sort((a, b) => count(b) - count(a)).slice(0, n)
/** `chosen` then, from each group in turn, items not chosen yet spread over it, until `n` in all. */
function fill<T>(n: number, chosen: T[], groups: T[][]): T[] {
  const all = unique(chosen)
  groups.forEach((group, at) => {
    const left = unique(group).filter((item) => !all.includes(item))
    all.push(...spread(left, Math.ceil((n - all.length) / (groups.length - at))))
  })
  return all.slice(0, n)
}

async function sample() {
  const [films, screenings, quotes] = await Promise.all([
    allOf<Film>('/api/v1/films?locale=en&limit=200'),
    allOf<Screening>('/api/v1/programme?locale=en&limit=500'),
    allOf<Quote>('/api/v1/quotes?locale=en&limit=200'),
  ])
  const details: FilmDetail[] = []
  for (const film of films)
    details.push(
      (JSON.parse((await get(originA, `/api/v1/films/${film.slug}?locale=en`)).text) as { data: FilmDetail }).data,
    )
  const shown = (slug: string) => screenings.filter((screening) => screening.film.slug === slug).length
  const chosenFilms = fill(
    Number(args.films),
    [...mostOf(details, (film) => film.credits.length, 2), ...mostOf(details, (film) => shown(film.slug), 2)],
    [details],
  )
  const credited = details.flatMap((film) => film.credits)
  const creditsOf = (slug: string) => credited.filter((credit) => credit.slug === slug).length
  const people = fill(Number(args.people), mostOf(unique(credited.map((credit) => credit.slug)), creditsOf, 2), [
    credited.filter((credit) => credit.role === 'director').map((credit) => credit.slug),
    screenings.flatMap((screening) => screening.guests.map((guest) => guest.slug)),
    quotes.flatMap((quote) => (quote.speaker ? [quote.speaker.slug] : [])),
    credited.map((credit) => credit.slug),
  ])
  return {
    films: chosenFilms,
    people,
    editions: unique(details.flatMap((film) => film.programmed_in.map((entry) => entry.edition))),
    venues: unique(screenings.map((screening) => screening.venue.slug)),
    screenings: spread(screenings, 5).map((screening) => screening.id),
  }
}

type Document = { kind: Kind; url: string; paged?: boolean }

function documents(chosen: Awaited<ReturnType<typeof sample>>, locale: Locale): Document[] {
  const page = (url: string): Document => ({ kind: 'page', url })
  const feed = (url: string, paged = false): Document => ({
    kind: 'feed',
    url: `${url}${url.includes('?') ? '&' : '?'}locale=${locale}`,
    paged,
  })
  const calendar = (url: string): Document => ({ kind: 'calendar', url })
  const [firstFilm] = chosen.films
  return [
    ...[routes.home, routes.programme, routes.films, routes.quotes, routes.guests, routes.editions, routes.news].map(
      (route) => page(route(locale)),
    ),
    page(routes.programmeFiltered(locale, [['subtitles', 'fr']])),
    page(`${routes.search(locale)}?q=${encodeURIComponent(firstFilm.original_title)}`),
    ...chosen.editions.map((slug) => page(routes.edition(locale, slug))),
    ...chosen.venues.map((slug) => page(routes.venue(locale, slug))),
    ...chosen.films.map(({ slug }) => page(routes.film(locale, slug))),
    ...chosen.people.map((slug) => page(routes.person(locale, slug))),
    ...(['rss', 'atom', 'json'] as const).map((format) => ({
      kind: 'feed' as const,
      url: routes.newsFeed(locale, format),
    })),
    feed('/api/v1/programme?limit=500', true),
    feed('/api/v1/films?limit=200', true),
    feed('/api/v1/quotes?limit=200', true),
    feed('/api/v1/posts?limit=100', true),
    ...chosen.films.map(({ slug }) => feed(`/api/v1/films/${slug}`)),
    ...chosen.people.map((slug) => feed(`/api/v1/people/${slug}`)),
    ...chosen.editions.map((slug) => feed(`/api/v1/editions/${slug}`)),
    calendar(routes.programmeCalendar(locale)),
    calendar(`/api/v1/programme/calendar.ics?locale=${locale}`),
    ...chosen.films.map(({ slug }) => calendar(routes.filmCalendar(locale, slug))),
    ...chosen.films.map(({ slug }) => calendar(`/api/v1/films/${slug}/calendar.ics?locale=${locale}`)),
    ...chosen.screenings.map((id) => calendar(routes.screeningCalendar(locale, id))),
  ]
}

/** One line per element or JSON line, so that a difference is shown where it is. */
const lines = (value: unknown) =>
  JSON.stringify(value, null, 1)
    .replace(/></g, '>\\n<')
    .split(/\\n|\n/)

function firstDifference(a: string[], b: string[]): string {
  let at = 0
  while (at < a.length && a[at] === b[at]) at++
  const around = (side: string[]) =>
    side.slice(Math.max(at - 2, 0), at + 3).map((line) => `      ${line.trim().slice(0, 300)}`)
  return [`    line ${at + 1}: A`, ...around(a), '    B', ...around(b)].join('\n')
}

const counts: Record<Kind, { same: number; different: number; statuses: Record<number, number> }> = {
  page: { same: 0, different: 0, statuses: {} },
  feed: { same: 0, different: 0, statuses: {} },
  calendar: { same: 0, different: 0, statuses: {} },
}

function compare(kind: Kind, label: string, a: Answer, b: Answer) {
  const [left, right] = [normalize(kind, a), normalize(kind, b)]
  const same = JSON.stringify(left) === JSON.stringify(right)
  counts[kind][same ? 'same' : 'different']++
  // Identical 404s prove nothing: A's statuses are printed beside the counts.
  counts[kind].statuses[a.status] = (counts[kind].statuses[a.status] ?? 0) + 1
  if (same) return
  const [linesA, linesB] = [lines(left), lines(right)]
  console.log(`DIFFERENT ${kind} ${label}\n${firstDifference(linesA, linesB)}`)
  if (!args.out) return
  const file = path.join(args.out, label.replace(/[^\w.-]+/g, '_'))
  fs.mkdirSync(args.out, { recursive: true })
  fs.writeFileSync(`${file}.A`, `${linesA.join('\n')}\n`)
  fs.writeFileSync(`${file}.B`, `${linesB.join('\n')}\n`)
}

const MISSING: Answer = { status: 0, type: 'none', text: 'no such page' }
const read = (origin: string, url: string | null) => (url ? get(origin, url) : Promise.resolve(MISSING))

/** A paged list is compared page by page, each side following its own cursor. */
async function compareDocument({ kind, url, paged }: Document) {
  let urls: [string | null, string | null] = [url, url]
  for (let page = 1; urls[0] || urls[1]; page++) {
    const [a, b] = await Promise.all([read(originA, urls[0]), read(originB, urls[1])])
    compare(kind, paged ? `${url} page ${page}` : url, a, b)
    urls = paged ? [nextPage(url, a), nextPage(url, b)] : [null, null]
  }
}

const chosen = await sample()
console.log(
  `A ${originA}, B ${originB}: ${chosen.films.length} films, ${chosen.people.length} people, ${chosen.editions.length} editions, ${chosen.venues.length} venues, ${chosen.screenings.length} screenings, in ${LOCALE_CODES.join('/')}`,
)
console.log(`films: ${chosen.films.map((film) => film.slug).join(' ')}\npeople: ${chosen.people.join(' ')}`)
for (const locale of LOCALE_CODES) for (const document of documents(chosen, locale)) await compareDocument(document)
for (const [kind, { same, different, statuses }] of Object.entries(counts))
  console.log(
    `${kind}: ${same + different} compared, ${same} identical, ${different} different (A's statuses: ${JSON.stringify(statuses)})`,
  )
process.exit(Object.values(counts).some(({ different }) => different > 0) ? 1 : 0)
