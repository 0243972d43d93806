/**
 * Payload documents (depth 0) → the partner contract (src/api/v1/schemas).
 * The contract's names are its own: renaming a field in the CMS changes
 * this file, never what partners receive.
 */
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import type { z } from 'zod'

import type { FilmCard, PersonCard, ScreeningLookups } from '@/data/views'
import { env } from '@/env'
import type { Locale } from '@/i18n/locales'
import { routes } from '@/i18n/routes'
import { idOf } from '@/lib/relations'
import { ticketAvailability } from '@/lib/tickets'
import { toZonedDate, toZonedIso } from '@/lib/zonedTime'
import type { Edition as EditionDoc, Film as FilmDoc, Media, Organisation, Person as PersonDoc, Quote as QuoteDoc, Screening as ScreeningDoc, Venue as VenueDoc } from '@/payload-types'

import type { Image, PersonRef } from './schemas/common'
import type { Edition, Film, FilmSummary, Person, Quote } from './schemas/content'
import type { FilmRef, Screening, Venue } from './schemas/programme'

type Out<T extends z.ZodType> = z.infer<T>

export type Lookups = ScreeningLookups & { media: Map<number, Media> }

const url = (path: string) => new URL(path, env().SERVER_URL).toString()
const get = <T>(map: Map<number, T>, value: unknown) => map.get(idOf(value) ?? -1)
const plain = (value: Parameters<typeof convertLexicalToPlaintext>[0]['data'] | null | undefined) => (value ? convertLexicalToPlaintext({ data: value }).trim() || null : null)

export function image(media: Media | undefined): Out<typeof Image> | null {
  if (!media?.url || !media.width || !media.height) return null
  const sizes = Object.entries(media.sizes ?? {}).flatMap(([name, size]) => (size?.url && size.width && size.height ? [[name, { url: url(size.url), width: size.width, height: size.height }]] : []))
  return { url: url(media.url), width: media.width, height: media.height, alt: media.alt, sizes: Object.fromEntries(sizes) }
}

export const personRef = (person: PersonCard): Out<typeof PersonRef> => ({ id: person.id, slug: person.slug, name: person.name })

export function venue(doc: VenueDoc, locale: Locale): Out<typeof Venue> {
  const { latitude, longitude } = doc.coordinates ?? {}
  return {
    id: doc.id,
    slug: doc.slug,
    name: doc.name,
    address: { street: doc.address.street, postal_code: doc.address.postalCode ?? null, city: doc.address.city, country: doc.address.country },
    coordinates: typeof latitude === 'number' && typeof longitude === 'number' ? { latitude, longitude } : null,
    page_url: url(routes.venue(locale, doc.slug)),
  }
}

export function filmRef(doc: FilmCard, lookups: Lookups, locale: Locale): Out<typeof FilmRef> {
  const directors = (doc.credits ?? []).filter((credit) => credit.role === 'director').flatMap((credit) => get(lookups.people, credit.person)?.name ?? [])
  return {
    id: doc.id,
    slug: doc.slug,
    original_title: doc.originalTitle,
    title: doc.title,
    runtime_minutes: doc.runtime ?? null,
    directors,
    poster: image(get(lookups.media, doc.poster)),
    page_url: url(routes.film(locale, doc.slug)),
  }
}

/** A screening whose film or venue is unpublished is not part of the feed (null). */
export function screening(doc: ScreeningDoc, lookups: Lookups, locale: Locale): Out<typeof Screening> | null {
  const film = get(lookups.films, doc.film)
  const place = get(lookups.venues, doc.venue)
  if (!film || !place) return null
  return {
    id: doc.id,
    start: toZonedIso(doc.start),
    end: doc.end ? toZonedIso(doc.end) : null,
    end_is_estimated: Boolean(doc.endIsEstimated),
    status: doc.status,
    previous_start: doc.status === 'rescheduled' && doc.previousStart ? toZonedIso(doc.previousStart) : null,
    venue: venue(place, locale),
    room: doc.room ?? null,
    film: filmRef(film, lookups, locale),
    version: doc.version ?? null,
    audio_language: doc.audioLanguage ?? null,
    subtitles: doc.subtitles ?? [],
    accessibility: { sdh: Boolean(doc.accessibility?.sdh), audio_description: Boolean(doc.accessibility?.audioDescription), step_free: Boolean(doc.accessibility?.stepFree) },
    labels: doc.labels ?? [],
    guest_event: doc.guestEvent ?? 'none',
    guests: (doc.guests ?? []).flatMap((guest) => {
      const person = get(lookups.people, guest)
      return person ? [personRef(person)] : []
    }),
    ticket_url: doc.ticketUrl ?? null,
    tickets: {
      url: doc.ticketUrl ?? null,
      availability: ticketAvailability(doc),
      on_sale_from: doc.ticketsOnSale ? toZonedIso(doc.ticketsOnSale) : null,
      prices: (doc.prices ?? []).map((price) => ({ label: price.label, amount: price.amount, currency: price.currency })),
    },
    page_url: url(routes.film(locale, film.slug)),
    calendar_url: url(`/${locale}/screenings/${doc.id}/calendar.ics`),
    updated_at: new Date(doc.updatedAt).toISOString(),
  }
}

export function filmSummary(doc: FilmDoc, lookups: Lookups, locale: Locale): Out<typeof FilmSummary> {
  return {
    ...filmRef(doc, lookups, locale),
    year: doc.year ?? null,
    countries: doc.countries ?? [],
    languages: doc.languages ?? [],
    genres: doc.genres ?? [],
    logline: doc.logline ?? null,
    updated_at: new Date(doc.updatedAt).toISOString(),
  }
}

export function film(doc: FilmDoc, lookups: Lookups, editions: Map<number, EditionDoc>, screeningIds: number[], locale: Locale): Out<typeof Film> {
  const author = get(lookups.people, doc.sourceWork?.author)
  return {
    ...filmSummary(doc, lookups, locale),
    synopsis: plain(doc.synopsis),
    credits: (doc.credits ?? []).flatMap((credit) => {
      const person = get(lookups.people, credit.person)
      return person ? [{ ...personRef(person), role: credit.role, character: credit.character ?? null }] : []
    }),
    source_work: doc.sourceWork?.title ? { title: doc.sourceWork.title, kind: doc.sourceWork.kind ?? null, author: author ? personRef(author) : null } : null,
    stills: (doc.stills ?? []).flatMap((still) => image(get(lookups.media, still)) ?? []),
    trailer_url: doc.trailerUrl ?? null,
    age_rating: { rating: doc.ageRating?.rating ?? null, authority: doc.ageRating?.authority ?? null, advisories: doc.ageRating?.advisories ?? [] },
    box_office: (doc.boxOffice ?? []).map((row) => ({
      amount: row.amount,
      currency: row.currency,
      approximate: Boolean(row.approximate),
      as_of: row.asOf ? toZonedDate(row.asOf) : null,
      source: row.source ?? null,
      note: row.note ?? null,
    })),
    awards: (doc.awards ?? []).map((award) => ({ event: award.event, category: award.category ?? null, year: award.year ?? null, result: award.result })),
    programmed_in: (doc.programme ?? []).flatMap((entry) => {
      const edition = get(editions, entry.edition)
      return edition ? [{ edition: edition.slug, section: entry.section, highlight: Boolean(entry.highlight) }] : []
    }),
    screening_ids: screeningIds,
    calendar_url: url(`/${locale}/films/${doc.slug}/calendar.ics`),
  }
}

export function person(doc: PersonDoc, films: FilmDoc[], photo: Media | undefined, locale: Locale, roleLabel: (role: string) => string): Out<typeof Person> {
  return {
    ...personRef(doc),
    sort_name: doc.sortName ?? null,
    alternate_name: doc.alternateName ?? null,
    description: doc.description ?? null,
    bio: plain(doc.bio),
    photo: image(photo),
    same_as: (doc.sameAs ?? []).map((link) => link.url),
    films: films.map((item) => ({
      slug: item.slug,
      title: item.title,
      year: item.year ?? null,
      roles: [...new Set((item.credits ?? []).filter((credit) => idOf(credit.person) === doc.id).map((credit) => roleLabel(credit.role)))],
    })),
    page_url: url(routes.person(locale, doc.slug)),
    updated_at: new Date(doc.updatedAt).toISOString(),
  }
}

export function quote(doc: QuoteDoc, speakers: Map<number, PersonDoc>, films: Map<number, FilmDoc>, editions: Map<number, EditionDoc>): Out<typeof Quote> {
  const speaker = get(speakers, doc.speaker)
  return {
    id: doc.id,
    text: doc.text,
    kind: doc.kind,
    original_locale: doc.originalLocale,
    featured: Boolean(doc.featured),
    speaker: speaker ? personRef(speaker) : null,
    speaker_role: doc.speakerRole ?? null,
    about: { film: get(films, doc.film)?.slug ?? null, edition: get(editions, doc.edition)?.slug ?? null },
    source: { publication: doc.source?.publication ?? null, url: doc.source?.url ?? null, date: doc.source?.date ? toZonedDate(doc.source.date) : null },
    updated_at: new Date(doc.updatedAt).toISOString(),
  }
}

export function edition(doc: EditionDoc, venues: VenueDoc[], organisations: Map<number, Organisation>, locale: Locale): Out<typeof Edition> {
  return {
    id: doc.id,
    slug: doc.slug,
    name: doc.name,
    theme: doc.theme ?? null,
    city: doc.city,
    start_date: toZonedDate(doc.startDate),
    end_date: toZonedDate(doc.endDate),
    time_zone: 'Europe/Paris',
    description: plain(doc.description),
    venues: venues.map((item) => venue(item, locale)),
    organisations: (doc.organisations ?? []).flatMap((entry) => {
      const organisation = get(organisations, entry.organisation)
      return organisation ? [{ name: organisation.name, short_name: organisation.shortName, kind: organisation.kind, role: entry.role, website: organisation.website ?? null }] : []
    }),
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
