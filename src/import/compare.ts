/**
 * A row against the screening it matches: which columns differ, and the
 * Payload data that writes them. Columns a file leaves out are not compared.
 */
import type { RequiredDataFromCollectionSlug } from 'payload'

import { FESTIVAL_TIME_ZONE } from '@/lib/festivalTime'
import { idOf } from '@/lib/relations'
import type { Screening } from '@/payload-types'

import type { Column, PriceRow } from './format'
import type { ImportRow } from './rows'

export type ScreeningData = Partial<RequiredDataFromCollectionSlug<'screenings'>>

/** The fields a row can set, in the shape rows and screenings share. */
export type Settable = {
  edition: number
  end: string | null
  version: NonNullable<Screening['version']>
  audioLanguage: Screening['audioLanguage'] | null
  subtitles: NonNullable<Screening['subtitles']>
  sdh: boolean
  audioDescription: boolean
  stepFree: boolean
  labels: NonNullable<Screening['labels']>
  ticketUrl: string | null
  ticketAvailability: Screening['ticketAvailability'] | null
  ticketsOnSale: string | null
  prices: PriceRow[]
  status: Screening['status']
}

const COLUMN_OF: Record<keyof Settable, Column> = {
  edition: 'edition',
  end: 'end_time',
  version: 'version',
  audioLanguage: 'audio_language',
  subtitles: 'subtitles',
  sdh: 'sdh',
  audioDescription: 'audio_description',
  stepFree: 'step_free',
  labels: 'labels',
  ticketUrl: 'ticket_url',
  ticketAvailability: 'ticket_availability',
  ticketsOnSale: 'tickets_on_sale',
  prices: 'prices',
  status: 'status',
}

/** A screening's settable fields with the collection's defaults filled in. An estimated end counts as none. */
export function current(doc: Screening): Settable {
  return {
    edition: idOf(doc.edition) ?? 0,
    end: doc.end && !doc.endIsEstimated ? new Date(doc.end).toISOString() : null,
    version: doc.version ?? 'original',
    audioLanguage: doc.audioLanguage ?? null,
    subtitles: doc.subtitles ?? [],
    sdh: doc.accessibility?.sdh ?? false,
    audioDescription: doc.accessibility?.audioDescription ?? false,
    stepFree: doc.accessibility?.stepFree ?? false,
    labels: doc.labels ?? [],
    ticketUrl: doc.ticketUrl || null,
    ticketAvailability: doc.ticketAvailability ?? null,
    ticketsOnSale: doc.ticketsOnSale ? new Date(doc.ticketsOnSale).toISOString() : null,
    prices: (doc.prices ?? []).map(({ label, amount, currency }) => ({ label, amount, currency })),
    status: doc.status,
  }
}

/** What the row asks for; undefined where its column is absent. */
export function wanted(row: ImportRow, edition: number | undefined): Partial<Settable> {
  return {
    edition,
    end: row.end,
    version: row.version,
    audioLanguage: row.audioLanguage,
    subtitles: row.subtitles,
    sdh: row.sdh,
    audioDescription: row.audioDescription,
    stepFree: row.stepFree,
    labels: row.labels,
    ticketUrl: row.ticketUrl,
    ticketAvailability: row.ticketAvailability,
    ticketsOnSale: row.ticketsOnSale,
    prices: row.prices,
    status: row.status,
  }
}

// Lists of codes are sets: "fr en" and "en fr" are the same subtitles. Prices are rows, in order.
const same = (a: unknown, b: unknown) =>
  Array.isArray(a) && Array.isArray(b)
    ? a.some((item) => typeof item === 'object')
      ? JSON.stringify(a) === JSON.stringify(b)
      : a.length === b.length && a.every((item) => b.includes(item))
    : a === b

/** Fields of `want` that differ from `have`. */
export function differences(want: Partial<Settable>, have: Settable): (keyof Settable)[] {
  return (Object.keys(COLUMN_OF) as (keyof Settable)[]).filter(
    (key) => want[key] !== undefined && !same(want[key], have[key]),
  )
}

export const columnsOf = (keys: (keyof Settable)[]): Column[] => keys.map((key) => COLUMN_OF[key])

/** Payload data for the given fields of `values` (the accessibility group is written whole). */
export function toData(values: Partial<Settable>, keys: (keyof Settable)[], base: Settable): ScreeningData {
  const data: ScreeningData = {}
  // undefined: not in the file; null is a value (no end, no ticket link).
  const pick = <K extends keyof Settable>(key: K) =>
    (values[key] !== undefined ? values[key] : base[key]) as Settable[K]
  for (const key of keys) {
    if (key === 'edition') data.edition = pick('edition')
    if (key === 'end') {
      // null hands the end back to the runtime (hooks/deriveEnd).
      data.end = pick('end')
      if (data.end) data.end_tz = FESTIVAL_TIME_ZONE
    }
    if (key === 'version') data.version = pick('version')
    if (key === 'audioLanguage') data.audioLanguage = pick('audioLanguage')
    if (key === 'subtitles') data.subtitles = pick('subtitles')
    if (key === 'labels') data.labels = pick('labels')
    if (key === 'ticketUrl') data.ticketUrl = pick('ticketUrl')
    if (key === 'ticketAvailability') data.ticketAvailability = pick('ticketAvailability')
    if (key === 'ticketsOnSale') {
      data.ticketsOnSale = pick('ticketsOnSale')
      if (data.ticketsOnSale) data.ticketsOnSale_tz = FESTIVAL_TIME_ZONE
    }
    if (key === 'prices') data.prices = pick('prices')
    if (key === 'status') data.status = pick('status')
  }
  if (keys.some((key) => key === 'sdh' || key === 'audioDescription' || key === 'stepFree')) {
    data.accessibility = { sdh: pick('sdh'), audioDescription: pick('audioDescription'), stepFree: pick('stepFree') }
  }
  return data
}

export const DEFAULTS: Omit<Settable, 'edition'> = {
  end: null,
  version: 'original',
  audioLanguage: null,
  subtitles: [],
  sdh: false,
  audioDescription: false,
  stepFree: false,
  labels: [],
  ticketUrl: null,
  ticketAvailability: null,
  ticketsOnSale: null,
  prices: [],
  status: 'scheduled',
}
