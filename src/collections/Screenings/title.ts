import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { writeLabel } from '@/db/derivedColumn'
import { formatFestivalDateTime } from '@/lib/formatDate'
import { idOf } from '@/lib/relations'
import type { Screening } from '@/payload-types'

type Placed = Pick<Partial<Screening>, 'film' | 'venue' | 'start'>
type Names = Map<string, Promise<string | undefined>>

const nameOf = (req: PayloadRequest, names: Names, collection: 'films' | 'venues', id: number | undefined) => {
  if (!id) return undefined
  const key = `${collection}:${id}`
  if (!names.has(key)) {
    const read = { id, depth: 0, draft: true, req, overrideAccess: true, disableErrors: true } as const
    names.set(
      key,
      collection === 'films'
        ? req.payload
            .findByID({ collection, ...read, select: { originalTitle: true } })
            .then((film) => film?.originalTitle)
        : req.payload.findByID({ collection, ...read, select: { name: true } }).then((venue) => venue?.name),
    )
  }
  return names.get(key)
}

/**
 * The admin's title of a screening, e.g. "Mưa Đỏ · 13 Dec 2025, 20:00 · Pathé
 * Palace", from the film's and venue's newest names (drafts included: editors
 * plan a line-up before it is public). Staff-only (field access), never shown
 * to readers, who get the published film and venue themselves.
 */
export async function screeningTitle(
  req: PayloadRequest,
  { film, venue, start }: Placed,
  names: Names = new Map(),
): Promise<string> {
  const [filmName, venueName] = await Promise.all([
    nameOf(req, names, 'films', idOf(film)),
    nameOf(req, names, 'venues', idOf(venue)),
  ])
  return [filmName, start ? formatFestivalDateTime(start, 'en') : null, venueName].filter(Boolean).join(' · ')
}

/**
 * Renaming a film or a venue (draft or published) renames the titles of its
 * screenings, in the document and in its newest version (what the admin lists).
 */
export function refreshScreeningTitles(
  field: 'film' | 'venue',
  name: 'originalTitle' | 'name',
): CollectionAfterChangeHook {
  return async ({ doc, previousDoc, req }) => {
    if (!previousDoc?.id || doc[name] === previousDoc[name]) return doc
    const read = {
      collection: 'screenings',
      where: { [field]: { equals: doc.id } },
      depth: 0,
      pagination: false,
      req,
      overrideAccess: true,
      select: { film: true, venue: true, start: true },
    } as const
    const [documents, newest] = await Promise.all([req.payload.find(read), req.payload.find({ ...read, draft: true })])
    const newestById = new Map(newest.docs.map((screening) => [screening.id, screening]))
    const names: Names = new Map()
    for (const screening of documents.docs) {
      const latest = newestById.get(screening.id)
      await writeLabel(req, 'screenings', screening.id, {
        document: await screeningTitle(req, screening, names),
        newest: latest ? await screeningTitle(req, latest, names) : undefined,
      })
    }
    return doc
  }
}
