import type { CollectionConfig } from 'payload'

/** Drafts, autosave and version history for every collection an editor publishes. */
export const draftVersions: CollectionConfig['versions'] = {
  drafts: { autosave: { interval: 1500 } },
  maxPerDoc: 50,
}
