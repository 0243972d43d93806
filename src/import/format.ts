/**
 * The programme CSV: what a programmer uploads and what the export gives back.
 *
 * - UTF-8 (a byte-order mark is accepted, and written by the export so Excel
 *   reads Vietnamese titles right), comma- or semicolon-separated (French
 *   Excel), double quotes around cells that hold the delimiter, a quote or a
 *   line break. The delimiter is the one the header row uses.
 * - A header row is required; column names are case-insensitive, and spaces
 *   or hyphens count as underscores ("End time" = end_time). Unknown columns
 *   are refused (a typo would otherwise be ignored silently). Empty lines are
 *   skipped.
 * - A column left out of the file is left alone on screenings that already
 *   exist and takes its default on new ones; an empty cell means "none".
 * - Row numbers in reports are the file's line numbers, header = 1.
 *
 * | column            | required | value                                                                 |
 * | ----------------- | -------- | --------------------------------------------------------------------- |
 * | film              | yes      | film slug, or exact original title, or exact English title            |
 * | venue             | yes      | venue slug or exact name                                              |
 * | room              | no       | room as the venue names it (must be one of its rooms when it lists any) |
 * | date              | yes      | YYYY-MM-DD, Paris calendar day                                        |
 * | time              | yes      | HH:MM, 24 h, Paris wall-clock time                                    |
 * | end_time          | no       | HH:MM; empty = the film's runtime; earlier than `time` = next day     |
 * | version           | no       | original (default) or dubbed; also VO, VOST, VOSTFR, VOSTA, VF, Bản gốc, Phụ đề (tiếng Việt…), Lồng tiếng, Thuyết minh (./versions.ts) |
 * | audio_language    | no       | vi fr en de es                                                        |
 * | subtitles         | no       | language codes separated by spaces or `|`                             |
 * | sdh               | no       | yes/no, true/false, 1/0 or empty (= no)                               |
 * | audio_description | no       | same                                                                  |
 * | step_free         | no       | same                                                                  |
 * | labels            | no       | world-premiere international-premiere european-premiere french-premiere opening-night closing-night, separated by spaces or `|` |
 * | ticket_url        | no       | absolute http(s) URL                                                  |
 * | ticket_availability | no     | on-sale-from on-sale few-left sold-out free-registration at-the-door, or empty (unknown) |
 * | tickets_on_sale   | no       | YYYY-MM-DD HH:MM, Paris time: when sales open (required with on-sale-from) |
 * | prices            | no       | `label amount [currency]` separated by `|`, e.g. `full 12 EUR | reduced 9,50 | under-26 6`; currency defaults to EUR; labels: full reduced under-26 child member pass |
 * | status            | no       | scheduled (default), sold-out, cancelled; `rescheduled` only for a screening already rescheduled in the admin |
 * | edition           | no       | edition slug; empty = the site's current edition                      |
 *
 * A screening is identified by film + venue + room + start instant: a row
 * that matches one is an update (or unchanged), any other row a creation.
 */
import { LANGUAGE_CODES } from '@/fields/options'
import {
  PRICE_LABELS,
  SCREENING_LABELS,
  SCREENING_STATUSES,
  TICKET_AVAILABILITY,
  VERSIONS,
} from '@/collections/Screenings/options'

export const COLUMNS = [
  'film',
  'venue',
  'room',
  'date',
  'time',
  'end_time',
  'version',
  'audio_language',
  'subtitles',
  'sdh',
  'audio_description',
  'step_free',
  'labels',
  'ticket_url',
  'ticket_availability',
  'tickets_on_sale',
  'prices',
  'status',
  'edition',
] as const

export type Column = (typeof COLUMNS)[number]

export const REQUIRED_COLUMNS: readonly Column[] = ['film', 'venue', 'date', 'time']

export const isColumn = (name: string): name is Column => (COLUMNS as readonly string[]).includes(name)

/** "End time", "end-time", " END_TIME " → end_time. */
export const normalizeHeader = (name: string): string =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_')

export const LANGUAGES = LANGUAGE_CODES
export const LABELS = SCREENING_LABELS.map((option) => option.value)
export const STATUSES = SCREENING_STATUSES.map((option) => option.value)
export const VERSION_VALUES = VERSIONS.map((option) => option.value)
export const AVAILABILITIES = TICKET_AVAILABILITY.map((option) => option.value)
export const PRICE_LABEL_VALUES = PRICE_LABELS.map((option) => option.value)

export type Language = (typeof LANGUAGES)[number]
export type Label = (typeof LABELS)[number]
export type Status = (typeof STATUSES)[number]
export type Version = (typeof VERSION_VALUES)[number]
export type Availability = (typeof AVAILABILITIES)[number]
export type PriceRow = { label: (typeof PRICE_LABEL_VALUES)[number]; amount: number; currency: string }

/** Prices as one cell: "full 12 EUR | reduced 9.5 EUR". */
export const formatPrices = (prices: PriceRow[]) =>
  prices.map((price) => `${price.label} ${price.amount} ${price.currency}`).join(' | ')

/** Files larger than this are refused (413) before they are read. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024
