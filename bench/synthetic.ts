/**
 * Clearly synthetic festival data for the bench (never the demo seed), loaded
 * through the Payload Local API so every hook, validation and version runs as
 * for an editor. Deterministic: the same size always gives the same documents.
 *
 * Bulk-friendly: documents of one kind are written concurrently (a small pool,
 * the database does the waiting), English first, then the French and
 * Vietnamese texts as one update per locale. Nothing expires page caches
 * (`disableRevalidate`): no page has been rendered from this database yet.
 */
import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { toSlug } from '@/lib/slug'
import { zoneOffset } from '@/lib/zonedTime'

import type { Fixtures } from './fixtures'
import { MAX_RUNTIME, ROOMS, SLOTS, screeningCount, type Size } from './sizes'
import { pad, paragraphs, sentence } from './text'

const CONTEXT = { disableRevalidate: true }
const PUBLISHED = { _status: 'published' as const }
const TRANSLATIONS: Locale[] = ['fr', 'vi']
/** Concurrent writes: enough to keep PostgreSQL busy, few enough for the pool of 10 connections. */
const CONCURRENCY = 6

const FIRST_DAY = '2026-12-04'
const SMALL_FIRST_DAY = '2025-12-04'
const SECTIONS = ['competition', 'panorama', 'documentary', 'shorts', 'retrospective', 'special'] as const
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ']
const GIVEN = ['Minh', 'Lan', 'Huyền', 'Quang', 'Thảo', 'Đức', 'Hạnh', 'Tuấn', 'Mai', 'Khoa']

type Log = (line: string) => void

/** Runs `work` over `items` with at most `limit` at a time, keeping the order of results. */
export async function pool<T, R>(
  items: T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length)
  let next = 0
  const lane = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await work(items[index], index)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane))
  return results
}

const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

/** A Paris wall-clock time as a UTC instant (the offset is the one in force that day). */
export function parisTime(day: string, time: string): string {
  const guess = new Date(`${day}T${time}:00Z`)
  const offset = zoneOffset(guess)
  return new Date(`${day}T${time}:00${offset}`).toISOString()
}

const personName = (p: number) =>
  `${FAMILY[p % FAMILY.length]} ${GIVEN[Math.floor(p / FAMILY.length) % GIVEN.length]} ${pad(p + 1, 4)}`

const runtimeOf = (film: number) => 80 + ((film * 37) % (MAX_RUNTIME - 79))

async function timed<T>(timings: Record<string, number>, step: string, log: Log, work: () => Promise<T>): Promise<T> {
  const started = performance.now()
  const result = await work()
  timings[step] = Math.round(performance.now() - started)
  log(`${step}: ${timings[step]} ms`)
  return result
}

export async function generate(payload: Payload, size: Size, admin: Fixtures['admin'], log: Log): Promise<Fixtures> {
  const timings: Record<string, number> = {}
  const started = performance.now()
  const write = { depth: 0, context: CONTEXT, overrideAccess: true } as const

  const venues = await timed(timings, 'venues', log, () =>
    pool(
      Array.from({ length: size.venues }, (_, index) => index),
      CONCURRENCY,
      async (v) => {
        const name = `Synthetic Cinema ${pad(v + 1, 2)}`
        const created = await payload.create({
          collection: 'venues',
          locale: 'en',
          ...write,
          data: {
            ...PUBLISHED,
            name,
            slug: toSlug(name),
            address: { street: `${v + 1} rue de l'Essai`, postalCode: '75010', city: 'Paris', country: 'FR' },
            coordinates: { latitude: 48.85 + v / 100, longitude: 2.35 + v / 100 },
            rooms: ROOMS.map((room, index) => ({ name: room, capacity: 80 + index * 40, stepFree: index % 2 === 0 })),
            access: sentence('en', 7000 + v, 10),
            website: `https://cinema-${v + 1}.example.org`,
          },
        })
        for (const locale of TRANSLATIONS) {
          await payload.update({
            collection: 'venues',
            id: created.id,
            locale,
            ...write,
            data: { ...PUBLISHED, access: sentence(locale, 7000 + v, 10) },
          })
        }
        return { id: created.id, slug: created.slug }
      },
    ),
  )

  const editionOf = async (name: string, firstDay: string, days: number, venueIds: number[]) => {
    const created = await payload.create({
      collection: 'editions',
      locale: 'en',
      ...write,
      data: {
        ...PUBLISHED,
        name,
        slug: toSlug(name),
        theme: sentence('en', firstDay.length * 13, 3),
        city: 'Paris',
        startDate: `${firstDay}T12:00:00.000Z`,
        endDate: `${addDays(firstDay, days - 1)}T12:00:00.000Z`,
        venues: venueIds,
        description: paragraphs('en', 1, 2),
      },
    })
    for (const [index, locale] of TRANSLATIONS.entries()) {
      const label = locale === 'fr' ? 'Semaine du film synthétique' : 'Tuần phim tổng hợp'
      await payload.update({
        collection: 'editions',
        id: created.id,
        locale,
        ...write,
        data: {
          ...PUBLISHED,
          name: `${label} ${firstDay.slice(0, 4)}`,
          theme: sentence(locale, firstDay.length * 13, 3),
          city: index ? 'Pa-ri' : 'Paris',
          description: paragraphs(locale, 1, 2),
        },
      })
    }
    return created
  }
  const venueIds = venues.map((venue) => venue.id)
  const edition = await timed(timings, 'editions', log, () =>
    editionOf(`Synthetic Film Week ${FIRST_DAY.slice(0, 4)}`, FIRST_DAY, size.days, venueIds),
  )
  const smallEdition = await editionOf(
    `Synthetic Film Week ${SMALL_FIRST_DAY.slice(0, 4)} (small)`,
    SMALL_FIRST_DAY,
    2,
    venueIds.slice(0, 1),
  )

  // People: the first third of the films' directors direct a second film, so person pages differ in size.
  const directors = Math.max(1, Math.ceil((size.films * 2) / 3))
  // Cast sizes vary (1 to 2 × size.cast), so pages of different sizes can be compared.
  const castOf = (film: number) => 1 + (film % (2 * size.cast))
  const creditsOf = (film: number) => 4 + castOf(film)
  const firstCredit: number[] = []
  for (let film = 0, next = directors; film < size.films; film++) {
    firstCredit.push(next)
    next += creditsOf(film) - 1
  }
  const personOf = (film: number, credit: number) =>
    credit === 0 ? film % directors : (firstCredit[film] + credit - 1) % size.people
  const personCredits = new Array<number>(size.people).fill(0)
  for (let film = 0; film < size.films; film++)
    for (let credit = 0; credit < creditsOf(film); credit++) personCredits[personOf(film, credit)]++

  const people = await timed(timings, 'people', log, async () => {
    const created = await pool(
      Array.from({ length: size.people }, (_, index) => index),
      CONCURRENCY,
      (p) =>
        payload.create({
          collection: 'people',
          locale: 'en',
          ...write,
          select: { slug: true },
          data: {
            ...PUBLISHED,
            name: personName(p),
            slug: toSlug(personName(p)),
            description: sentence('en', 9000 + p, 4),
            bio: paragraphs('en', 9000 + p, 2),
            sameAs: [{ url: `https://people.example.org/${p + 1}` }],
          },
        }),
    )
    await translate(created, ({ id }, p, locale) =>
      payload.update({
        collection: 'people',
        id,
        locale,
        ...write,
        select: { updatedAt: true },
        data: { ...PUBLISHED, description: sentence(locale, 9000 + p, 4), bio: paragraphs(locale, 9000 + p, 2) },
      }),
    )
    return created.map((doc, index) => ({ id: doc.id, slug: doc.slug, credits: personCredits[index] }))
  })

  const count = screeningCount(size)
  const films = await timed(timings, 'films', log, async () => {
    const created = await pool(
      Array.from({ length: size.films }, (_, index) => index),
      CONCURRENCY,
      (f) => {
        const roles = [
          'director',
          'screenwriter',
          ...Array.from({ length: castOf(f) }, () => 'cast' as const),
          'cinematographer',
          'composer',
        ] as const
        const programme = [
          { edition: edition.id, section: SECTIONS[f % SECTIONS.length], highlight: f < size.highlights },
        ]
        if (f < 2) programme.push({ edition: smallEdition.id, section: 'retrospective', highlight: false })
        return payload.create({
          collection: 'films',
          locale: 'en',
          ...write,
          select: { slug: true },
          data: {
            ...PUBLISHED,
            originalTitle: `Phim Tổng Hợp ${pad(f + 1)}`,
            slug: toSlug(`Phim Tổng Hợp ${pad(f + 1)}`),
            title: `Synthetic Film ${pad(f + 1)}`,
            year: 1990 + (f % 36),
            runtime: runtimeOf(f),
            countries: ['VN'],
            languages: ['vi'],
            genres: [(['drama', 'war', 'history', 'documentary', 'comedy', 'romance'] as const)[f % 6]],
            logline: sentence('en', f, 16),
            synopsis: paragraphs('en', f, 3),
            credits: roles.map((role, credit) => ({
              person: people[personOf(f, credit)].id,
              role,
              ...(role === 'cast' ? { character: sentence('en', f * 10 + credit, 2) } : {}),
            })),
            ageRating: { rating: '12+', authority: 'Synthetic board', advisories: ['violence'] },
            programme,
          },
        })
      },
    )
    await translate(created, ({ id }, f, locale) =>
      payload.update({
        collection: 'films',
        id,
        locale,
        ...write,
        select: { updatedAt: true },
        data: {
          ...PUBLISHED,
          title: `${locale === 'fr' ? 'Film synthétique' : 'Phim tổng hợp'} ${pad(f + 1)}`,
          logline: sentence(locale, f, 16),
          synopsis: paragraphs(locale, f, 3),
        },
      }),
    )
    return created.map((doc, index) => ({
      id: doc.id,
      slug: doc.slug,
      director: people[personOf(index, 0)].slug,
      credits: creditsOf(index),
      screenings: Math.floor(count / size.films) + (index < count % size.films ? 1 : 0),
    }))
  })

  // Screening s: day, then venue, then room and slot; film s % films, so the first film has the earliest screening.
  const perDay = size.venues * size.perVenueDay
  const screeningPlan = Array.from({ length: count }, (_, s) => {
    const day = Math.floor(s / perDay)
    const inDay = s % perDay
    const venue = inDay % size.venues
    const k = Math.floor(inDay / size.venues)
    const film = s % size.films
    return {
      s,
      film,
      edition: edition.id,
      venue: venueIds[venue],
      room: ROOMS[k % ROOMS.length],
      start: parisTime(addDays(FIRST_DAY, day), SLOTS[Math.floor(k / ROOMS.length)]),
    }
  })
  // The small edition: the first two films, twice each, in the first venue.
  const smallPlan = Array.from({ length: 4 }, (_, s) => ({
    s: count + s,
    film: s % 2,
    edition: smallEdition.id,
    venue: venueIds[0],
    room: ROOMS[s % 2],
    start: parisTime(addDays(SMALL_FIRST_DAY, Math.floor(s / 2)), SLOTS[0]),
  }))
  const screenings = await timed(timings, 'screenings', log, () =>
    pool([...screeningPlan, ...smallPlan], CONCURRENCY, async (plan) => {
      const withGuest = plan.s % 5 === 0
      const created = await payload.create({
        collection: 'screenings',
        ...write,
        select: { start: true },
        data: {
          ...PUBLISHED,
          film: films[plan.film].id,
          edition: plan.edition,
          venue: plan.venue,
          room: plan.room,
          start: plan.start,
          start_tz: 'Europe/Paris',
          status: 'scheduled',
          version: 'original',
          audioLanguage: 'vi',
          subtitles: plan.s % 2 ? ['fr'] : ['fr', 'en'],
          accessibility: { sdh: plan.s % 3 === 0, audioDescription: false, stepFree: plan.s % 2 === 0 },
          labels: plan.s < size.films ? ['french-premiere'] : [],
          guestEvent: withGuest ? 'qa' : 'none',
          guests: withGuest ? [people[personOf(plan.film, 0)].id] : [],
          ticketUrl: `https://tickets.example.org/${plan.s + 1}`,
        },
      })
      return { id: created.id, film: films[plan.film].id, start: created.start }
    }),
  )

  const quotes = await timed(timings, 'quotes', log, async () => {
    const created = await pool(
      Array.from({ length: size.quotes }, (_, index) => index),
      CONCURRENCY,
      (q) =>
        payload.create({
          collection: 'quotes',
          locale: 'en',
          ...write,
          select: { updatedAt: true },
          data: {
            ...PUBLISHED,
            text: sentence('en', 20_000 + q, 24),
            kind: 'paraphrase',
            originalLocale: 'en',
            featured: q < size.featuredQuotes,
            // The first quote is the first film's director's, about that film.
            speaker: people[q === 0 ? personOf(0, 0) : (q * 7) % size.people].id,
            speakerRole: sentence('en', 30_000 + q, 3),
            ...(q % 5 < 3 ? { film: films[q % size.films].id } : {}),
            edition: edition.id,
            // Published last, so the home page's newest featured quotes show it: the director then
            // appears on the home page whatever order screenings starting at the same time come in.
            source: {
              publication: 'Synthetic Review',
              url: `https://review.example.org/${q + 1}`,
              date: `${FIRST_DAY}T${q === 0 ? 18 : 12}:00:00.000Z`,
            },
          },
        }),
    )
    await translate(created, ({ id }, q, locale) =>
      payload.update({
        collection: 'quotes',
        id,
        locale,
        ...write,
        select: { updatedAt: true },
        data: { ...PUBLISHED, text: sentence(locale, 20_000 + q, 24), speakerRole: sentence(locale, 30_000 + q, 3) },
      }),
    )
    return created.map((doc) => doc.id)
  })

  await timed(timings, 'site', log, async () => {
    const navigation = [
      { path: '/programme', label: { en: 'Programme', fr: 'Programme', vi: 'Lịch chiếu' } },
      { path: '/films', label: { en: 'Films', fr: 'Films', vi: 'Phim' } },
      { path: '/quotes', label: { en: 'Quotes', fr: 'Citations', vi: 'Trích dẫn' } },
    ]
    const site = await payload.updateGlobal({
      slug: 'site',
      locale: 'en',
      ...write,
      data: {
        siteName: 'Film Week (synthetic bench data)',
        tagline: sentence('en', 1, 6),
        currentEdition: edition.id,
        navigation: navigation.map(({ path, label }) => ({ path, label: label.en })),
      },
    })
    for (const locale of TRANSLATIONS) {
      // Array rows keep their ids, or the other locales' labels would be lost.
      const rows = (site.navigation ?? []).map((row, index) => ({ ...row, label: navigation[index].label[locale] }))
      await payload.updateGlobal({
        slug: 'site',
        locale,
        ...write,
        data: { siteName: 'Film Week (synthetic)', tagline: sentence(locale, 1, 6), navigation: rows },
      })
    }
  })

  await timed(timings, 'admin', log, () =>
    payload.create({
      collection: 'users',
      ...write,
      data: { email: admin.email, password: admin.password, role: 'admin', name: 'Bench editor' },
    }),
  )
  timings.total = Math.round(performance.now() - started)

  const countIn = (edition: number) =>
    screenings.filter((_, index) => [...screeningPlan, ...smallPlan][index].edition === edition).length
  return {
    size: size.name,
    edition: { id: edition.id, slug: edition.slug, firstDay: FIRST_DAY, screenings: countIn(edition.id) },
    smallEdition: {
      id: smallEdition.id,
      slug: smallEdition.slug,
      firstDay: SMALL_FIRST_DAY,
      screenings: countIn(smallEdition.id),
    },
    films,
    people,
    venues,
    screenings,
    quotes,
    admin,
    timings,
    counts: {
      editions: 2,
      venues: venues.length,
      films: films.length,
      screenings: screenings.length,
      people: people.length,
      quotes: quotes.length,
    },
  }
}

/** The French and Vietnamese texts: one published update per document and locale, concurrently. */
async function translate<D>(
  docs: D[],
  update: (doc: D, index: number, locale: Locale) => Promise<unknown>,
): Promise<void> {
  for (const locale of TRANSLATIONS) await pool(docs, CONCURRENCY, (doc, index) => update(doc, index, locale))
}
