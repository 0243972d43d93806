/** The partner feed's contract, part 3: films, people, quotes and editions. */
import { z } from 'zod'

import { CREDIT_ROLES } from '@/collections/Films/credits'
import { PROGRAMME_SECTIONS } from '@/collections/Films/sections'
import { ORGANISATION_ROLES } from '@/collections/Editions/roles'

import { CursorParam, Image, LimitParam, Link, LocaleParam, PageMeta, PersonRef, SlugParam } from './common'
import { FilmRef, Venue } from './programme'
import { FESTIVAL_TIME_ZONE } from '@/lib/festivalTime'

export const LocaleQuery = z.strictObject({ locale: LocaleParam })

export const FilmsQuery = z.strictObject({
  edition: SlugParam.optional().meta({ description: 'Only films programmed in this edition' }),
  locale: LocaleParam,
  limit: LimitParam(200, 50),
  cursor: CursorParam.optional(),
})
export type FilmsQuery = z.infer<typeof FilmsQuery>

export const FilmSummary = FilmRef.extend({
  year: z.number().int().nullable(),
  countries: z.array(z.string()),
  languages: z.array(z.string()),
  genres: z.array(z.string()),
  logline: z.string().nullable(),
  updated_at: z.iso.datetime(),
}).meta({ id: 'FilmSummary' })

export const FilmsResponse = z.object({ data: z.array(FilmSummary), meta: PageMeta }).meta({ id: 'Films' })

export const Film = FilmSummary.extend({
  tagline: z.string().nullable().meta({ description: 'The poster line, in the requested language' }),
  synopsis: z.string().nullable().meta({ description: 'Plain text' }),
  credits: z.array(
    PersonRef.extend({ role: z.enum(CREDIT_ROLES.map((role) => role.value)), character: z.string().nullable() }),
  ),
  source_work: z.object({ title: z.string(), kind: z.string().nullable(), author: PersonRef.nullable() }).nullable(),
  stills: z.array(Image),
  trailer_url: z.url().nullable(),
  age_rating: z.object({
    rating: z.string().nullable(),
    authority: z.string().nullable(),
    advisories: z.array(z.string()),
  }),
  box_office: z.array(
    z.object({
      amount: z.number(),
      currency: z.string(),
      approximate: z.boolean(),
      as_of: z.iso.date().nullable(),
      source: z.string().nullable(),
      note: z.string().nullable(),
    }),
  ),
  awards: z.array(
    z.object({
      event: z.string(),
      category: z.string().nullable(),
      year: z.number().int().nullable(),
      result: z.string(),
    }),
  ),
  programmed_in: z.array(
    z.object({
      edition: z.string(),
      section: z.enum(PROGRAMME_SECTIONS.map((section) => section.value)),
      highlight: z.boolean(),
    }),
  ),
  screening_ids: z
    .array(z.number().int())
    .meta({ description: 'Published screenings; details in /api/v1/programme?film=…' }),
  calendar_url: Link,
}).meta({ id: 'Film' })

export const FilmResponse = z.object({ data: Film }).meta({ id: 'FilmResponse' })

export const Person = PersonRef.extend({
  sort_name: z.string().nullable(),
  alternate_name: z.string().nullable().meta({ description: 'Without diacritics' }),
  description: z.string().nullable(),
  bio: z.string().nullable().meta({ description: 'Plain text' }),
  photo: Image.nullable(),
  same_as: z.array(z.url()),
  films: z.array(
    z.object({ slug: z.string(), title: z.string(), year: z.number().int().nullable(), roles: z.array(z.string()) }),
  ),
  page_url: Link,
  updated_at: z.iso.datetime(),
}).meta({ id: 'Person' })

export const PersonResponse = z.object({ data: Person }).meta({ id: 'PersonResponse' })

export const QuotesQuery = z.strictObject({
  film: SlugParam.optional().meta({ description: 'Only reactions about this film' }),
  edition: SlugParam.optional().meta({ description: 'Only reactions about this edition' }),
  featured: z.enum(['true', 'false'], { error: 'expected true or false' }).optional(),
  locale: LocaleParam,
  limit: LimitParam(200, 50),
  cursor: CursorParam.optional(),
})
export type QuotesQuery = z.infer<typeof QuotesQuery>

export const Quote = z
  .object({
    id: z.number().int(),
    text: z.string(),
    kind: z
      .enum(['direct', 'paraphrase'])
      .meta({ description: '`paraphrase`: reported words, not a verbatim quotation; show them as such.' }),
    original_locale: z.string(),
    featured: z.boolean(),
    speaker: PersonRef.nullable(),
    speaker_role: z.string().nullable(),
    about: z.object({ film: z.string().nullable(), edition: z.string().nullable() }),
    source: z.object({ publication: z.string().nullable(), url: z.url().nullable(), date: z.iso.date().nullable() }),
    updated_at: z.iso.datetime(),
  })
  .meta({ id: 'Quote' })

export const QuotesResponse = z.object({ data: z.array(Quote), meta: PageMeta }).meta({ id: 'Quotes' })

export const Edition = z
  .object({
    id: z.number().int(),
    slug: z.string(),
    name: z.string(),
    theme: z.string().nullable(),
    city: z.string(),
    start_date: z.iso.date(),
    end_date: z.iso.date(),
    time_zone: z.literal(FESTIVAL_TIME_ZONE),
    description: z.string().nullable().meta({ description: 'Plain text' }),
    venues: z.array(Venue),
    organisations: z.array(
      z.object({
        name: z.string(),
        short_name: z.string(),
        kind: z.string(),
        role: z.enum(ORGANISATION_ROLES.map((role) => role.value)),
        website: z.url().nullable(),
      }),
    ),
    figures: z.object({
      attendees: z.number().nullable(),
      attendees_precision: z.enum(['exact', 'more-than', 'nearly']).nullable(),
      countries: z.number().nullable(),
      countries_precision: z.enum(['exact', 'more-than', 'nearly']).nullable(),
    }),
    page_url: Link,
    programme_url: Link.meta({ description: 'This edition in /api/v1/programme' }),
    updated_at: z.iso.datetime(),
  })
  .meta({ id: 'Edition' })

export const EditionResponse = z.object({ data: Edition }).meta({ id: 'EditionResponse' })
