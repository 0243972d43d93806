import type {
  CollectionSlug,
  Payload,
  SelectType,
  TransformCollectionWithSelect,
  TypedCollectionSelect,
  Where,
} from 'payload'

import type { ReadOptions } from './client'
import { defineQuery } from './query'
import { indexById } from './resolve'
import { tag } from './tags'

const MAX_DOC_TAGS = 120

type Sluggable = 'films' | 'people' | 'venues' | 'editions' | 'organisations' | 'pages' | 'posts'

// No slug holds control characters; PostgreSQL refuses a null byte in a
// query with an error, which answered a crafted URL with a 500 (found by tests/e2e/fuzz.test.ts).
const impossibleSlug = (slug: string) => slug.length > 300 || /\p{Cc}/u.test(slug)

/**
 * One published document by slug, or null. A slug it had before also finds
 * it (the page then redirects to the current URL); a current slug wins.
 */
export function bySlug<S extends Sluggable>(collection: S) {
  return defineQuery(
    `${collection}.bySlug`,
    (slug: string) => [tag.slug(collection, slug)],
    async (payload, read, slug: string) => {
      if (impossibleSlug(slug)) return null
      const where: Where = { or: [{ slug: { equals: slug } }, { previousSlugs: { equals: slug } }] }
      const { docs } = await payload.find({ collection, where, limit: 2, pagination: false, ...read })
      return docs.find((doc) => doc.slug === slug) ?? docs[0] ?? null
    },
  )
}

const idTags = (collection: CollectionSlug) => (ids: number[]) =>
  // Next keeps at most 128 tags per cached read and drops the rest silently: past that, depend on the whole collection.
  ids.length <= MAX_DOC_TAGS ? ids.map((id) => tag.doc(collection, id)) : [tag.collection(collection)]

const inOrder = <T extends { id: number }>(ids: number[], docs: T[]) => indexById(docs).list(ids)

/** Published documents by id, in the order asked for; missing or unpublished ones are left out. */
export function byIds<S extends CollectionSlug>(collection: S) {
  return defineQuery(`${collection}.byIds`, idTags(collection), async (payload, read, ids: number[]) => {
    if (ids.length === 0) return []
    const { docs } = await payload.find({
      collection,
      where: { id: { in: ids } },
      limit: ids.length,
      pagination: false,
      ...read,
    })
    return inOrder(ids, docs)
  })
}

/**
 * Like byIds, only the fields in `select`: lists show a few fields of many
 * documents, and Payload's cost is per field read.
 */
export function cardsByIds<S extends CollectionSlug, Fields extends TypedCollectionSelect[S]>(
  collection: S,
  select: Fields,
) {
  return defineQuery(`${collection}.cardsByIds`, idTags(collection), async (payload, read, ids: number[]) => {
    if (ids.length === 0) return []
    // Typed by the caller's select: inferring it here makes a union over every collection too complex for the compiler.
    const { docs } = await payload.find({
      collection,
      where: { id: { in: ids } },
      limit: ids.length,
      pagination: false,
      select: select as never,
      ...read,
    })
    return inOrder(ids, docs as unknown as (TransformCollectionWithSelect<S, Fields & SelectType> & { id: number })[])
  })
}

/** Published documents of `collection` whose `field` points at a document (screenings of a film…). */
export function pointingAt<S extends CollectionSlug>(collection: S, field: string, path: string, sort: string) {
  return defineQuery(
    `${collection}.by.${field}`,
    (id: number) => [tag.pointingAt(collection, field, id)],
    async (payload, read, id: number) => findAll(payload, read, collection, { [path]: { equals: id } }, sort),
  )
}

/**
 * Like pointingAt, only documents whose `dateField` is in [from, to) (ISO
 * instants): a day of a programme need not read the whole edition. The same
 * tag, so any change to what points at `id` expires it.
 */
export function pointingAtBetween<S extends CollectionSlug>(
  collection: S,
  field: string,
  path: string,
  dateField: string,
) {
  return defineQuery(
    `${collection}.by.${field}.between`,
    (id: number, _from: string, _to: string) => [tag.pointingAt(collection, field, id)],
    async (payload, read, id: number, from: string, to: string) =>
      findAll(
        payload,
        read,
        collection,
        {
          and: [
            { [path]: { equals: id } },
            { [dateField]: { greater_than_equal: from } },
            { [dateField]: { less_than: to } },
          ],
        },
        dateField,
      ),
  )
}

/** Every published document of a collection. */
export function all<S extends CollectionSlug>(collection: S, sort: string) {
  return defineQuery(
    `${collection}.all`,
    () => [tag.collection(collection)],
    async (payload, read) => findAll(payload, read, collection, {}, sort),
  )
}

async function findAll<S extends CollectionSlug>(
  payload: Payload,
  read: ReadOptions,
  collection: S,
  where: Where,
  sort: string,
) {
  const { docs } = await payload.find({ collection, where, sort, pagination: false, ...read })
  return docs
}
