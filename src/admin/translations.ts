import type { CollectionSlug, Payload } from 'payload'
import { flattenTopLevelFields } from 'payload/shared'

import { DEFAULT_LOCALE, LOCALE_CODES, type Locale } from '@/i18n/locales'

export type MissingTranslations = Partial<Record<Locale, string[]>>

const isEmpty = (value: unknown) =>
  value === null ||
  value === undefined ||
  (typeof value === 'string' && value.trim() === '') ||
  (typeof value === 'object' && 'root' in value && JSON.stringify(value).indexOf('"text":"') === -1)

/**
 * Which localized fields need a translation, marked in the collection's
 * config with `custom: { translate }`: `true` for every document, or
 * 'public-role' for a person's texts only when the person has a film credit
 * or a guest appearance (an audience member quoted once needs no bio in
 * three languages). Unmarked localized fields (a character name, a box-office
 * note) never count as missing.
 */
export type TranslateRule = true | 'public-role'

type Marked = { name: string; rule: TranslateRule }

function markedFields(payload: Payload, collection: CollectionSlug): Marked[] {
  return flattenTopLevelFields(payload.collections[collection].config.fields).flatMap((field) => {
    const rule = ('custom' in field ? (field.custom as { translate?: TranslateRule } | undefined) : undefined)
      ?.translate
    return 'name' in field && 'localized' in field && field.localized === true && rule
      ? [{ name: field.name, rule }]
      : []
  })
}

/** The people with a public role: credited in a film or appearing as a guest at a screening. */
async function peopleWithPublicRole(payload: Payload): Promise<Set<number>> {
  const read = { depth: 0, draft: true, overrideAccess: true, pagination: false } as const
  const [films, screenings] = await Promise.all([
    payload.find({
      ...read,
      collection: 'films',
      where: { 'credits.person': { exists: true } },
      select: { credits: true },
    }),
    payload.find({ ...read, collection: 'screenings', where: { guests: { exists: true } }, select: { guests: true } }),
  ])
  const ids = [
    ...films.docs.flatMap((film) => (film.credits ?? []).map((credit) => credit.person)),
    ...screenings.docs.flatMap((screening) => screening.guests ?? []),
  ]
  return new Set(ids.map((id) => (typeof id === 'object' ? id.id : id)))
}

/** The fields a document must have in every language, given the rules. */
async function fieldsFor(
  payload: Payload,
  collection: CollectionSlug,
): Promise<{ names: string[]; needed: (doc: Record<string, unknown>) => string[] }> {
  const marked = markedFields(payload, collection)
  const publicRole = marked.some((field) => field.rule === 'public-role')
    ? await peopleWithPublicRole(payload)
    : new Set<number>()
  return {
    names: marked.map((field) => field.name),
    needed: (doc) =>
      marked.filter((field) => field.rule === true || publicRole.has(doc.id as number)).map((field) => field.name),
  }
}

/** For each locale, the fields of `doc` (read with locale: 'all') that have no value in it. */
function gapsOf(doc: Record<string, unknown>, fields: string[]): MissingTranslations {
  const missing: MissingTranslations = {}
  for (const locale of LOCALE_CODES) {
    const names = fields.filter((field) =>
      isEmpty((doc[field] as Record<string, unknown> | null | undefined)?.[locale]),
    )
    if (names.length) missing[locale] = names
  }
  return missing
}

/** For each locale, the fields needing translation of a document that have no value in it. */
export async function missingTranslations(
  payload: Payload,
  collection: CollectionSlug,
  id: number | string,
): Promise<MissingTranslations> {
  const [doc, fields] = await Promise.all([
    payload.findByID({
      collection,
      id,
      locale: 'all',
      depth: 0,
      draft: true,
      overrideAccess: true,
      disableErrors: true,
    }) as Promise<Record<string, unknown> | null>,
    fieldsFor(payload, collection),
  ])
  return doc ? gapsOf(doc, fields.needed(doc)) : {}
}

export type UntranslatedDoc = { id: number | string; title: string; fields: string[] }
export type TranslationGaps = { locale: Locale; count: number; first: UntranslatedDoc[] }[]

/**
 * Across a collection (latest drafts included): per locale, how many documents
 * miss a needed translation, and the first `keep` of them with the fields they miss.
 * One query with only the localized fields, not one per document.
 */
export async function translationGaps(
  payload: Payload,
  collection: CollectionSlug,
  keep: number,
): Promise<TranslationGaps> {
  const fields = await fieldsFor(payload, collection)
  const titleField = payload.collections[collection].config.admin.useAsTitle ?? 'id'
  const select = Object.fromEntries([...fields.names, titleField].map((name) => [name, true]))
  const { docs } = await payload.find({
    collection,
    locale: 'all',
    depth: 0,
    draft: true,
    overrideAccess: true,
    pagination: false,
    sort: 'id',
    select,
  })
  const gaps = LOCALE_CODES.map((locale) => ({ locale, count: 0, first: [] as UntranslatedDoc[] }))
  for (const doc of docs.map((found): Record<string, unknown> => ({ ...found }))) {
    const missing = gapsOf(doc, fields.needed(doc))
    const title = doc[titleField]
    const name = String(
      (typeof title === 'object' && title !== null ? (title as Record<string, unknown>)[DEFAULT_LOCALE] : title) ??
        doc.id,
    )
    for (const gap of gaps) {
      const names = missing[gap.locale]
      if (!names) continue
      gap.count += 1
      if (gap.first.length < keep) gap.first.push({ id: doc.id as number, title: name, fields: names })
    }
  }
  return gaps.filter((gap) => gap.count > 0)
}
