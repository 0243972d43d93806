// src/publication/events.ts
import type { Payload } from 'payload'
export type PublicationChange = 'publish' | 'unpublish' | 'update' | 'delete' // update: a published document changed
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
