import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { writeLabel } from '@/db/derivedColumn'
import type { Quote } from '@/payload-types'
import { normalizeForSearch } from '@/fields/searchText'
import { keepingLocale } from '@/lib/keepingLocale'
import { idOf } from '@/lib/relations'

const EXCERPT_LENGTH = 60

/**
 * The words the label quotes: those of the language they were said in. A
 * translation saved in another locale must not turn the list label into it.
 */
async function originalText(
  quote: Partial<Quote>,
  original: Quote | undefined,
  text: string,
  req: PayloadRequest,
): Promise<string> {
  const originalLocale = quote.originalLocale ?? original?.originalLocale
  if (!original || !originalLocale || req.locale === originalLocale) return text
  const stored = await keepingLocale(req, () =>
    req.payload.findByID({
      collection: 'quotes',
      id: original.id,
      locale: originalLocale,
      fallbackLocale: false,
      depth: 0,
      draft: true,
      req,
      select: { text: true },
    }),
  )
  return stored.text || text
}

/**
 * The admin's list label: "Đặng Thái Huyền: what the film depicts of the 81
 * days…". It names the speaker as editors know them, drafts included, so it
 * is staff-only (field access in the collection) and never public; it is
 * refreshed when the speaker is renamed (refreshQuoteLabels).
 */
export function quoteLabel(speakerName: string | null | undefined, quoted: string): string {
  const excerpt = quoted.length > EXCERPT_LENGTH ? `${quoted.slice(0, EXCERPT_LENGTH).trimEnd()}…` : quoted
  return speakerName ? `${speakerName}: ${excerpt}` : excerpt
}

export async function speakerName(req: PayloadRequest, speakerId: number | undefined): Promise<string | null> {
  if (!speakerId) return null
  const speaker = await req.payload.findByID({
    collection: 'people',
    id: speakerId,
    depth: 0,
    draft: true,
    req,
    overrideAccess: true,
    disableErrors: true,
    select: { name: true },
  })
  return speaker?.name ?? null
}

/**
 * The label, and the words search matches: the quote's own text only. A
 * speaker's name is matched by site search through the published person
 * (src/data/search.ts), never copied here, where an unpublished or renamed
 * speaker's name would have gone public and stale.
 */
export const setLabelAndSearchText: CollectionBeforeChangeHook<Quote> = async ({ data, originalDoc, req }) => {
  const text = data.text ?? originalDoc?.text ?? ''
  const quoted = await originalText(data, originalDoc, text, req)
  data.label = quoteLabel(await speakerName(req, idOf(data.speaker ?? originalDoc?.speaker)), quoted)
  data.searchText = normalizeForSearch(text)
  return data
}

type AllLocales = { id: number; originalLocale?: string | null; text?: unknown }

const labelOf = (quote: AllLocales, name: string | null) => {
  const texts = (quote.text ?? {}) as Record<string, string | null | undefined>
  return quoteLabel(name, texts[quote.originalLocale ?? ''] ?? Object.values(texts).find(Boolean) ?? '')
}

/** Renaming a person (draft or published) renames the labels of their quotes, in the document and its newest version. */
export const refreshQuoteLabels: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (!previousDoc?.id || doc.name === previousDoc.name) return doc
  const read = {
    collection: 'quotes',
    where: { speaker: { equals: doc.id } },
    locale: 'all',
    depth: 0,
    pagination: false,
    req,
    overrideAccess: true,
    select: { text: true, originalLocale: true },
  } as const
  const [documents, newest] = await keepingLocale(req, () =>
    Promise.all([req.payload.find(read), req.payload.find({ ...read, draft: true })]),
  )
  const newestById = new Map(newest.docs.map((quote) => [quote.id, quote as AllLocales]))
  const name = await speakerName(req, doc.id)
  for (const quote of documents.docs) {
    const latest = newestById.get(quote.id)
    await writeLabel(req, 'quotes', quote.id, {
      document: labelOf(quote as AllLocales, name),
      newest: latest ? labelOf(latest, name) : undefined,
    })
  }
  return doc
}
