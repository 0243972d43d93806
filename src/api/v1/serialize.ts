/**
 * Views of the data layer (src/data) → the partner contract (src/api/v1/schemas).
 * The contract's names are its own: renaming a field in the CMS changes
 * this file, never what partners receive.
 */
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import type { z } from 'zod'

import type { EditionView } from '@/data/editionView'
import type { FeedScreening, ListedFilm } from '@/data/feedViews'
import type { FilmView } from '@/data/filmView'
import type { PersonView } from '@/data/personView'
import type { QuoteEntry } from '@/data/quoteViews'
import type { PersonCard } from '@/data/views'
import type { Partner } from '@/data/website'
import { env } from '@/env'
import type { Locale } from '@/i18n/locales'
import { routes } from '@/i18n/routes'
import { FESTIVAL_TIME_ZONE } from '@/lib/festivalTime'
import { ticketAvailability } from '@/lib/tickets'
import { toZonedDate, toZonedIso } from '@/lib/zonedTime'
import type { Film as FilmDoc, Media, Venue as VenueDoc } from '@/payload-types'

import type { Image, PersonRef } from './schemas/common'
import type { Edition, Film, FilmSummary, Person, Quote } from './schemas/content'
import type { FilmRef, Screening, Venue } from './schemas/programme'

type Out<T extends z.ZodType> = z.infer<T>

const url = (path: string) => new URL(path, env().SERVER_URL).toString()
const plain = (value: Parameters<typeof convertLexicalToPlaintext>[0]['data'] | null | undefined) =>
  value ? convertLexicalToPlaintext({ data: value }).trim() || null : null

export function image(media: Media | undefined): Out<typeof Image> | null {
  if (!media?.url || !media.width || !media.height) return null
  const sizes = Object.entries(media.sizes ?? {}).flatMap(([name, size]) =>
    size?.url && size.width && size.height
      ? [[name, { url: url(size.url), width: size.width, height: size.height }]]
      : [],
  )
  return {
    url: url(media.url),
    width: media.width,
    height: media.height,
    alt: media.alt,
    sizes: Object.fromEntries(sizes),
  }
}

export const personRef = (person: PersonCard): Out<typeof PersonRef> => ({
  id: person.id,
  slug: person.slug,
  name: person.name,
})

export function venue(doc: VenueDoc, locale: Locale): Out<typeof Venue> {
  const { latitude, longitude } = doc.coordinates ?? {}
  return {
    id: doc.id,
    slug: doc.slug,
    name: doc.name,
    address: {
      street: doc.address.street,
      postal_code: doc.address.postalCode ?? null,
      city: doc.address.city,
      country: doc.address.country,
    },
    coordinates: typeof latitude === 'number' && typeof longitude === 'number' ? { latitude, longitude } : null,
    page_url: url(routes.venue(locale, doc.slug)),
  }
}

export function filmRef({ film: doc, directors, poster }: ListedFilm, locale: Locale): Out<typeof FilmRef> {
  return {
    id: doc.id,
    slug: doc.slug,
    original_title: doc.originalTitle,
    title: doc.title,
    runtime_minutes: doc.runtime ?? null,
    directors: directors.map((person) => person.name),
    poster: image(poster),
    page_url: url(routes.film(locale, doc.slug)),
  }
}

export function screening(row: FeedScreening, locale: Locale): Out<typeof Screening> {
  const { screening: doc, film, venue: place, guests } = row
  return {
    id: doc.id,
    start: toZonedIso(doc.start),
    end: doc.end ? toZonedIso(doc.end) : null,
    end_is_estimated: Boolean(doc.endIsEstimated),
    status: doc.status,
    previous_start: doc.status === 'rescheduled' && doc.previousStart ? toZonedIso(doc.previousStart) : null,
    venue: venue(place, locale),
    room: doc.room ?? null,
    film: filmRef(row, locale),
    version: doc.version ?? null,
    audio_language: doc.audioLanguage ?? null,
    subtitles: doc.subtitles ?? [],
    accessibility: {
      sdh: Boolean(doc.accessibility?.sdh),
      audio_description: Boolean(doc.accessibility?.audioDescription),
      step_free: Boolean(doc.accessibility?.stepFree),
    },
    labels: doc.labels ?? [],
    guest_event: doc.guestEvent ?? 'none',
    guests: guests.map(personRef),
    ticket_url: doc.ticketUrl ?? null,
    tickets: {
      url: doc.ticketUrl ?? null,
      availability: ticketAvailability(doc),
      on_sale_from: doc.ticketsOnSale ? toZonedIso(doc.ticketsOnSale) : null,
      prices: (doc.prices ?? []).map((price) => ({
        label: price.label,
        amount: price.amount,
        currency: price.currency,
      })),
    },
    page_url: url(routes.film(locale, film.slug)),
    calendar_url: url(routes.screeningCalendar(locale, doc.id)),
    updated_at: new Date(doc.updatedAt).toISOString(),
  }
}

export function filmSummary(listed: ListedFilm<FilmDoc>, locale: Locale): Out<typeof FilmSummary> {
  const doc = listed.film
  return {
    ...filmRef(listed, locale),
    year: doc.year ?? null,
    countries: doc.countries ?? [],
    languages: doc.languages ?? [],
    genres: doc.genres ?? [],
    logline: doc.logline ?? null,
    updated_at: new Date(doc.updatedAt).toISOString(),
  }
}

export function film(view: FilmView, locale: Locale): Out<typeof Film> {
  const { film: doc, author } = view
  return {
    ...filmSummary(view, locale),
    tagline: doc.tagline ?? null,
    synopsis: plain(doc.synopsis),
    credits: view.credits.map(({ person, role, character }) => ({ ...personRef(person), role, character })),
    source_work: doc.sourceWork?.title
      ? { title: doc.sourceWork.title, kind: doc.sourceWork.kind ?? null, author: author ? personRef(author) : null }
      : null,
    stills: view.stills.flatMap((still) => image(still) ?? []),
    trailer_url: doc.trailerUrl ?? null,
    age_rating: {
      rating: doc.ageRating?.rating ?? null,
      authority: doc.ageRating?.authority ?? null,
      advisories: doc.ageRating?.advisories ?? [],
    },
    box_office: (doc.boxOffice ?? []).map((row) => ({
      amount: row.amount,
      currency: row.currency,
      approximate: Boolean(row.approximate),
      as_of: row.asOf ? toZonedDate(row.asOf) : null,
      source: row.source ?? null,
      note: row.note ?? null,
    })),
    awards: (doc.awards ?? []).map((award) => ({
      event: award.event,
      category: award.category ?? null,
      year: award.year ?? null,
      result: award.result,
    })),
    programmed_in: view.programmedIn.map(({ edition, section, highlight }) => ({
      edition: edition.slug,
      section,
      highlight,
    })),
    screening_ids: view.rows.map((row) => row.screening.id),
    calendar_url: url(routes.filmCalendar(locale, doc.slug)),
  }
}

export function person(
  { person: doc, films, photo }: PersonView,
  locale: Locale,
  roleLabel: (role: PersonView['films'][number]['roles'][number]) => string,
): Out<typeof Person> {
  return {
    ...personRef(doc),
    sort_name: doc.sortName ?? null,
    alternate_name: doc.alternateName ?? null,
    description: doc.description ?? null,
    bio: plain(doc.bio),
    photo: image(photo),
    same_as: (doc.sameAs ?? []).map((link) => link.url),
    films: films.map(({ film: item, roles }) => ({
      slug: item.slug,
      title: item.title,
      year: item.year ?? null,
      roles: [...new Set(roles.map(roleLabel))],
    })),
    page_url: url(routes.person(locale, doc.slug)),
    updated_at: new Date(doc.updatedAt).toISOString(),
  }
}

export function quote({ quote: doc, speaker, film: about, edition: during }: QuoteEntry): Out<typeof Quote> {
  return {
    id: doc.id,
    text: doc.text,
    kind: doc.kind,
    original_locale: doc.originalLocale,
    featured: Boolean(doc.featured),
    speaker: speaker ? personRef(speaker) : null,
    speaker_role: doc.speakerRole ?? null,
    about: { film: about?.slug ?? null, edition: during?.slug ?? null },
    source: {
      publication: doc.source?.publication ?? null,
      url: doc.source?.url ?? null,
      date: doc.source?.date ? toZonedDate(doc.source.date) : null,
    },
    updated_at: new Date(doc.updatedAt).toISOString(),
  }
}

export function edition(
  { edition: doc, venues, partners }: Pick<EditionView, 'edition' | 'venues' | 'partners'>,
  locale: Locale,
): Out<typeof Edition> {
  return {
    id: doc.id,
    slug: doc.slug,
    name: doc.name,
    theme: doc.theme ?? null,
    city: doc.city,
    start_date: toZonedDate(doc.startDate),
    end_date: toZonedDate(doc.endDate),
    time_zone: FESTIVAL_TIME_ZONE,
    description: plain(doc.description),
    venues: venues.map((item) => venue(item, locale)),
    organisations: partners.map(({ organisation, role }: Partner) => ({
      name: organisation.name,
      short_name: organisation.shortName,
      kind: organisation.kind,
      role,
      website: organisation.website ?? null,
    })),
    figures: {
      attendees: doc.figures?.attendees ?? null,
      attendees_precision: doc.figures?.attendees != null ? (doc.figures.attendeesPrecision ?? 'exact') : null,
      countries: doc.figures?.countries ?? null,
      countries_precision: doc.figures?.countries != null ? (doc.figures.countriesPrecision ?? 'exact') : null,
    },
    page_url: url(routes.edition(locale, doc.slug)),
    programme_url: url(`/api/v1/programme?edition=${doc.slug}&locale=${locale}`),
    updated_at: new Date(doc.updatedAt).toISOString(),
  }
}
