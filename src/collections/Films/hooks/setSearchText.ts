import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { normalizeForSearch } from '@/fields/searchText'
import { keepingLocale } from '@/lib/keepingLocale'
import type { Film } from '@/payload-types'

/** The saved titles in every locale. */
async function savedTitles(req: PayloadRequest, id: number): Promise<string[]> {
  const saved = await keepingLocale(req, () => req.payload.findByID({ collection: 'films', id, locale: 'all', depth: 0, draft: true, req, select: { title: true } }))
  return Object.values((saved.title as unknown as Record<string, string> | null) ?? {})
}

/** Films are found by their original title and their title in any language. */
export const setSearchText: CollectionBeforeChangeHook<Film> = async ({ data, originalDoc, req }) => {
  const titles = originalDoc?.id ? await savedTitles(req, originalDoc.id) : []
  const words = [data.originalTitle ?? originalDoc?.originalTitle, data.title, ...titles].filter((value): value is string => Boolean(value))
  data.searchText = normalizeForSearch([...new Set(words)].join(' '))
  return data
}
