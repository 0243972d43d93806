import type { CollectionSlug, DataFromCollectionSlug, Payload, Where } from 'payload'

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

type LooseDoc = { id: number } & Plain
type LooseLocalApi = {
  find: (args: Plain) => Promise<{ docs: LooseDoc[] }>
  create: (args: Plain) => Promise<LooseDoc>
  update: (args: Plain) => Promise<LooseDoc>
}

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
  // Payload's overloads cannot be resolved for a slug that is itself generic;
  // the data is still validated by Payload at run time.
  const api = payload as unknown as LooseLocalApi
  const common = { collection, depth: 0, locale: 'en', context: SEED_CONTEXT, overrideAccess: true }
  const data = { ...english, _status: 'published' }
  const [existing] = (await api.find({ ...common, where, limit: 1, draft: true, pagination: false })).docs
  let saved = existing ? await api.update({ ...common, id: existing.id, data }) : await api.create({ ...common, data })
  for (const [locale, patch] of Object.entries(translations)) {
    const localized = { ...(overlayLocale(pickKeys(saved, patch), patch) as Plain), _status: 'published' }
    saved = await api.update({ ...common, id: saved.id, locale, data: localized })
  }
  return saved as unknown as DataFromCollectionSlug<S>
}

/** The saved values of just the fields a translation touches. */
function pickKeys(saved: unknown, patch: Plain): Plain {
  const source = isPlain(saved) ? saved : {}
  return Object.fromEntries(Object.keys(patch).map((key) => [key, source[key]]))
}
