/**
 * The partner feed's contract, part 1: shared pieces. Every request parameter
 * and response body of /api/v1 is a zod schema; the OpenAPI document and the
 * TypeScript types are derived from these, never written twice.
 */
import 'zod-openapi'
import { z } from 'zod'

import { LOCALE_CODES } from '@/i18n/locales'

import { CURSOR_FORMAT } from '../paging'
import { FESTIVAL_TIME_ZONE } from '@/lib/festivalTime'

export const LocaleParam = z
  .enum(LOCALE_CODES)
  .default('en')
  .meta({ description: 'Language of titles and texts; missing translations fall back to English.', example: 'fr' })

export const SlugParam = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a slug: lower-case letters, digits and hyphens, e.g. mua-do')
  .max(120)

export const LimitParam = (max: number, fallback: number) =>
  z.coerce
    .number({ error: `expected a whole number from 1 to ${max}` })
    .int(`expected a whole number from 1 to ${max}`)
    .min(1, `expected a whole number from 1 to ${max}`)
    .max(max, `expected a whole number from 1 to ${max}`)
    .default(fallback)

export const CursorParam = z
  .string()
  .max(200)
  // Whether it belongs to this endpoint and these filters is checked with them (src/api/v1/http.ts).
  .regex(CURSOR_FORMAT, 'expected the next_cursor value of a previous page')
  .meta({
    description:
      'Opaque: pass `meta.next_cursor` from the previous page of the same endpoint, with the same filters (`limit` may change).',
  })

export const IsoDateTime = z.iso
  .datetime({ offset: true })
  .meta({ description: `ISO 8601 with the ${FESTIVAL_TIME_ZONE} offset`, example: '2025-12-13T20:00:00+01:00' })

export const Link = z.url().meta({ example: 'https://filmweek.example/en/films/mua-do' })

export const ImageSize = z
  .object({ url: Link, width: z.number().int(), height: z.number().int() })
  .meta({ id: 'ImageSize' })

export const Image = z
  .object({
    url: Link,
    width: z.number().int(),
    height: z.number().int(),
    alt: z.string(),
    sizes: z
      .partialRecord(z.enum(['thumbnail', 'card', 'poster', 'hero', 'og']), ImageSize)
      .meta({ description: 'Resized variants; sizes larger than the original are absent.' }),
  })
  .meta({ id: 'Image' })

export const PersonRef = z
  .object({ id: z.number().int(), slug: z.string(), name: z.string() })
  .meta({ id: 'PersonRef' })

export const PageMeta = z.object({
  locale: z.enum(LOCALE_CODES),
  count: z.number().int().meta({ description: 'Items in this page' }),
  total: z.number().int().meta({ description: 'Items matching the filters' }),
  next_cursor: z
    .string()
    .nullable()
    .meta({ description: 'Pass as `cursor` for the next page; null on the last page.' }),
})

export const ErrorBody = z
  .object({
    error: z.object({
      status: z.number().int(),
      message: z.string(),
      issues: z
        .array(z.object({ parameter: z.string(), message: z.string() }))
        .optional()
        .meta({ description: 'One entry per bad query parameter' }),
    }),
  })
  .meta({ id: 'Error' })

export type ErrorBody = z.infer<typeof ErrorBody>
