/**
 * schema.org structured data (JSON-LD) for festival pages, built from the
 * documents the pages already read (depth 0). Times carry the festival's
 * UTC offset so that search engines show them in Paris time.
 */
import type {
  EventStatusType,
  Festival,
  ItemAvailability,
  Offer,
  Movie,
  NewsArticle,
  Organization,
  Person,
  Place,
  ProfilePage,
  ScreeningEvent,
  WithContext,
} from 'schema-dts'

import { indexById } from '@/data/resolve'
import { INTL_LOCALE, type Locale } from '@/i18n/locales'
import { getMessages } from '@/i18n/messages'
import { routes } from '@/i18n/routes'
import { MINUTE_MS } from '@/lib/festivalTime'
import { displayNames } from '@/lib/intlCache'
import { idOf } from '@/lib/relations'
import { ticketAvailability, type Availability } from '@/lib/tickets'
import { toZonedDate, toZonedIso } from '@/lib/zonedTime'
import type { Edition, Film, Organisation, Person as PersonDoc, Post, Screening, Venue } from '@/payload-types'

/** Where links point: the page's locale and the public origin. */
export type LdContext = { locale: Locale; siteUrl: string }

const CONTEXT = 'https://schema.org' as const
const absolute = (path: string, siteUrl: string) => new URL(path, siteUrl).toString()
const nonEmpty = <T>(list: readonly T[] | null | undefined): T[] | undefined => (list?.length ? [...list] : undefined)

const STATUS: Record<Screening['status'], EventStatusType> = {
  scheduled: 'https://schema.org/EventScheduled',
  'sold-out': 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  rescheduled: 'https://schema.org/EventRescheduled',
}

export type MovieInput = LdContext & { film: Film; people?: PersonDoc[]; image?: string | null }

/** The film itself: a Movie, with the people it credits when `people` holds them. */
export function movieLd(input: MovieInput): WithContext<Movie> {
  return { '@context': CONTEXT, ...movie(input) }
}

function movie({ film, people = [], image, locale, siteUrl }: MovieInput): Movie {
  const known = indexById(people)
  const credited = (role: string) =>
    nonEmpty(
      (film.credits ?? [])
        .filter((credit) => credit.role === role)
        .flatMap((credit) => {
          const person = typeof credit.person === 'object' ? credit.person : known.of(credit.person)
          return person ? [personRef(person, locale, siteUrl)] : []
        }),
    )
  const countries = displayNames(INTL_LOCALE[locale], { type: 'region' })
  return {
    '@type': 'Movie',
    name: film.title,
    alternateName: film.originalTitle !== film.title ? film.originalTitle : undefined,
    url: absolute(routes.film(locale, film.slug), siteUrl),
    description: film.logline ?? undefined,
    director: credited('director'),
    author: credited('screenwriter'),
    actor: credited('cast'),
    dateCreated: film.year ? String(film.year) : undefined,
    duration: film.runtime ? `PT${film.runtime}M` : undefined,
    inLanguage: nonEmpty(film.languages),
    countryOfOrigin: nonEmpty(
      film.countries?.map((code) => ({ '@type': 'Country' as const, name: countries.of(code) ?? code })),
    ),
    image: image ? absolute(image, siteUrl) : undefined,
  }
}

function personRef(person: PersonDoc, locale: Locale, siteUrl: string): Person {
  return { '@type': 'Person', name: person.name, url: absolute(routes.person(locale, person.slug), siteUrl) }
}

export type ScreeningInput = MovieInput & { screening: Screening; venue: Venue }

/** One screening: when, where, in which languages, and where to buy a ticket. */
export function screeningEventLd(input: ScreeningInput): WithContext<ScreeningEvent> {
  const { screening, venue, film, image, locale, siteUrl } = input
  const end =
    screening.end ??
    (film.runtime ? new Date(new Date(screening.start).getTime() + film.runtime * MINUTE_MS).toISOString() : null)
  return {
    '@context': CONTEXT,
    '@type': 'ScreeningEvent',
    name: film.title,
    url: absolute(routes.film(locale, film.slug), siteUrl),
    startDate: toZonedIso(screening.start),
    endDate: end ? toZonedIso(end) : undefined,
    eventStatus: STATUS[screening.status],
    previousStartDate:
      screening.status === 'rescheduled' && screening.previousStart ? toZonedIso(screening.previousStart) : undefined,
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: placeLd(venue),
    workPresented: movie(input),
    // An original version is heard in the film's own languages.
    inLanguage: screening.audioLanguage ?? (screening.version !== 'dubbed' ? nonEmpty(film.languages) : undefined),
    subtitleLanguage: nonEmpty(screening.subtitles),
    offers: screening.status === 'cancelled' ? undefined : offersLd(screening, locale),
    image: image ? absolute(image, siteUrl) : undefined,
  }
}

const AVAILABILITY: Record<Availability, ItemAvailability> = {
  // Not yet on sale: in stock from `validFrom` (how search engines read a date-restricted offer).
  'on-sale-from': 'https://schema.org/InStock',
  'on-sale': 'https://schema.org/InStock',
  'few-left': 'https://schema.org/LimitedAvailability',
  'sold-out': 'https://schema.org/SoldOut',
  'free-registration': 'https://schema.org/InStock',
  'at-the-door': 'https://schema.org/InStoreOnly',
}

/** One Offer per price (full, reduced…), or one without a price when none is given; none when nothing is known of tickets. */
export function offersLd(screening: Screening, locale: Locale, now?: Date): Offer[] | undefined {
  const availability = ticketAvailability(screening, now)
  if (!availability) return undefined
  const t = getMessages(locale)
  const base: Offer = {
    '@type': 'Offer',
    url: screening.ticketUrl ?? undefined,
    availability: AVAILABILITY[availability],
    validFrom: screening.ticketsOnSale ? toZonedIso(screening.ticketsOnSale) : undefined,
  }
  const prices = screening.prices ?? []
  if (!prices.length) return [availability === 'free-registration' ? { ...base, price: 0, priceCurrency: 'EUR' } : base]
  return prices.map((price) => ({
    ...base,
    name: t.screening.priceLabels[price.label],
    price: price.amount,
    priceCurrency: price.currency,
  }))
}

/** A venue with its postal address, and its coordinates when known. */
export function placeLd(venue: Venue): Place {
  const { latitude, longitude } = venue.coordinates ?? {}
  return {
    '@type': 'Place',
    name: venue.name,
    address: {
      '@type': 'PostalAddress',
      streetAddress: venue.address.street,
      postalCode: venue.address.postalCode ?? undefined,
      addressLocality: venue.address.city,
      addressCountry: venue.address.country,
    },
    geo: latitude != null && longitude != null ? { '@type': 'GeoCoordinates', latitude, longitude } : undefined,
  }
}

export type PersonInput = LdContext & { person: PersonDoc; image?: string | null }

/** A person's page: a ProfilePage about the Person. */
export function personProfileLd({ person, image, locale, siteUrl }: PersonInput): WithContext<ProfilePage> {
  const url = absolute(routes.person(locale, person.slug), siteUrl)
  return {
    '@context': CONTEXT,
    '@type': 'ProfilePage',
    url,
    dateModified: person.updatedAt,
    mainEntity: {
      '@type': 'Person',
      name: person.name,
      alternateName: person.alternateName && person.alternateName !== person.name ? person.alternateName : undefined,
      description: person.description ?? undefined,
      sameAs: nonEmpty(person.sameAs?.map((link) => link.url)),
      image: image ? absolute(image, siteUrl) : undefined,
      url,
    },
  }
}

export type FestivalInput = LdContext & { edition: Edition; venues?: Venue[]; organisations?: Organisation[] }

/**
 * An edition as a Festival. Its venues and organisers are those the edition
 * lists and `venues` / `organisations` hold; without venues, its city.
 */
export function festivalLd({
  edition,
  venues = [],
  organisations = [],
  locale,
  siteUrl,
}: FestivalInput): WithContext<Festival> {
  const venueIds = new Set((edition.venues ?? []).map(idOf))
  const organiserIds = new Set(
    (edition.organisations ?? [])
      .filter((row) => row.role === 'organiser' || row.role === 'co-organiser')
      .map((row) => idOf(row.organisation)),
  )
  const places = venues.filter((venue) => venueIds.has(venue.id)).map(placeLd)
  const organizers = organisations.filter((organisation) => organiserIds.has(organisation.id)).map(organization)
  return {
    '@context': CONTEXT,
    '@type': 'Festival',
    name: edition.name,
    description: edition.theme ?? undefined,
    url: absolute(routes.edition(locale, edition.slug), siteUrl),
    // A festival runs over days, so dates without times (in festival time).
    startDate: toZonedDate(edition.startDate),
    endDate: toZonedDate(edition.endDate),
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: places.length
      ? places
      : { '@type': 'Place', name: edition.city, address: { '@type': 'PostalAddress', addressLocality: edition.city } },
    organizer: nonEmpty(organizers),
  }
}

function organization(organisation: Organisation): Organization {
  return {
    '@type': 'Organization',
    name: organisation.name,
    alternateName: organisation.shortName,
    url: organisation.website ?? undefined,
  }
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` is escaped so that
 * `</script>` or `<!--` in content cannot end the script; JSON.parse reads it back unchanged.
 */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c')
}

export type NewsArticleInput = LdContext & {
  post: Post
  publisher: string
  image?: string | null
  people?: PersonDoc[]
}

/** A news post: a NewsArticle by its byline (or the festival), published by the festival, about the people it relates to. */
export function newsArticleLd({
  post,
  publisher,
  image,
  people = [],
  locale,
  siteUrl,
}: NewsArticleInput): WithContext<NewsArticle> {
  const organisation: Organization = {
    '@type': 'Organization',
    name: publisher,
    url: absolute(routes.home(locale), siteUrl),
  }
  return {
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    headline: post.title,
    description: post.standfirst,
    url: absolute(routes.post(locale, post.slug), siteUrl),
    inLanguage: INTL_LOCALE[locale],
    datePublished: post.publishedAt,
    dateModified: post.updatedAt,
    image: image ? absolute(image, siteUrl) : undefined,
    author: post.author ? { '@type': 'Person', name: post.author } : organisation,
    publisher: organisation,
    about: nonEmpty(people.map((person) => personRef(person, locale, siteUrl))),
    isBasedOn: post.source?.url ?? undefined,
  }
}
