import type { CollectionSlug, Payload } from 'payload'
import { flattenTopLevelFields } from 'payload/shared'

import { DEFAULT_LOCALE, LOCALE_CODES, type Locale } from '@/i18n/locales'

export type MissingTranslations = Partial<Record<Locale, string[]>>

const isEmpty = (value: unknown) =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '') || (typeof value === 'object' && 'root' in value && JSON.stringify(value).indexOf('"text":"') === -1)

/** The names of a collection's top-level localized fields that editors fill in. */
function localizedFields(payload: Payload, collection: CollectionSlug): string[] {
  return flattenTopLevelFields(payload.collections[collection].config.fields)
    .filter((field): field is typeof field & { name: string } => 'name' in field && 'localized' in field && field.localized === true && !field.admin?.hidden)
    .map((field) => field.name)
}

/** For each locale, the fields of `doc` (read with locale: 'all') that have no value in it. */
function gapsOf(doc: Record<string, unknown>, fields: string[]): MissingTranslations {
  const missing: MissingTranslations = {}
  for (const locale of LOCALE_CODES) {
    const names = fields.filter((field) => isEmpty((doc[field] as Record<string, unknown> | null | undefined)?.[locale]))
    if (names.length) missing[locale] = names
  }
  return missing
}

/** For each locale, the top-level localized fields of a document that have no value in it. */
export async function missingTranslations(payload: Payload, collection: CollectionSlug, id: number | string): Promise<MissingTranslations> {
  const doc = (await payload.findByID({ collection, id, locale: 'all', depth: 0, draft: true, overrideAccess: true, disableErrors: true })) as Record<string, unknown> | null
  return doc ? gapsOf(doc, localizedFields(payload, collection)) : {}
}

export type UntranslatedDoc = { id: number | string; title: string; fields: string[] }
export type TranslationGaps = { locale: Locale; count: number; first: UntranslatedDoc[] }[]

/**
 * Across a collection (latest drafts included): per locale, how many documents
 * miss a translation, and the first `keep` of them with the fields they miss.
 * One query with only the localized fields, not one per document.
 */
export async function translationGaps(payload: Payload, collection: CollectionSlug, keep: number): Promise<TranslationGaps> {
  const fields = localizedFields(payload, collection)
  const titleField = payload.collections[collection].config.admin.useAsTitle ?? 'id'
  const select = Object.fromEntries([...fields, titleField].map((name) => [name, true]))
  const { docs } = await payload.find({ collection, locale: 'all', depth: 0, draft: true, overrideAccess: true, pagination: false, sort: 'id', select })
  const gaps = LOCALE_CODES.map((locale) => ({ locale, count: 0, first: [] as UntranslatedDoc[] }))
  for (const doc of docs.map((found): Record<string, unknown> => ({ ...found }))) {
    const missing = gapsOf(doc, fields)
    const title = doc[titleField]
    const name = String((typeof title === 'object' && title !== null ? (title as Record<string, unknown>)[DEFAULT_LOCALE] : title) ?? doc.id)
    for (const gap of gaps) {
      const names = missing[gap.locale]
      if (!names) continue
      gap.count += 1
      if (gap.first.length < keep) gap.first.push({ id: doc.id as number, title: name, fields: names })
    }
  }
  return gaps.filter((gap) => gap.count > 0)
}
