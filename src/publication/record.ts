import crypto from 'node:crypto'

import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionSlug,
  GlobalAfterChangeHook,
  PayloadRequest,
  RequestContext,
} from 'payload'

import { changedTags, tag, tagsOf } from '@/data/tags'

import { afterCommit } from './afterCommit'
import { emit } from './bus'
import type { PublicationChange, PublicationEvent } from './events'
import { pathsOf } from './nextCache'
import { scopeOf } from './scope'

type Doc = Record<string, unknown> & { id?: number | string }

const BEFORE = 'publicationBefore'

/** Public: a document readers can see (collections without drafts, such as media, always). */
const isPublic = (doc: Doc | null | undefined): doc is Doc =>
  doc?.id !== undefined && (doc._status === undefined || doc._status === 'published')

const before = (context: RequestContext) =>
  (context[BEFORE] ??= new Map<string, Doc | null>()) as Map<string, Doc | null>

/** The document as stored for readers (its published version, or its unpublished state), not the newest draft. */
const storedVersion = (req: PayloadRequest, collection: CollectionSlug, id: number | string) =>
  req.payload.findByID({
    collection,
    id,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
  }) as Promise<Doc | null>

/**
 * beforeChange: keeps what readers saw before this write. The hooks' own
 * `previousDoc` is the newest version, a draft when one is pending, which
 * says nothing of what was public.
 */
export const rememberPublicVersion: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation === 'update' && originalDoc?.id !== undefined && !req.context.disableRevalidate) {
    before(req.context).set(
      `${collection.slug}:${originalDoc.id}`,
      await storedVersion(req, collection.slug, originalDoc.id),
    )
  }
  return data
}

function announce(
  req: PayloadRequest,
  change: PublicationChange,
  collection: string,
  doc: Doc,
  tags: string[],
): Promise<void> {
  const event: PublicationEvent = {
    id: crypto.randomUUID(),
    change,
    collection,
    docId: doc.id,
    ...(typeof doc.slug === 'string' ? { slug: doc.slug } : {}),
    tags,
    at: new Date().toISOString(),
  }
  const { context } = req
  const scope = scopeOf(req)
  return afterCommit(req, async () => {
    // A caller that wants to know what a write expired passes `context.expiredTags: []` (and
    // `expiredPaths: []`), filled once committed. Nested Local API calls copy the context object but keep the arrays.
    if (Array.isArray(context.expiredTags)) context.expiredTags.push(...tags)
    if (Array.isArray(context.expiredPaths)) context.expiredPaths.push(...pathsOf(event))
    await emit(event, req.payload, scope)
  })
}

const changeOf = (was: boolean, is: boolean): PublicationChange | null =>
  was ? (is ? 'update' : 'unpublish') : is ? 'publish' : null

/**
 * afterChange: a write that changes what readers see becomes one event
 * (publish, update, unpublish), emitted after the transaction commits. A
 * draft save changes nothing public: the published version stays stored as
 * it was, and no event is emitted.
 */
export const recordChange: CollectionAfterChangeHook = async ({ collection, doc, operation, req }) => {
  if (req.context.disableRevalidate) return doc
  const key = `${collection.slug}:${doc.id}`
  const was = operation === 'update' ? (before(req.context).get(key) ?? null) : null
  before(req.context).delete(key)
  // A saved version that is not published is either a draft saved over what is public (no change) or an unpublish.
  const now: Doc | null = isPublic(doc)
    ? doc
    : isPublic(was) && isPublic(await storedVersion(req, collection.slug, doc.id))
      ? was
      : null
  const change = changeOf(isPublic(was), isPublic(now))
  if (!change || (change === 'update' && now === was)) return doc
  await announce(req, change, collection.slug, (now ?? was) as Doc, changedTags(collection.slug, now, was))
  return doc
}

/** afterDelete: deleting a public document is an event; deleting a draft nobody saw is not. */
export const recordDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  if (!req.context.disableRevalidate && isPublic(doc))
    await announce(req, 'delete', collection.slug, doc, tagsOf(collection.slug, doc))
  return doc
}

/** The site settings have no drafts: every save is an update of what every page shows. */
export const recordSiteChange: GlobalAfterChangeHook = async ({ doc, req }) => {
  if (!req.context.disableRevalidate) await announce(req, 'update', 'site', doc as Doc, [tag.collection('site')])
  return doc
}

/** The hooks of a collection whose documents readers see. */
export const publicationHooks = {
  beforeChange: [rememberPublicVersion],
  afterChange: [recordChange],
  afterDelete: [recordDelete],
}
