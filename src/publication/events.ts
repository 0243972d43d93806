import type { Payload } from 'payload'

/** update: a published document changed (and stays published), a rename included. */
export type PublicationChange = 'publish' | 'unpublish' | 'update' | 'delete'

/** One change of what the public sees, after the write committed. */
export type PublicationEvent = {
  id: string // unique (uuid)
  change: PublicationChange
  collection: string // collection slug, or 'site' for the Site global
  docId?: number | string
  slug?: string
  tags: string[] // cache tags, src/data/tags.ts vocabulary
  at: string // ISO time
}

export type PublicationSubscriber = (event: PublicationEvent, payload: Payload) => Promise<void> | void
