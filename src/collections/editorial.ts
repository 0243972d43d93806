import type { CollectionConfig } from 'payload'

import { contentAccess } from '@/access/content'
import { readerLimits } from '@/access/readerLimits'
import { publicationHooks } from '@/publication/record'

/**
 * What every collection an editor publishes shares: published-only reads for
 * everyone but staff, drafts with autosave, and version history.
 *
 * Drafts are validated like published documents (`validate: true`): an
 * autosave that breaks a rule (an overlap, a room the venue lacks, a missing
 * film) is refused with the field's message instead of being stored, and the
 * admin's form keeps validating after it, so the message stays on its field.
 * It also stops Payload's create view from storing an empty draft the moment
 * it opens: a new document is first saved by the editor ("Save draft" or
 * "Publish"); autosave takes over from there.
 */
export const editorial = {
  access: contentAccess,
  versions: {
    // Scheduled publish/unpublish runs through Payload's jobs queue (see jobs in payload.config.ts).
    drafts: { autosave: { interval: 1500 }, validate: true, schedulePublish: true },
    maxPerDoc: 50,
  },
} satisfies Partial<CollectionConfig>

export const editorialHooks = {
  beforeOperation: [readerLimits],
  // A change readers see becomes a publication event (src/publication/), which refreshes every output.
  ...publicationHooks,
} satisfies CollectionConfig['hooks']
