import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { normalizeForSearch } from '@/fields/searchText'
import type { Film } from '@/payload-types'

/**
 * The saved titles in every locale. The read shares the request (and its
 * transaction), and Payload sets `req.locale` from a nested call's locale:
 * without restoring it, the write under way would go to locale "all" and
 * lose the editor's translation.
 */
async function savedTitles(req: PayloadRequest, id: number): Promise<string[]> {
  const { locale, fallbackLocale } = req
  try {
    const saved = await req.payload.findByID({ collection: 'films', id, locale: 'all', depth: 0, draft: true, req, select: { title: true } })
    return Object.values((saved.title as unknown as Record<string, string> | null) ?? {})
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
}

/** Films are found by their original title and their title in any language. */
export const setSearchText: CollectionBeforeChangeHook<Film> = async ({ data, originalDoc, req }) => {
  const titles = originalDoc?.id ? await savedTitles(req, originalDoc.id) : []
  const words = [data.originalTitle ?? originalDoc?.originalTitle, data.title, ...titles].filter((value): value is string => Boolean(value))
  data.searchText = normalizeForSearch([...new Set(words)].join(' '))
  return data
}
