/**
 * What one CSV row means: a zod schema from cells (strings, keyed by column)
 * to a screening row, with messages written for the programmer who has to
 * fix the spreadsheet. Format: ./format.ts.
 */
import { z } from 'zod'

import { validateHttpUrl } from '@/fields/validators'

import type { Problem, RawRow } from './csv'
import {
  AVAILABILITIES,
  LABELS,
  LANGUAGES,
  PRICE_LABEL_VALUES,
  STATUSES,
  type Availability,
  type Column,
  type Label,
  type Language,
  type PriceRow,
  type Status,
  type Version,
} from './format'
import { isCalendarDate, nextDay, zonedToUtc } from './parisTime'
import { readVersion, VERSION_EXAMPLES, type VersionReading } from './versions'

/** A valid row. Optional fields are undefined when their column is not in the file. */
export type ImportRow = {
  row: number
  film: string
  venue: string
  room: string | null
  date: string
  time: string
  /** UTC instant, ISO. */
  start: string
  /** UTC instant; null: empty cell, the film's runtime decides. */
  end?: string | null
  version?: Version
  audioLanguage?: Language | null
  subtitles?: Language[]
  sdh?: boolean
  audioDescription?: boolean
  stepFree?: boolean
  labels?: Label[]
  ticketUrl?: string | null
  ticketAvailability?: Availability | null
  /** UTC instant, ISO; null: empty cell. */
  ticketsOnSale?: string | null
  prices?: PriceRow[]
  status?: Status
  /** Edition slug; null: the site's current edition. */
  edition?: string | null
}

const text = z
  .string()
  .optional()
  .transform((value) => (value ?? '').trim())

const required = (what: string) => text.pipe(z.string().min(1, { error: `Missing: ${what}.`, abort: true }))

const optionalText = text.transform((value) => value || null)

const TIME = /^([01]?\d|2[0-3]):([0-5]\d)(:00)?$/
/** "9:30", "09:30" and Excel's "09:30:00" → "09:30". */
const normalizeTime = (value: string) => {
  const [, hour, minute] = TIME.exec(value) ?? []
  return `${hour.padStart(2, '0')}:${minute}`
}

const date = required('the date, as YYYY-MM-DD').refine(isCalendarDate, {
  error: (issue) =>
    /^\d{1,2}[/.]\d{1,2}[/.]\d{4}$/.test(String(issue.input))
      ? `"${issue.input}" is day/month/year: write dates as YYYY-MM-DD (e.g. 2025-12-13; in Excel, format the column as yyyy-mm-dd).`
      : `"${issue.input}" is not a date as YYYY-MM-DD (e.g. 2025-12-13).`,
})

const timeError = {
  error: (issue: { input: unknown }) => `"${issue.input}" is not a time as HH:MM, 24-hour (e.g. 20:30).`,
}
const startTime = required('the start time, as HH:MM')
  .refine((value) => TIME.test(value), timeError)
  .transform(normalizeTime)
const endTime = text
  .refine((value) => !value || TIME.test(value), timeError)
  .transform((value) => (value ? normalizeTime(value) : null))

/** A closed vocabulary, case-insensitive; empty gives the default. */
const oneOf = <T extends string>(values: readonly T[], fallback: T | null, what: string) =>
  text.transform((value, ctx): T | null => {
    if (!value) return fallback
    const found = values.find((candidate) => candidate === value.toLowerCase())
    if (found) return found
    ctx.addIssue({ code: 'custom', message: `"${value}" is not ${what}: use ${values.join(', ')}.` })
    return z.NEVER
  })

/** Codes separated by spaces or `|` (commas too, for a hand-typed "fr, en"). */
const listOf = <T extends string>(values: readonly T[], what: string) =>
  text.transform((value, ctx): T[] => {
    const items = value
      .toLowerCase()
      .split(/[\s|,]+/)
      .filter(Boolean)
    const unknown = items.filter((item) => !values.includes(item as T))
    if (unknown.length) {
      ctx.addIssue({
        code: 'custom',
        message: `${unknown.map((item) => `"${item}"`).join(', ')}: not ${what}. Use ${values.join(', ')}, separated by spaces or |.`,
      })
      return z.NEVER
    }
    return [...new Set(items as T[])]
  })

/** Our codes or a programmer's spelling (VOSTFR, VF, Phụ đề…); empty gives the original version. */
const version = text.transform((value, ctx): VersionReading => {
  if (!value) return { version: 'original' }
  const reading = readVersion(value)
  if (reading) return reading
  ctx.addIssue({ code: 'custom', message: `"${value}" is not a version: use ${VERSION_EXAMPLES.join(', ')}.` })
  return z.NEVER
})

const YES = ['yes', 'true', '1']
const NO = ['no', 'false', '0', '']
const yesNo = text.transform((value, ctx) => {
  const lower = value.toLowerCase()
  if (YES.includes(lower)) return true
  if (NO.includes(lower)) return false
  ctx.addIssue({
    code: 'custom',
    message: `"${value}" is not yes or no (also accepted: true/false, 1/0, empty for no).`,
  })
  return z.NEVER
})

const url = optionalText.superRefine((value, ctx) => {
  const valid = validateHttpUrl(value)
  if (valid !== true) ctx.addIssue({ code: 'custom', message: valid })
})

const PRICE = /^(\S+)\s+(\d+(?:[.,]\d{1,2})?)(?:\s+([A-Za-z]{3}))?$/
/** "full 12 EUR | reduced 9,50 | under-26 6": label, amount, currency (EUR when left out). */
const prices = text.transform((value, ctx): PriceRow[] => {
  const rows: PriceRow[] = []
  for (const item of value
    .split('|')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const [, label, amount, currency] = PRICE.exec(item) ?? []
    const known = PRICE_LABEL_VALUES.find((candidate) => candidate === label?.toLowerCase())
    if (!label || !known) {
      ctx.addIssue({
        code: 'custom',
        message: `"${item}" is not a price as "label amount currency" with a label among ${PRICE_LABEL_VALUES.join(', ')} (e.g. "full 12 EUR | reduced 9,50 EUR").`,
      })
      return z.NEVER
    }
    rows.push({ label: known, amount: Number(amount.replace(',', '.')), currency: (currency ?? 'EUR').toUpperCase() })
  }
  return rows
})

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[ T]([01]?\d|2[0-3]):([0-5]\d)(:00)?$/
/** "2025-11-20 10:00" in Paris → a UTC instant; empty → null. */
const parisDateTime = text.transform((value, ctx): string | null => {
  if (!value) return null
  const [, day, hour, minute] = DATE_TIME.exec(value) ?? []
  const zoned = day && isCalendarDate(day) ? zonedToUtc(day, `${hour.padStart(2, '0')}:${minute}`) : null
  if (!zoned || 'error' in zoned) {
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" is not a Paris date and time as YYYY-MM-DD HH:MM (e.g. 2025-11-20 10:00).`,
    })
    return z.NEVER
  }
  return zoned.instant.toISOString()
})

export const rowSchema = z.object({
  film: required('the film (its slug, original title or English title)'),
  venue: required('the venue (its slug or name)'),
  room: optionalText,
  date,
  time: startTime,
  end_time: endTime.optional(),
  version: version.optional(),
  audio_language: oneOf(LANGUAGES, null, 'a language code').optional(),
  subtitles: listOf(LANGUAGES, 'language codes').optional(),
  sdh: yesNo.optional(),
  audio_description: yesNo.optional(),
  step_free: yesNo.optional(),
  labels: listOf(LABELS, 'screening labels').optional(),
  ticket_url: url.optional(),
  ticket_availability: oneOf(AVAILABILITIES, null, 'a ticket availability').optional(),
  tickets_on_sale: parisDateTime.optional(),
  prices: prices.optional(),
  status: oneOf(STATUSES, 'scheduled', 'a status').optional(),
  edition: optionalText.optional(),
})

type Cells = z.output<typeof rowSchema>

/** Paris date + times → instants; the problems name the cell to fix. */
function instants(cells: Cells): { start: string; end?: string | null } | Problem[] {
  const start = zonedToUtc(cells.date, cells.time)
  if ('error' in start) {
    return [
      {
        row: 0,
        column: 'time',
        reason: `${cells.date} ${cells.time} does not exist in Paris: clocks go forward an hour that night (02:00 → 03:00).`,
      },
    ]
  }
  if (cells.end_time === undefined || cells.end_time === null)
    return { start: start.instant.toISOString(), end: cells.end_time }
  if (cells.end_time === cells.time)
    return [
      {
        row: 0,
        column: 'end_time',
        reason: 'The end time is the start time: leave it empty to use the film’s runtime.',
      },
    ]
  // An end "earlier" than the start is after midnight.
  const endDate = cells.end_time < cells.time ? nextDay(cells.date) : cells.date
  const end = zonedToUtc(endDate, cells.end_time)
  if ('error' in end)
    return [
      {
        row: 0,
        column: 'end_time',
        reason: `${endDate} ${cells.end_time} does not exist in Paris (clocks go forward that night).`,
      },
    ]
  return { start: start.instant.toISOString(), end: end.instant.toISOString() }
}

export type RowResult = { ok: true; value: ImportRow } | { ok: false; problems: Problem[] }

/** One raw row → a screening row, or every problem it has (one per cell). */
export function parseRow({ row, cells }: RawRow): RowResult {
  const parsed = rowSchema.safeParse(cells)
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        row,
        column: String(issue.path[0] as Column),
        reason: issue.message,
      })),
    }
  }
  const value = parsed.data
  const times = instants(value)
  if (Array.isArray(times)) return { ok: false, problems: times.map((problem) => ({ ...problem, row })) }
  return {
    ok: true,
    value: {
      row,
      film: value.film,
      venue: value.venue,
      room: value.room,
      date: value.date,
      time: value.time,
      ...times,
      version: value.version?.version,
      // A filled language cell wins over what the version says ("VOSTFR" = French subtitles).
      audioLanguage: value.audio_language ?? value.version?.audioLanguage ?? value.audio_language,
      subtitles: value.subtitles?.length ? value.subtitles : (value.version?.subtitles ?? value.subtitles),
      sdh: value.sdh,
      audioDescription: value.audio_description,
      stepFree: value.step_free,
      labels: value.labels,
      ticketUrl: value.ticket_url,
      ticketAvailability: value.ticket_availability,
      ticketsOnSale: value.tickets_on_sale,
      prices: value.prices,
      status: value.status ?? undefined,
      edition: value.edition,
    },
  }
}
