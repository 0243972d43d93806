import type { Field, FieldHook } from 'payload'
import { slugField as payloadSlugField } from 'payload'
import { text } from 'payload/shared'

import { afterBuiltIn } from '@/fields/validators'

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
export const slugFields = (useAsSlug: string, { validate }: { validate?: (value: null | string | undefined) => string | true } = {}): Field[] => [
  payloadSlugField({
    useAsSlug,
    slugify: ({ valueToSlugify }) => (typeof valueToSlugify === 'string' ? toSlug(valueToSlugify) : undefined),
    position: 'sidebar',
    // A collection's own rule for its slugs (e.g. pages: not a route of the site), after the built-in checks.
    overrides: validate
      ? (row) => ({ ...row, fields: row.fields.map((field) => ('name' in field && field.name === 'slug' && field.type === 'text' ? { ...field, validate: afterBuiltIn(text, validate) } : field)) })
      : undefined,
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
