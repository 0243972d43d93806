import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import type { Movie, WithContext } from 'schema-dts'

import { JsonLd } from '@/components/JsonLd'
import { toZonedIso, zoneOffset } from '@/lib/zonedTime'
import { festivalLd, movieLd, personProfileLd, screeningEventLd } from '@/seo/jsonLd'

import { edition, film, organisation, person, screening, venue } from '../helpers/documents'

const site = { locale: 'en', siteUrl: 'https://filmweek.example' } as const
/** What a crawler reads: undefined fields are dropped by JSON. */
const json = (value: unknown) => JSON.parse(JSON.stringify(value))

// A server far from Paris: offsets must not follow the process's zone.
const originalTz = process.env.TZ
beforeAll(() => {
  process.env.TZ = 'America/New_York'
})
afterAll(() => {
  process.env.TZ = originalTz
})

describe('festival offsets', () => {
  test('Paris is +01:00 in December and +02:00 in July', () => {
    expect(zoneOffset(new Date('2025-12-13T19:00:00Z'))).toBe('+01:00')
    expect(zoneOffset(new Date('2025-07-01T19:00:00Z'))).toBe('+02:00')
    expect(zoneOffset(new Date('2025-07-01T19:00:00Z'), 'UTC')).toBe('+00:00')
    expect(zoneOffset(new Date('2025-07-01T19:00:00Z'), 'Asia/Ho_Chi_Minh')).toBe('+07:00')
  })

  test.each([
    ['2025-12-13T19:00:00.000Z', '2025-12-13T20:00:00+01:00'],
    ['2025-07-01T19:00:00.000Z', '2025-07-01T21:00:00+02:00'],
    ['2025-12-12T23:00:00.000Z', '2025-12-13T00:00:00+01:00'],
    // The October change: the same wall-clock hour twice, told apart by the offset.
    ['2025-10-26T00:30:00.000Z', '2025-10-26T02:30:00+02:00'],
    ['2025-10-26T01:30:00.000Z', '2025-10-26T02:30:00+01:00'],
  ])('%s is %s in Paris', (instant, expected) => {
    expect(toZonedIso(instant)).toBe(expected)
    expect(new Date(expected).toISOString()).toBe(instant)
  })
})

describe('screeningEventLd', () => {
  const input = {
    ...site,
    film: film({ credits: [{ person: 100, role: 'director' }] }),
    venue: venue(),
    people: [person()],
    screening: screening({ subtitles: ['fr', 'en'], ticketUrl: 'https://tickets.example/7' }),
    image: '/api/media/file/red-rain.jpg',
  }

  test('a scheduled screening, in Paris time, with its film, place and tickets', () => {
    expect(json(screeningEventLd(input))).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ScreeningEvent',
      name: 'Red Rain',
      url: 'https://filmweek.example/en/films/mua-do',
      startDate: '2025-12-13T20:00:00+01:00',
      endDate: '2025-12-13T22:04:00+01:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        name: 'Pathé Palace',
        address: {
          '@type': 'PostalAddress',
          streetAddress: '2 boulevard des Capucines',
          postalCode: '75009',
          addressLocality: 'Paris',
          addressCountry: 'FR',
        },
        geo: { '@type': 'GeoCoordinates', latitude: 48.8706, longitude: 2.3317 },
      },
      workPresented: expect.objectContaining({
        '@type': 'Movie',
        name: 'Red Rain',
        alternateName: 'Mưa Đỏ',
        duration: 'PT124M',
      }),
      inLanguage: ['vi'],
      subtitleLanguage: ['fr', 'en'],
      offers: [{ '@type': 'Offer', url: 'https://tickets.example/7', availability: 'https://schema.org/InStock' }],
      image: 'https://filmweek.example/api/media/file/red-rain.jpg',
    })
  })

  test('a workPresented has no @context of its own', () => {
    expect(screeningEventLd(input).workPresented).not.toHaveProperty('@context')
  })

  test('cancelled, rescheduled and sold-out screenings say so', () => {
    const cancelled = screeningEventLd({ ...input, screening: screening({ status: 'cancelled' }) })
    expect(cancelled.eventStatus).toBe('https://schema.org/EventCancelled')

    const moved = screeningEventLd({
      ...input,
      screening: screening({ status: 'rescheduled', previousStart: '2025-07-02T18:00:00.000Z' }),
    })
    expect(moved.eventStatus).toBe('https://schema.org/EventRescheduled')
    expect(moved.previousStartDate).toBe('2025-07-02T20:00:00+02:00')

    const soldOut = screeningEventLd({
      ...input,
      screening: screening({ status: 'sold-out', ticketUrl: 'https://tickets.example/7' }),
    })
    expect(soldOut.eventStatus).toBe('https://schema.org/EventScheduled')
    expect(soldOut.offers).toMatchObject([{ availability: 'https://schema.org/SoldOut' }])
  })

  test('optional parts stay out when the data is missing', () => {
    const bare = json(
      screeningEventLd({
        ...site,
        film: film({ runtime: null, languages: [] }),
        venue: venue({ coordinates: { latitude: null, longitude: null } }),
        screening: screening({ end: null, version: 'dubbed', audioLanguage: 'fr' }),
      }),
    )
    expect(bare).not.toHaveProperty('endDate')
    expect(bare).not.toHaveProperty('offers')
    expect(bare).not.toHaveProperty('subtitleLanguage')
    expect(bare).not.toHaveProperty('previousStartDate')
    expect(bare.location).not.toHaveProperty('geo')
    expect(bare.inLanguage).toBe('fr')
  })
})

test('movieLd names the credited people and gives year, runtime, image and countries', () => {
  const credits = [
    { person: 100, role: 'director' as const },
    { person: 101, role: 'screenwriter' as const },
    { person: 999, role: 'cast' as const },
  ]
  const people = [person(), person({ id: 101, name: 'Chu Lai', slug: 'chu-lai' })]
  const ld = json(
    movieLd({
      ...site,
      film: film({ credits, logline: 'Quảng Trị, 1972.' }),
      people,
      image: 'https://cdn.example/poster.jpg',
    }),
  ) as WithContext<Movie>
  expect(ld).toEqual({
    '@context': 'https://schema.org',
    '@type': 'Movie',
    name: 'Red Rain',
    alternateName: 'Mưa Đỏ',
    url: 'https://filmweek.example/en/films/mua-do',
    description: 'Quảng Trị, 1972.',
    director: [
      { '@type': 'Person', name: 'Đặng Thái Huyền', url: 'https://filmweek.example/en/people/dang-thai-huyen' },
    ],
    author: [{ '@type': 'Person', name: 'Chu Lai', url: 'https://filmweek.example/en/people/chu-lai' }],
    dateCreated: '2025',
    duration: 'PT124M',
    inLanguage: ['vi'],
    countryOfOrigin: [{ '@type': 'Country', name: 'Vietnam' }],
    image: 'https://cdn.example/poster.jpg',
  })
  // Same title in this language: no alternate name.
  expect(movieLd({ ...site, film: film({ title: 'Mưa Đỏ' }) })).not.toHaveProperty('alternateName', expect.anything())
})

test('personProfileLd is a ProfilePage about the Person', () => {
  const ld = json(
    personProfileLd({
      ...site,
      locale: 'fr',
      person: person({
        description: 'Réalisatrice',
        sameAs: [{ url: 'https://vi.wikipedia.org/wiki/Đặng_Thái_Huyền' }],
      }),
    }),
  )
  expect(ld).toEqual({
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    url: 'https://filmweek.example/fr/people/dang-thai-huyen',
    dateModified: '2025-11-20T09:30:00.000Z',
    mainEntity: {
      '@type': 'Person',
      name: 'Đặng Thái Huyền',
      alternateName: 'Dang Thai Huyen',
      description: 'Réalisatrice',
      sameAs: ['https://vi.wikipedia.org/wiki/Đặng_Thái_Huyền'],
      url: 'https://filmweek.example/fr/people/dang-thai-huyen',
    },
  })
})

test('festivalLd gives festival days, the edition’s venues and its organisers', () => {
  const ld = json(
    festivalLd({
      ...site,
      edition: edition({
        venues: [10],
        organisations: [
          { organisation: 500, role: 'organiser' },
          { organisation: 501, role: 'sponsor' },
        ],
      }),
      venues: [venue(), venue({ id: 11, name: 'Elsewhere' })],
      organisations: [organisation(), organisation({ id: 501, name: 'Sponsor', shortName: 'S' })],
    }),
  )
  expect(ld).toMatchObject({
    '@type': 'Festival',
    name: 'Vietnamese Film Week 2025',
    description: 'Journey of Light',
    url: 'https://filmweek.example/en/editions/vietnamese-film-week-2025',
    startDate: '2025-12-08',
    endDate: '2025-12-13',
    organizer: [
      {
        '@type': 'Organization',
        name: 'Vietnamese Film Development Association',
        alternateName: 'VFDA',
        url: 'https://vfda.example',
      },
    ],
  })
  expect(ld.location.map((place: { name: string }) => place.name)).toEqual(['Pathé Palace'])

  // No venues listed: the city stands in.
  expect(festivalLd({ ...site, edition: edition() }).location).toEqual({
    '@type': 'Place',
    name: 'Paris',
    address: { '@type': 'PostalAddress', addressLocality: 'Paris' },
  })
})

describe('<JsonLd>', () => {
  const hostile = {
    '@context': 'https://schema.org',
    '@type': 'Movie',
    name: 'Red Rain</script><script>alert(1)</script>',
    description: '<!-- a comment --> & “quotes” \u2028 Mưa Đỏ',
  } as const

  const render = () => renderToStaticMarkup(createElement(JsonLd, { data: hostile }))

  test('content cannot close the script or open a comment', () => {
    const html = render()
    expect(html.startsWith('<script type="application/ld+json">')).toBe(true)
    expect(html.match(/<\/script/gi)).toHaveLength(1)
    expect(html.endsWith('</script>')).toBe(true)
    expect(html).not.toContain('<!--')
  })

  test('the script content parses back to the same data', () => {
    const content = render()
      .replace(/^<script[^>]*>/, '')
      .replace(/<\/script>$/, '')
    expect(JSON.parse(content)).toEqual(hostile)
  })
})
