import type { CollectionSlug, Payload } from 'payload'
import { flattenTopLevelFields } from 'payload/shared'

import { LOCALE_CODES, type Locale } from '@/i18n/locales'

export type MissingTranslations = Partial<Record<Locale, string[]>>

const isEmpty = (value: unknown) =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '') || (typeof value === 'object' && 'root' in value && JSON.stringify(value).indexOf('"text":"') === -1)

/** For each locale, the top-level localized fields of a document that have no value in it. */
export async function missingTranslations(payload: Payload, collection: CollectionSlug, id: number | string): Promise<MissingTranslations> {
  const fields = flattenTopLevelFields(payload.collections[collection].config.fields).filter(
    (field): field is typeof field & { name: string } => 'name' in field && 'localized' in field && field.localized === true && !field.admin?.hidden,
  )
  const doc = (await payload.findByID({ collection, id, locale: 'all', depth: 0, draft: true, overrideAccess: true, disableErrors: true })) as Record<string, unknown> | null
  if (!doc) return {}
  const missing: MissingTranslations = {}
  for (const locale of LOCALE_CODES) {
    const names = fields.filter((field) => isEmpty((doc[field.name] as Record<string, unknown> | null | undefined)?.[locale])).map((field) => field.name)
    if (names.length) missing[locale] = names
  }
  return missing
}
