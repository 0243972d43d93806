import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionSlug, GlobalAfterChangeHook, RequestContext } from 'payload'

import { documentPaths } from '@/i18n/routes'

import { expireNow } from './expiry'
import { revalidateThroughServer } from './selfRevalidate'
import { changedTags, tag } from './tags'

type Doc = Record<string, unknown> | null | undefined

/**
 * When to expire again: after a cold render of the heaviest page (about 1 s,
 * bench/results.md), and after one slowed by load (a home render begun just
 * before a write was seen to outlive the first repeat).
 */
export const REPEAT_AFTER_MS = [2_000, 6_000]

// A create's previous version is Payload's empty object: no document, so not a published one.
const isPublished = (doc: Doc) => doc?.id !== undefined && (doc._status === undefined || doc._status === 'published')

const outsideRequest = (error: unknown) => error instanceof Error && /static generation store missing|outside a request scope/i.test(error.message)
// Payload's admin can write while rendering a page (e.g. an autosaved draft), where Next forbids revalidateTag.
const duringRender = (error: unknown) => error instanceof Error && /during render/i.test(error.message)

/**
 * Expires every cache entry (data and pages) tagged with `tags`. Outside a
 * Next server (seed, migrations, tests) there is no cache to expire; inside
 * it but where Next forbids it (the scheduled-publishing job, outside any
 * request; a write during a page render), the server is asked to do it over
 * loopback.
 */
export function expire(tags: string[], context: RequestContext, paths: string[] = []): void {
  if (context.disableRevalidate || tags.length === 0) return
  // A caller that wants to know what a write expired passes `context.expiredTags: []`
  // (and `expiredPaths: []`). Nested Local API calls copy the context object but keep the arrays.
  if (Array.isArray(context.expiredTags)) context.expiredTags.push(...tags)
  if (Array.isArray(context.expiredPaths)) context.expiredPaths.push(...paths)
  try {
    expireNow(tags, paths)
  } catch (error) {
    if (!outsideRequest(error) && !duringRender(error)) throw error
    if (process.env.NEXT_RUNTIME) revalidateThroughServer(tags, paths)
  }
  // A render that read the old rows just before this write can finish after
  // the expiry above and store them as fresh (a polled 404 outliving a
  // publication was seen in CI): expire once more when such renders are done.
  if (!process.env.NEXT_RUNTIME) return
  for (const ms of REPEAT_AFTER_MS) setTimeout(() => revalidateThroughServer(tags, paths), ms).unref()
}

/** What a change makes stale: nothing while both versions are drafts nobody outside the team can see. */
export function staleTags(collection: CollectionSlug, doc: Doc, previousDoc: Doc): string[] {
  if (!isPublished(doc) && !isPublished(previousDoc)) return []
  return changedTags(collection, doc, previousDoc)
}

export const revalidateOnChange: CollectionAfterChangeHook = ({ collection, doc, previousDoc, req }) => {
  const tags = staleTags(collection.slug, doc, previousDoc)
  expire(tags, req.context, tags.length ? [...new Set([...documentPaths(collection.slug, previousDoc), ...documentPaths(collection.slug, doc)])] : [])
  return doc
}

export const revalidateOnDelete: CollectionAfterDeleteHook = ({ collection, doc, req }) => {
  const tags = staleTags(collection.slug, doc, doc)
  expire(tags, req.context, tags.length ? documentPaths(collection.slug, doc) : [])
  return doc
}

export const revalidateSite: GlobalAfterChangeHook = ({ doc, req }) => {
  expire([tag.collection('site')], req.context)
  return doc
}
