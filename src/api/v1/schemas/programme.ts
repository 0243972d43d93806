/** The partner feed's contract, part 2: the programme (screenings, flattened for listings). */
import { z } from 'zod'

import { LANGUAGE_CODES } from '@/fields/options'
import {
  PRICE_LABELS,
  SCREENING_LABELS,
  SCREENING_STATUSES,
  GUEST_EVENTS,
  TICKET_AVAILABILITY,
  VERSIONS,
} from '@/collections/Screenings/options'

import {
  CursorParam,
  Image,
  IsoDateTime,
  LimitParam,
  Link,
  LocaleParam,
  PageMeta,
  PersonRef,
  SlugParam,
} from './common'
import { FESTIVAL_TIME_ZONE } from '@/lib/festivalTime'

const IsoDay = z.iso.date({ error: 'expected a date as YYYY-MM-DD' })

export const ACCESSIBILITY = ['sdh', 'audio_description', 'step_free'] as const

export const ProgrammeQuery = z
  .strictObject({
    edition: SlugParam.optional().meta({
      description: 'Edition slug; default: the current edition.',
      example: 'vietnamese-film-week-2025',
    }),
    from: IsoDay.optional().meta({
      description: `First day (${FESTIVAL_TIME_ZONE}), inclusive.`,
      example: '2025-12-13',
    }),
    to: IsoDay.optional().meta({ description: `Last day (${FESTIVAL_TIME_ZONE}), inclusive.`, example: '2025-12-13' }),
    venue: SlugParam.optional().meta({ description: 'Venue slug', example: 'pathe-palace' }),
    film: SlugParam.optional().meta({ description: 'Film slug', example: 'mua-do' }),
    accessibility: z
      .enum(ACCESSIBILITY)
      .optional()
      .meta({ description: 'Only screenings with this accessibility feature' }),
    subtitles: z.enum(LANGUAGE_CODES).optional().meta({ description: 'Only screenings subtitled in this language' }),
    modified_since: IsoDateTime.optional().meta({
      description:
        'Only screenings whose listing changed at or after this instant: the screening, or its film (title, runtime, directors, poster), venue or guests. Screenings removed, unpublished or hidden since (their film or venue unpublished) are not listed: to notice them, re-read the whole programme from time to time.',
    }),
    locale: LocaleParam,
    limit: LimitParam(500, 100),
    cursor: CursorParam.optional(),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    path: ['to'],
    message: 'must not be before `from`',
  })

export type ProgrammeQuery = z.infer<typeof ProgrammeQuery>

export const Venue = z
  .object({
    id: z.number().int(),
    slug: z.string(),
    name: z.string(),
    address: z.object({
      street: z.string(),
      postal_code: z.string().nullable(),
      city: z.string(),
      country: z.string().meta({ description: 'ISO 3166-1 alpha-2' }),
    }),
    coordinates: z.object({ latitude: z.number(), longitude: z.number() }).nullable(),
    page_url: Link,
  })
  .meta({ id: 'Venue' })

export const FilmRef = z
  .object({
    id: z.number().int(),
    slug: z.string(),
    original_title: z.string(),
    title: z.string().meta({ description: 'In the requested locale' }),
    runtime_minutes: z.number().int().nullable(),
    directors: z.array(z.string()),
    poster: Image.nullable(),
    page_url: Link,
  })
  .meta({ id: 'FilmRef' })

export const Price = z
  .object({
    label: z
      .enum(PRICE_LABELS.map((label) => label.value))
      .meta({ description: 'Which ticket: full, reduced, under-26, child, member, pass' }),
    amount: z.number().nonnegative().meta({ description: 'In the currency’s main unit (9.5 = €9.50)', example: 9.5 }),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .meta({ description: 'ISO 4217', example: 'EUR' }),
  })
  .meta({ id: 'Price' })

export const Tickets = z
  .object({
    url: z.url().nullable().meta({ description: 'Where to buy or register' }),
    availability: z
      .enum(TICKET_AVAILABILITY.map((option) => option.value))
      .nullable()
      .meta({
        description:
          'Where sales stand now: on-sale-from (not yet, see on_sale_from), on-sale, few-left, sold-out, free-registration, at-the-door; null when unknown',
      }),
    on_sale_from: IsoDateTime.nullable().meta({ description: `When sales open (${FESTIVAL_TIME_ZONE} offset)` }),
    prices: z.array(Price),
  })
  .meta({ id: 'Tickets' })

export const Screening = z
  .object({
    id: z.number().int().meta({ description: 'Stable identifier; also the calendar UID' }),
    start: IsoDateTime,
    end: IsoDateTime.nullable(),
    end_is_estimated: z.boolean().meta({ description: 'True when the end is the start plus the runtime' }),
    status: z.enum(SCREENING_STATUSES.map((status) => status.value)),
    previous_start: IsoDateTime.nullable().meta({ description: 'Set when the screening was rescheduled' }),
    venue: Venue,
    room: z.string().nullable(),
    film: FilmRef,
    version: z.enum(VERSIONS.map((version) => version.value)).nullable(),
    audio_language: z.string().nullable(),
    subtitles: z.array(z.string()),
    accessibility: z.object({ sdh: z.boolean(), audio_description: z.boolean(), step_free: z.boolean() }),
    labels: z.array(z.enum(SCREENING_LABELS.map((label) => label.value))),
    guest_event: z.enum(GUEST_EVENTS.map((event) => event.value)),
    guests: z.array(PersonRef),
    ticket_url: z.url().nullable().meta({ description: 'Same as tickets.url (kept for existing clients)' }),
    tickets: Tickets,
    page_url: Link,
    calendar_url: Link,
    updated_at: z.iso.datetime(),
  })
  .meta({ id: 'Screening' })

export const ProgrammeResponse = z
  .object({
    data: z.array(Screening),
    meta: PageMeta.extend({ edition: z.object({ slug: z.string(), name: z.string() }) }),
  })
  .meta({ id: 'Programme' })

export type ProgrammeResponse = z.infer<typeof ProgrammeResponse>
