/**
 * An edition's published programme in the import format, so that exporting
 * and importing the file back changes nothing.
 */
import { idOf } from '@/lib/relations'
import type { Screening } from '@/payload-types'

import { current } from './compare'
import { writeTable, type CsvRecord } from './csv'
import { formatPrices } from './format'
import { asCaller, loadLookups, type Caller } from './lookups'
import { utcToZoned } from './parisTime'

const yesNo = (value: boolean) => (value ? 'yes' : 'no')
const onSale = (instant: string) => {
  const { date, time } = utcToZoned(instant)
  return `${date} ${time}`
}

function toRecord(
  doc: Screening,
  slugs: { film: Map<number, string>; venue: Map<number, string>; edition: Map<number, string> },
): CsvRecord {
  const values = current(doc)
  const start = utcToZoned(doc.start)
  return {
    film: slugs.film.get(idOf(doc.film) ?? 0) ?? '',
    venue: slugs.venue.get(idOf(doc.venue) ?? 0) ?? '',
    room: doc.room?.trim() ?? '',
    date: start.date,
    time: start.time,
    // Only an end an editor set: an estimated one follows the runtime.
    end_time: values.end ? utcToZoned(values.end).time : '',
    version: values.version,
    audio_language: values.audioLanguage ?? '',
    subtitles: values.subtitles.join(' '),
    sdh: yesNo(values.sdh),
    audio_description: yesNo(values.audioDescription),
    step_free: yesNo(values.stepFree),
    labels: values.labels.join(' '),
    ticket_url: values.ticketUrl ?? '',
    ticket_availability: values.ticketAvailability ?? '',
    tickets_on_sale: values.ticketsOnSale ? onSale(values.ticketsOnSale) : '',
    prices: formatPrices(values.prices),
    status: values.status,
    edition: slugs.edition.get(values.edition) ?? '',
  }
}

export type ExportResult = { ok: true; csv: string; edition: string; count: number } | { ok: false; reason: string }

/** The published screenings of an edition (its slug, or the site's current edition), sorted by start. */
export async function exportProgramme(
  caller: Caller,
  options: { edition?: string; delimiter?: ',' | ';' } = {},
): Promise<ExportResult> {
  const lookups = await loadLookups(caller)
  const edition = options.edition
    ? lookups.editions.get(options.edition)
    : lookups.editionsById.get(lookups.currentEdition ?? 0)
  if (!edition) {
    return {
      ok: false,
      reason: options.edition
        ? `No edition with slug "${options.edition}".`
        : 'The site has no current edition: give ?edition=<slug>.',
    }
  }
  const found = await caller.payload.find({
    collection: 'screenings',
    ...asCaller(caller),
    depth: 0,
    pagination: false,
    sort: ['start', 'venue', 'room'],
    // What visitors see: a screening's unpublished draft is not the programme yet.
    where: { and: [{ edition: { equals: edition.id } }, { _status: { equals: 'published' } }] },
  })
  const slugs = {
    film: new Map(lookups.films.map((film) => [film.id, film.slug])),
    venue: new Map(lookups.venues.map((venue) => [venue.id, venue.slug])),
    edition: new Map([...lookups.editionsById].map(([id, ref]) => [id, ref.slug])),
  }
  const csv = writeTable(
    found.docs.map((doc) => toRecord(doc, slugs)),
    options.delimiter,
  )
  return { ok: true, csv, edition: edition.slug, count: found.docs.length }
}
