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
  findByID: (args: Plain) => Promise<LooseDoc>
  create: (args: Plain) => Promise<LooseDoc>
  update: (args: Plain) => Promise<LooseDoc>
}

type File = { data: Buffer; mimetype: string; name: string; size: number }
/** `file`: an upload's file, made only when the document does not exist yet. */
type Options = { file?: () => Promise<File> }

/**
 * Whether `stored` already holds every value of `wanted`: array rows by
 * position, objects by the keys `wanted` has (stored rows also carry ids).
 */
export function holds(stored: unknown, wanted: unknown): boolean {
  if (Array.isArray(wanted))
    return (
      Array.isArray(stored) &&
      stored.length === wanted.length &&
      wanted.every((value, index) => holds(stored[index], value))
    )
  if (isPlain(wanted))
    return isPlain(stored) && Object.entries(wanted).every(([key, value]) => holds(stored[key], value))
  return stored === wanted
}

/**
 * Creates or updates the document matching `where` with English data, then
 * each translation, published. What already holds the seed's values (latest
 * version, published) is not written again, so a second run adds no version;
 * an editor's change to a field the seed sets is reset to the seed's value.
 */
export async function upsert<S extends CollectionSlug>(
  payload: Payload,
  collection: S,
  where: Where,
  english: Plain,
  translations: Translations = {},
  { file }: Options = {},
): Promise<DataFromCollectionSlug<S>> {
  // Payload's overloads cannot be resolved for a slug that is itself generic;
  // the data is still validated by Payload at run time.
  const api = payload as unknown as LooseLocalApi
  const drafts = Boolean(payload.collections[collection].config.versions?.drafts)
  const published = (data: Plain) => (drafts ? { ...data, _status: 'published' } : data)
  const current = (doc: Plain, data: Plain) => holds(doc, published(data))
  const common = { collection, depth: 0, context: SEED_CONTEXT, overrideAccess: true }
  // The latest version, each locale as stored: a translation falling back to English is not one.
  const read = { ...common, draft: true, fallbackLocale: false }

  const [existing] = (await api.find({ ...read, locale: 'en', where, limit: 1, pagination: false })).docs
  let saved = existing
  if (!existing)
    saved = await api.create({ ...common, locale: 'en', data: published(english), ...(file && { file: await file() }) })
  else if (!current(existing, english))
    saved = await api.update({ ...common, locale: 'en', id: existing.id, data: published(english) })

  for (const [locale, patch] of Object.entries(translations)) {
    if (current(await api.findByID({ ...read, locale, id: saved.id }), patch)) continue
    await api.update({
      ...common,
      locale,
      id: saved.id,
      data: published(overlayLocale(pickKeys(saved, patch), patch) as Plain),
    })
  }
  return saved as unknown as DataFromCollectionSlug<S>
}

/** The saved values of just the fields a translation touches. */
function pickKeys(saved: unknown, patch: Plain): Plain {
  const source = isPlain(saved) ? saved : {}
  return Object.fromEntries(Object.keys(patch).map((key) => [key, source[key]]))
}
