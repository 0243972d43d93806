/**
 * TEMPORARY adapter, until the publication module (src/publication/) emits
 * its events: turns writes of the published collections into
 * PublicationEvents for the webhook subscriber. To be replaced by one line in
 * that module's subscriber registry; nothing else should import this file.
 */
import crypto from 'node:crypto'

import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook, CollectionConfig, CollectionSlug, PayloadRequest } from 'payload'

import { changedTags } from '@/data/tags'
import { nestedReq } from '@/lib/nestedReq'
import type { PublicationChange, PublicationEvent } from '@/publication/events'

import { deliverToWebhooks } from './subscriber'

type Doc = Record<string, unknown> | null | undefined

// Whether the public row (the main table) was published before each write, per request and document.
const wasPublished = new WeakMap<PayloadRequest, Map<string, boolean>>()

async function publicRowPublished(collection: CollectionSlug, id: number | string, req: PayloadRequest): Promise<boolean> {
  const row = await req.payload.findByID({ collection, id, draft: false, depth: 0, select: { _status: true } as never, overrideAccess: true, disableErrors: true, req: nestedReq(req) })
  return (row as Doc)?._status === 'published'
}

/** Runs once the write's transaction has ended: a receiver that fetches at once must see the change. */
function afterTransaction(req: PayloadRequest, run: () => Promise<void>): void {
  const started = Date.now()
  const poll = (): void => {
    if (req.transactionID && Date.now() - started < 30_000) {
      setTimeout(poll, 5)
      return
    }
    run().catch((error: unknown) => req.payload.logger.error({ msg: 'Webhook event not queued', err: error }))
  }
  setTimeout(poll, 0)
}

// Tags of the public row only: the previous version may be a draft, whose slug or edition must not decide anything.
function emit(req: PayloadRequest, change: PublicationChange, collection: CollectionSlug, doc: Doc): void {
  const slug = typeof doc?.slug === 'string' ? doc.slug : undefined
  const event: PublicationEvent = { id: crypto.randomUUID(), change, collection, docId: doc?.id as number | undefined, slug, tags: changedTags(collection, doc), at: new Date().toISOString() }
  const { payload } = req
  afterTransaction(req, () => Promise.resolve(deliverToWebhooks(event, payload)))
}

const beforeChange: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  if (operation === 'update' && originalDoc?.id !== undefined) {
    const states = wasPublished.get(req) ?? new Map<string, boolean>()
    wasPublished.set(req, states.set(`${collection.slug}:${originalDoc.id}`, await publicRowPublished(collection.slug, originalDoc.id, req)))
  }
  return data
}

const afterChange: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  const before = wasPublished.get(req)?.get(`${collection.slug}:${doc.id}`) ?? false
  // A draft save leaves the public row as it was: nothing public changed.
  const now = doc._status === 'published' || (doc._status === 'draft' && before ? await publicRowPublished(collection.slug, doc.id, req) : false)
  const change: PublicationChange | null = now ? (before ? (doc._status === 'published' ? 'update' : null) : 'publish') : before ? 'unpublish' : null
  // An unpublish writes the public row with its content and a draft status: `doc` still names what was public.
  if (change) emit(req, change, collection.slug, doc)
  return doc
}

const afterDelete: CollectionAfterDeleteHook = ({ collection, doc, req }) => {
  if (doc?._status === 'published') emit(req, 'delete', collection.slug, doc)
  return doc
}

/** Adds the adapter's hooks to the published collections (those with drafts). */
export function triggerWebhooks(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) =>
    typeof collection.versions === 'object' && collection.versions.drafts
      ? { ...collection, hooks: { ...collection.hooks, beforeChange: [...(collection.hooks?.beforeChange ?? []), beforeChange], afterChange: [...(collection.hooks?.afterChange ?? []), afterChange], afterDelete: [...(collection.hooks?.afterDelete ?? []), afterDelete] } }
      : collection,
  )
}
