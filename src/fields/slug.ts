import type { Field, FieldHook } from 'payload'
import { slugField as payloadSlugField } from 'payload'

import { toSlug } from '@/lib/slug'

/** Keeps the slugs a document had before, so links to its old URL redirect to the new one. */
const rememberPreviousSlug: FieldHook = ({ data, originalDoc, value }) => {
  const previous: string[] = Array.isArray(value) ? value : (originalDoc?.previousSlugs ?? [])
  const old = originalDoc?.slug
  const current = data?.slug
  if (!old || !current || old === current) return previous
  return [...new Set([...previous, old])].filter((slug) => slug !== current)
}

/**
 * Payload's slug field (unique, indexed, generated until the editor takes it
 * over, stable once published) with Vietnamese-aware slugification, and the
 * history of earlier slugs.
 */
export const slugFields = (useAsSlug: string): Field[] => [
  payloadSlugField({
    useAsSlug,
    slugify: ({ valueToSlugify }) => (typeof valueToSlugify === 'string' ? toSlug(valueToSlugify) : undefined),
    position: 'sidebar',
  }),
  {
    name: 'previousSlugs',
    type: 'text',
    hasMany: true,
    index: true,
    hooks: { beforeChange: [rememberPreviousSlug] },
    admin: { position: 'sidebar', readOnly: true, description: 'Earlier URLs of this page; they redirect here.' },
  },
]
