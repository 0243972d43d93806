import { slugField as payloadSlugField } from 'payload'

import { toSlug } from '@/lib/slug'

/**
 * Payload's slug field (unique, indexed, generated until the editor takes it
 * over, stable once published) with Vietnamese-aware slugification.
 */
export const slugField = (useAsSlug: string) =>
  payloadSlugField({
    useAsSlug,
    slugify: ({ valueToSlugify }) => (typeof valueToSlugify === 'string' ? toSlug(valueToSlugify) : undefined),
    position: 'sidebar',
  })
