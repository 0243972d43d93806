import type { CollectionConfig } from 'payload'

import { contentAccess } from '@/access/content'
import { readerLimits } from '@/access/readerLimits'
import { publicationHooks } from '@/publication/record'

/**
 * What every collection an editor publishes shares: published-only reads for
 * everyone but staff, drafts with autosave, and version history.
 */
export const editorial = {
  access: contentAccess,
  versions: {
    // Scheduled publish/unpublish runs through Payload's jobs queue (see jobs in payload.config.ts).
    drafts: { autosave: { interval: 1500 }, schedulePublish: true },
    maxPerDoc: 50,
  },
} satisfies Partial<CollectionConfig>

export const editorialHooks = {
  beforeOperation: [readerLimits],
  // A change readers see becomes a publication event (src/publication/), which refreshes every output.
  ...publicationHooks,
} satisfies CollectionConfig['hooks']
