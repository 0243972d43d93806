/**
 * TEMPORARY: until the publication pipeline (src/publication/) emits its
 * events, these hooks build the same event from a write and hand it to the
 * edge's subscriber. When the pipeline lands, its subscriber registry lists
 * `purgeEdgeOnPublication` (src/edge/purge.ts) and this file goes.
 */
import crypto from 'node:crypto'

import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, PayloadRequest } from 'payload'

import { staleTags } from '@/data/revalidate'
import { tag } from '@/data/tags'
import type { PublicationChange, PublicationEvent } from '@/publication/events'

import { purgeEdgeOnPublication } from './purge'

type Doc = Record<string, unknown> | null | undefined

const published = (doc: Doc) => doc?.id !== undefined && (doc._status === undefined || doc._status === 'published')

function changeOf(doc: Doc, previous: Doc): PublicationChange {
  if (published(doc)) return published(previous) ? 'update' : 'publish'
  return 'unpublish'
}

const COMMIT_WAIT_MS = 10_000

/**
 * Resolves once the write's transaction has ended: hooks run inside it, and a
 * cache refetching a purged page before the commit would store the old rows
 * for a whole TTL. Payload deletes `req.transactionID` when it commits or
 * rolls back (payload/dist/utilities/commitTransaction.js).
 */
async function transactionEnded(req: PayloadRequest): Promise<void> {
  const deadline = Date.now() + COMMIT_WAIT_MS
  while (req.transactionID && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10))
}

function emit(req: PayloadRequest, event: Omit<PublicationEvent, 'id' | 'at'>): void {
  // The seed and migrations write without revalidating (src/data/revalidate.ts): nothing to purge either.
  if (req.context.disableRevalidate || event.tags.length === 0) return
  const at = new Date().toISOString()
  void transactionEnded(req).then(() => purgeEdgeOnPublication({ ...event, id: crypto.randomUUID(), at }, req.payload))
}

const slugOf = (doc: Doc) => (typeof doc?.slug === 'string' ? doc.slug : undefined)

export const purgeEdgeOnChange: CollectionAfterChangeHook = ({ collection, doc, previousDoc, req }) => {
  const tags = staleTags(collection.slug, doc, previousDoc)
  emit(req, { change: changeOf(doc, previousDoc), collection: collection.slug, docId: doc.id, slug: slugOf(doc), tags })
  return doc
}

export const purgeEdgeOnDelete: CollectionAfterDeleteHook = ({ collection, doc, req }) => {
  emit(req, { change: 'delete', collection: collection.slug, docId: doc.id, slug: slugOf(doc), tags: staleTags(collection.slug, doc, doc) })
  return doc
}

export const purgeEdgeOnSiteChange: GlobalAfterChangeHook = ({ doc, req }) => {
  emit(req, { change: 'update', collection: 'site', tags: [tag.collection('site')] })
  return doc
}
