import type { CollectionBeforeChangeHook } from 'payload'

import type { Quote } from '@/payload-types'
import { normalizeForSearch } from '@/fields/searchText'
import { idOf } from '@/lib/relations'

const EXCERPT_LENGTH = 60

/** "Đặng Thái Huyền: what the film depicts of the 81 days…" for admin lists, and the words search matches. */
export const setLabelAndSearchText: CollectionBeforeChangeHook<Quote> = async ({ data, originalDoc, req }) => {
  const speakerId = idOf(data.speaker ?? originalDoc?.speaker)
  const text = data.text ?? originalDoc?.text ?? ''
  const speaker = speakerId
    ? await req.payload.findByID({ collection: 'people', id: speakerId, depth: 0, draft: true, req, select: { name: true } })
    : null
  const excerpt = text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH).trimEnd()}…` : text
  data.label = speaker ? `${speaker.name}: ${excerpt}` : excerpt
  data.searchText = normalizeForSearch(speaker ? `${speaker.name} ${text}` : text)
  return data
}
