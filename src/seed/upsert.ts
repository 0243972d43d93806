import type { CollectionSlug, DataFromCollectionSlug, Payload, RequiredDataFromCollectionSlug, Where } from 'payload'

import type { Locale } from '@/i18n/locales'

type Plain = Record<string, unknown>

/** Seeding is not publishing: hooks that revalidate pages skip requests carrying this. */
export const SEED_CONTEXT = { disableRevalidate: true, seeding: true } as const

const isPlain = (value: unknown): value is Plain => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Lays one locale's values over a saved document. Array rows are matched by
 * position and keep their ids: a row without its id would be recreated and
 * lose the other locales' values.
 */
export function overlayLocale(saved: unknown, patch: unknown): unknown {
  if (Array.isArray(patch) && Array.isArray(saved)) {
    return saved.map((row, index) => (index < patch.length ? overlayLocale(row, patch[index]) : row))
  }
  if (isPlain(patch) && isPlain(saved) && !('root' in patch)) {
    const merged: Plain = { ...saved }
    for (const [key, value] of Object.entries(patch)) merged[key] = overlayLocale(saved[key], value)
    return merged
  }
  return patch
}

type Translations = Partial<Record<Exclude<Locale, 'en'>, Plain>>

/**
 * Creates or updates the document matching `where` with English data, then
 * each translation, and publishes it. Running it twice changes nothing.
 */
export async function upsert<S extends CollectionSlug>(
  payload: Payload,
  collection: S,
  where: Where,
  english: Plain,
  translations: Translations = {},
): Promise<DataFromCollectionSlug<S>> {
  const common = { collection, depth: 0, locale: 'en', context: SEED_CONTEXT, overrideAccess: true } as const
  const data = { ...english, _status: 'published' } as unknown as RequiredDataFromCollectionSlug<S>
  const found = await payload.find({ ...common, where, limit: 1, draft: true, pagination: false })
  const existing = found.docs[0] as DataFromCollectionSlug<S> | undefined
  let saved = existing
    ? await payload.update({ ...common, id: existing.id, data, draft: false })
    : await payload.create({ ...common, data, draft: false })
  for (const [locale, patch] of Object.entries(translations)) {
    const localized = { ...(overlayLocale(pickKeys(saved, patch), patch) as Plain), _status: 'published' }
    saved = await payload.update({ ...common, id: saved.id, locale: locale as Locale, data: localized as typeof data })
  }
  return saved
}

/** The saved values of just the fields a translation touches. */
function pickKeys(saved: unknown, patch: Plain): Plain {
  const source = isPlain(saved) ? saved : {}
  return Object.fromEntries(Object.keys(patch).map((key) => [key, source[key]]))
}
