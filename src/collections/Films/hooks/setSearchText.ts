import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { normalizeForSearch } from '@/fields/searchText'
import { keepingLocale } from '@/lib/keepingLocale'
import type { Film } from '@/payload-types'

type Titles = Partial<Record<string, string | null>>

/**
 * The titles of the newest version in every locale: a save writes the
 * newest version's other locales along with the one being edited (a publish
 * publishes them), so these are what the saved document will hold.
 */
async function newestTitles(req: PayloadRequest, id: number): Promise<Titles> {
  const saved = await keepingLocale(req, () =>
    req.payload.findByID({
      collection: 'films',
      id,
      locale: 'all',
      depth: 0,
      draft: true,
      req,
      overrideAccess: true,
      select: { title: true },
    }),
  )
  return (saved.title as unknown as Titles | null) ?? {}
}

/**
 * Films are found by their original title and their title in any language:
 * exactly the titles the saved document holds. The edited locale's title is
 * the one in `data` (never the one it replaces, which kept every title ever
 * typed, drafts and live preview included). A draft save writes only its
 * version; what readers search is the published document's value.
 */
export const setSearchText: CollectionBeforeChangeHook<Film> = async ({ data, originalDoc, req }) => {
  const titles = originalDoc?.id ? await newestTitles(req, originalDoc.id) : {}
  if (req.locale && typeof data.title === 'string') titles[req.locale] = data.title
  const words = [data.originalTitle ?? originalDoc?.originalTitle, ...Object.values(titles)].filter(
    (value): value is string => typeof value === 'string' && value !== '',
  )
  data.searchText = normalizeForSearch([...new Set(words)].join(' '))
  return data
}
