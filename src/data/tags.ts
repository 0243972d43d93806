/**
 * The cache-tag vocabulary. Data-access functions declare the tags of what
 * they read; collection hooks compute, from the changed document itself,
 * which of these tags it touches. Both sides use the functions below, so a
 * page is refreshed exactly when something it showed has changed.
 */
import type { CollectionSlug } from 'payload'

import { idOf } from '@/lib/relations'

type Id = number | string

export const tag = {
  /** Any change in a collection: lists and pages that query it as a whole. */
  collection: (collection: CollectionSlug | 'site') => collection,
  /** One document, by id (used when the id is known before reading). */
  doc: (collection: CollectionSlug, id: Id) => `${collection}:${id}`,
  /** One document, by slug (used when a page starts from a URL). */
  slug: (collection: CollectionSlug, slug: string) => `${collection}:slug:${slug}`,
  /** Documents of `collection` that point at `target` (e.g. screenings of a film). */
  pointingAt: (collection: CollectionSlug, field: string, target: Id) => `${collection}:${field}:${target}`,
}

type Doc = Record<string, unknown>

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : [])
const field = (name: string) => (row: unknown) =>
  typeof row === 'object' && row !== null ? (row as Doc)[name] : undefined

/** Relationship fields whose targets a change must notify, per collection. */
const POINTERS: Partial<Record<CollectionSlug, Record<string, (doc: Doc) => unknown[]>>> = {
  screenings: {
    film: (doc) => [doc.film],
    edition: (doc) => [doc.edition],
    venue: (doc) => [doc.venue],
    guests: (doc) => list(doc.guests),
  },
  quotes: {
    film: (doc) => [doc.film],
    edition: (doc) => [doc.edition],
    speaker: (doc) => [doc.speaker],
  },
  films: {
    person: (doc) => list(doc.credits).map(field('person')),
    edition: (doc) => list(doc.programme).map(field('edition')),
  },
}

/** Every tag a version of a document is visible under. */
export function tagsOf(collection: CollectionSlug, document: object | null | undefined): string[] {
  if (!document) return []
  const doc = document as Doc
  const tags: string[] = [tag.collection(collection)]
  if (doc.id !== undefined) tags.push(tag.doc(collection, doc.id as Id))
  for (const slug of [doc.slug, ...list(doc.previousSlugs)])
    if (typeof slug === 'string' && slug) tags.push(tag.slug(collection, slug))
  for (const [pointer, targetsOf] of Object.entries(POINTERS[collection] ?? {})) {
    for (const target of targetsOf(doc)) {
      const id = idOf(target)
      if (id !== undefined) tags.push(tag.pointingAt(collection, pointer, id))
    }
  }
  return tags
}

/** Tags to invalidate when a document changes: those of its old and its new version. */
export function changedTags(
  collection: CollectionSlug,
  doc: object | null | undefined,
  previous?: object | null,
): string[] {
  return [...new Set([...tagsOf(collection, previous), ...tagsOf(collection, doc)])]
}

/** The slugs that slug tags of `collection` among `tags` name (the inverse of tag.slug). */
export function slugsOf(collection: string, tags: readonly string[]): string[] {
  const prefix = `${collection}:slug:`
  return tags.filter((name) => name.startsWith(prefix)).map((name) => name.slice(prefix.length))
}
