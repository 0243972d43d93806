import type { CollectionBeforeChangeHook } from 'payload'

import { normalizeForSearch } from '@/fields/searchText'
import type { Film } from '@/payload-types'

/**
 * Films are found by their original title and their title in any language:
 * the other locales' titles are read from the saved document.
 */
export const setSearchText: CollectionBeforeChangeHook<Film> = async ({ data, originalDoc, req }) => {
  const saved = originalDoc?.id
    ? await req.payload.findByID({ collection: 'films', id: originalDoc.id, locale: 'all', depth: 0, draft: true, req, select: { title: true } })
    : undefined
  const titles = Object.values((saved?.title as unknown as Record<string, string> | undefined) ?? {})
  const words = [data.originalTitle ?? originalDoc?.originalTitle, data.title, ...titles].filter((value): value is string => Boolean(value))
  data.searchText = normalizeForSearch([...new Set(words)].join(' '))
  return data
}
