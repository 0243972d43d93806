/**
 * The programme CSV template a programmer downloads from the import panel:
 * the header row of every column and one example screening, in the chosen
 * delimiter (comma, or semicolon for French Excel). The example names a real
 * film and venue when there are any, so its dry run shows what a good row does.
 */
import type { Payload } from 'payload'

import type { User } from '@/payload-types'

import { writeTable, type CsvRecord } from './csv'

export async function importTemplate(payload: Payload, user: User, delimiter: ',' | ';'): Promise<string> {
  const read = { user, overrideAccess: false, depth: 0, limit: 1, draft: true } as const
  const [film, venue] = await Promise.all([
    payload.find({ ...read, collection: 'films', sort: 'originalTitle', select: { slug: true } }),
    payload.find({ ...read, collection: 'venues', sort: 'name', select: { slug: true, rooms: true } }),
  ])
  const example: CsvRecord = {
    film: film.docs[0]?.slug ?? 'film-slug',
    venue: venue.docs[0]?.slug ?? 'venue-slug',
    room: venue.docs[0]?.rooms?.[0]?.name ?? '',
    date: '2025-12-13',
    time: '10:00',
    end_time: '',
    version: 'VOSTFR',
    audio_language: 'vi',
    subtitles: 'fr',
    sdh: 'no',
    audio_description: 'no',
    step_free: 'yes',
    labels: '',
    ticket_url: 'https://tickets.example/your-screening',
    ticket_availability: 'on-sale',
    tickets_on_sale: '',
    prices: 'full 12 EUR | reduced 9,50 EUR | under-26 6 EUR',
    status: 'scheduled',
    edition: '',
  }
  return writeTable([example], delimiter)
}
