import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import type { Quote } from '@/payload-types'
import { normalizeForSearch } from '@/fields/searchText'
import { keepingLocale } from '@/lib/keepingLocale'
import { idOf } from '@/lib/relations'

const EXCERPT_LENGTH = 60

/**
 * The words the label quotes: those of the language they were said in. A
 * translation saved in another locale must not turn the list label into it.
 */
async function originalText(quote: Partial<Quote>, original: Quote | undefined, text: string, req: PayloadRequest): Promise<string> {
  const originalLocale = quote.originalLocale ?? original?.originalLocale
  if (!original || !originalLocale || req.locale === originalLocale) return text
  const stored = await keepingLocale(req, () =>
    req.payload.findByID({ collection: 'quotes', id: original.id, locale: originalLocale, fallbackLocale: false, depth: 0, draft: true, req, select: { text: true } }),
  )
  return stored.text || text
}

/** "Đặng Thái Huyền: what the film depicts of the 81 days…" for admin lists, and the words search matches. */
export const setLabelAndSearchText: CollectionBeforeChangeHook<Quote> = async ({ data, originalDoc, req }) => {
  const speakerId = idOf(data.speaker ?? originalDoc?.speaker)
  const text = data.text ?? originalDoc?.text ?? ''
  const speaker = speakerId
    ? await req.payload.findByID({ collection: 'people', id: speakerId, depth: 0, draft: true, req, select: { name: true } })
    : null
  const quoted = await originalText(data, originalDoc, text, req)
  const excerpt = quoted.length > EXCERPT_LENGTH ? `${quoted.slice(0, EXCERPT_LENGTH).trimEnd()}…` : quoted
  data.label = speaker ? `${speaker.name}: ${excerpt}` : excerpt
  data.searchText = normalizeForSearch(speaker ? `${speaker.name} ${text}` : text)
  return data
}
