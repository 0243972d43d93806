import type { Field, FieldHook } from 'payload'
import { slugField as payloadSlugField } from 'payload'
import { text } from 'payload/shared'

import { afterBuiltIn } from '@/fields/validators'

import { internalRead } from '@/access/internalFields'
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
export const slugFields = (
  useAsSlug: string,
  { validate }: { validate?: (value: null | string | undefined) => string | true } = {},
): Field[] => [
  payloadSlugField({
    useAsSlug,
    slugify: ({ valueToSlugify }) => (typeof valueToSlugify === 'string' ? toSlug(valueToSlugify) : undefined),
    position: 'sidebar',
    overrides: (row) => ({
      ...row,
      fields: row.fields.map((field): Field => {
        if (!('name' in field)) return field
        // The "generate the slug" checkbox is the admin's: internal.
        if (field.name === 'generateSlug' && field.type === 'checkbox') return { ...field, access: internalRead }
        // A collection's own rule for its slugs (e.g. pages: not a route of the site), after the built-in checks.
        if (validate && field.name === 'slug' && field.type === 'text')
          return { ...field, validate: afterBuiltIn(text, validate) } as Field
        return field
      }),
    }),
  }),
  {
    name: 'previousSlugs',
    type: 'text',
    hasMany: true,
    index: true,
    // Old URLs redirect through the site's own lookups (src/data/lookups.ts); readers get the current slug only.
    access: internalRead,
    hooks: { beforeChange: [rememberPreviousSlug] },
    admin: { position: 'sidebar', readOnly: true, description: 'Earlier URLs of this page; they redirect here.' },
  },
]
