import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  CollectionSlug,
  GlobalAfterChangeHook,
  GlobalSlug,
  PayloadRequest,
  SanitizedConfig,
  SanitizedGlobalConfig,
  Where,
} from 'payload'

import { DEFAULT_LOCALE } from '@/i18n/locales'
import { nestedReq } from '@/lib/nestedReq'

import { holdsMedia, mediaIdsIn, mediaUser, type MediaUser } from './references'

/**
 * Keeps `media.usedByPublished` equal to "some published document uses this
 * file", which the media read access relies on (../access.ts).
 *
 * Why a stored flag rather than an access query: Payload checks read access
 * on every image request and on every populated upload field, and a query
 * reaching across every collection and into rich text on each of those would
 * cost far more than an indexed boolean; usage changes only when a document's
 * published version changes, which is rare and already a write.
 *
 * How: before a write, the document's current published row (all locales) is
 * read; after it, again. Media it now uses are flagged; media it no longer
 * uses are checked against every other published document and unflagged when
 * nobody uses them. A draft save leaves the published row as it was, so it
 * changes nothing. Concurrent publishes are serialized by a transaction-level
 * advisory lock, so one never unflags what another has just started using.
 */

// Any fixed 64-bit number, distinct from the job runner's and the migrations' locks.
const MEDIA_USE_LOCK = 7_420_251_202

type Snapshot = { published: boolean; ids: Set<number> }
type Id = number | string

const published: Where = { _status: { equals: 'published' } }
const selectOf = (user: MediaUser) => (user.hasDrafts ? { ...user.select, _status: true } : user.select) as never
const slugOf = (user: MediaUser) => user.slug as CollectionSlug

/** The document's row as readers get it (the published version, or nothing published), with the media it holds. */
async function snapshot(user: MediaUser, id: Id, req: PayloadRequest): Promise<Snapshot | null> {
  const doc = await req.payload.findByID({
    collection: slugOf(user),
    id,
    draft: false,
    locale: 'all',
    depth: 0,
    select: selectOf(user),
    overrideAccess: true,
    disableErrors: true,
    req: nestedReq(req),
  })
  if (!doc) return null
  return { published: !user.hasDrafts || (doc as { _status?: unknown })._status === 'published', ids: user.idsIn(doc) }
}

/** Globals that hold media: they have no drafts, so what they hold is always shown (the site's logo, its icons). */
type GlobalUser = { slug: GlobalSlug; idsIn: (doc: unknown) => Set<number> }
const globalUser = (global: SanitizedGlobalConfig): GlobalUser | null =>
  global.flattenedFields.some(holdsMedia)
    ? { slug: global.slug as GlobalSlug, idsIn: (doc) => mediaIdsIn(global.flattenedFields, doc) }
    : null

async function globalIds(global: GlobalUser, req: PayloadRequest): Promise<Set<number>> {
  const doc = await req.payload.findGlobal({
    slug: global.slug,
    locale: 'all',
    depth: 0,
    overrideAccess: true,
    req: nestedReq(req),
  })
  return global.idsIn(doc)
}

/** Which of `ids` some published document uses. */
async function usedByPublished(
  users: MediaUser[],
  ids: number[],
  req: PayloadRequest,
  globals: GlobalUser[],
): Promise<Set<number>> {
  const used = new Set<number>()
  for (const global of globals) for (const id of await globalIds(global, req)) if (ids.includes(id)) used.add(id)
  for (const user of users) {
    const where = user.hasDrafts ? { and: [published, user.whereUses(ids)] } : user.whereUses(ids)
    const { docs } = await req.payload.find({
      collection: slugOf(user),
      where,
      draft: false,
      locale: 'all',
      depth: 0,
      select: selectOf(user),
      pagination: false,
      overrideAccess: true,
      req: nestedReq(req),
    })
    for (const doc of docs) for (const id of user.idsIn(doc)) if (ids.includes(id)) used.add(id)
  }
  return used
}

/** Sets the flag where it differs, through the Local API so media's own hooks expire what showed (or hid) the file. */
async function flag(where: Where, value: boolean, req: PayloadRequest): Promise<void> {
  const differs: Where = value
    ? { or: [{ usedByPublished: { equals: false } }, { usedByPublished: { exists: false } }] }
    : { usedByPublished: { equals: true } }
  // In the default locale, where a file's required alt text always is (the write being hooked may be in another).
  // Not as a restore: when the hooked write restores a version, Payload's flag for it (in the shared context)
  // stops fields this write leaves out from being filled from the stored file, which then fail as required.
  const { errors } = await req.payload.update({
    collection: 'media',
    where: { and: [where, differs] },
    data: { usedByPublished: value },
    locale: DEFAULT_LOCALE,
    depth: 0,
    overrideAccess: true,
    context: { isRestoringVersion: false },
    req: nestedReq(req),
  })
  if (errors.length)
    throw new Error(
      `Media visibility not updated: ${errors.map(({ id, message }) => `media ${id}: ${message}`).join('; ')}`,
    )
}

async function lock(req: PayloadRequest): Promise<void> {
  const adapter = req.payload.db as unknown as PostgresAdapter
  const session = req.transactionID ? adapter.sessions[await req.transactionID] : undefined
  await (session?.db ?? adapter.drizzle).execute(sql`SELECT pg_advisory_xact_lock(${MEDIA_USE_LOCK})`)
}

async function apply(
  users: MediaUser[],
  globals: GlobalUser[],
  before: Snapshot | null | undefined,
  after: Snapshot | null,
  req: PayloadRequest,
): Promise<void> {
  const was = before?.published ? before.ids : new Set<number>()
  const now = after?.published ? after.ids : new Set<number>()
  const gained = [...now].filter((id) => !was.has(id))
  const lost = [...was].filter((id) => !now.has(id))
  if (gained.length === 0 && lost.length === 0) return
  await lock(req)
  if (gained.length) await flag({ id: { in: gained } }, true, req)
  if (lost.length === 0) return
  const stillUsed = await usedByPublished(users, lost, req, globals)
  const unused = lost.filter((id) => !stillUsed.has(id))
  if (unused.length) await flag({ id: { in: unused } }, false, req)
}

function hooksFor(user: MediaUser, users: MediaUser[], globals: GlobalUser[]) {
  // The published row before a write, per document, kept in the request's context (as src/publication/record.ts
  // keeps its own): a version restore runs the beforeChange hooks with a proxy of the request, which shares the context.
  const key = `mediaUse:${user.slug}`
  const pendingOf = (req: PayloadRequest) =>
    (req.context[key] ??= new Map<string, Snapshot | null>()) as Map<string, Snapshot | null>
  const remember = (req: PayloadRequest, id: Id, state: Snapshot | null) => void pendingOf(req).set(String(id), state)
  const recall = (req: PayloadRequest, id: Id) => {
    const state = pendingOf(req).get(String(id))
    pendingOf(req).delete(String(id))
    return state
  }
  const beforeChange: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
    if (operation === 'update' && originalDoc?.id !== undefined)
      remember(req, originalDoc.id, await snapshot(user, originalDoc.id, req))
    return data
  }
  const afterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
    await apply(users, globals, recall(req, doc.id), await snapshot(user, doc.id, req), req)
    return doc
  }
  const beforeDelete: CollectionBeforeDeleteHook = async ({ id, req }) =>
    remember(req, id, await snapshot(user, id, req))
  const afterDelete: CollectionAfterDeleteHook = async ({ id, req }) =>
    apply(users, globals, recall(req, id), null, req)
  return { beforeChange, afterChange, beforeDelete, afterDelete }
}

/**
 * Installs the bookkeeping on every collection whose config can hold media
 * (upload and relationship fields to media, rich text), found in the sanitized
 * config so that fields added later are covered without a list to keep.
 */
export function mediaFollowsUse(config: SanitizedConfig): SanitizedConfig {
  const globals = config.globals.flatMap((global) => globalUser(global) ?? [])
  const users = config.collections.flatMap((collection) => mediaUser(collection) ?? [])
  for (const global of config.globals) {
    const user = globals.find(({ slug }) => slug === global.slug)
    if (!user) continue
    // A global's previous row comes with the hook; no drafts, so both rows are what readers got.
    const afterChange: GlobalAfterChangeHook = async ({ doc, previousDoc, req }) => {
      await apply(
        users,
        globals,
        { published: true, ids: user.idsIn(previousDoc) },
        { published: true, ids: user.idsIn(doc) },
        req,
      )
      return doc
    }
    global.hooks.afterChange = [...(global.hooks.afterChange ?? []), afterChange]
  }
  for (const collection of config.collections) {
    const user = users.find(({ slug }) => slug === collection.slug)
    if (!user) continue
    const hooks = hooksFor(user, users, globals)
    collection.hooks.beforeChange = [...(collection.hooks.beforeChange ?? []), hooks.beforeChange]
    collection.hooks.afterChange = [...(collection.hooks.afterChange ?? []), hooks.afterChange]
    collection.hooks.beforeDelete = [...(collection.hooks.beforeDelete ?? []), hooks.beforeDelete]
    collection.hooks.afterDelete = [...(collection.hooks.afterDelete ?? []), hooks.afterDelete]
  }
  return config
}
