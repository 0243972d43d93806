import type { Payload } from 'payload'

import { DEFAULT_LOCALE, type Locale } from '@/i18n/locales'
import type { User } from '@/payload-types'

/**
 * Who is reading: visitors read the published, cached view; a preview reads
 * drafts, uncached, as the logged-in staff `user` it was opened by.
 */
export type ReadContext = { locale: Locale; draft?: boolean; user?: User }

/** Local API options for a read on behalf of `ctx`. */
export function readOptions({ locale, draft = false, user }: ReadContext) {
  return {
    locale,
    fallbackLocale: DEFAULT_LOCALE,
    depth: 0,
    // Pages read what points at a document through the data layer (its own
    // cached, tagged reads), never through join fields: left on, each join
    // cost a subquery per document read.
    // Payload types `joins` as never for collections without join fields,
    // though `false` is accepted (and a no-op) for every collection.
    joins: false as never,
    draft,
    // Always through access control: visitors get published documents only,
    // a previewing editor gets drafts because their role allows it. A
    // draft-mode cookie alone (left in a browser after logging out) shows
    // nothing more than the published site.
    user: draft ? user : undefined,
    overrideAccess: false,
    // Whole lists, not the page-sized answers HTTP readers get (src/access/readerLimits.ts).
    context: { siteRead: true },
  } as const
}

export type ReadOptions = ReturnType<typeof readOptions>

let client: Promise<Payload> | undefined

export function payloadClient(): Promise<Payload> {
  client ??= (async () => {
    // Loaded on first use: the config reads the environment when imported.
    const [{ default: config }, { getPayload }] = [await import('@payload-config'), await import('payload')]
    return getPayload({ config })
  })()
  // A start while the database is away must not leave a failed client behind for good.
  client.catch(() => (client = undefined))
  return client
}
