import type { CollectionConfig } from 'payload'

import { contentAccess } from '@/access/content'
import { readerLimits } from '@/access/readerLimits'
import { revalidateOnChange, revalidateOnDelete } from '@/data/revalidate'
import { purgeEdgeOnChange, purgeEdgeOnDelete } from '@/edge/trigger'

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
  // Pages are refreshed from the tags a change touches (src/data/tags.ts), then purged from the caches in front.
  afterChange: [revalidateOnChange, purgeEdgeOnChange],
  afterDelete: [revalidateOnDelete, purgeEdgeOnDelete],
} satisfies CollectionConfig['hooks']
