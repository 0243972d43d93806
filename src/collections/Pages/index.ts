import type { CollectionConfig } from 'payload'

import { editorial, editorialHooks } from '@/collections/editorial'
import { slugFields } from '@/fields/slug'
import { livePreview, previewUrl } from '@/lib/previewUrl'
import { translationStatusField } from '@/admin/translationStatusField'

import { PAGE_BLOCKS } from './blocks'
import { validatePageSlug } from './reservedSlugs'

/**
 * The festival's own pages (about, visiting, tickets, accessibility, FAQ,
 * press…) at /{locale}/{slug}, built from blocks. Slugs are flat: a
 * festival site has a dozen such pages, and one level keeps every URL
 * short and its collisions with the site's routes checkable.
 */
export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: { singular: 'Page', plural: 'Pages' },
  ...editorial,
  defaultSort: 'title',
  admin: {
    preview: (doc, { locale }) => previewUrl('pages', doc.slug, locale),
    livePreview: livePreview('pages'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'slug'],
    group: 'Website',
  },
  hooks: editorialHooks,
  fields: [
    translationStatusField,
    { name: 'title', type: 'text', localized: true, required: true },
    ...slugFields('title', { validate: validatePageSlug }),
    {
      name: 'intro',
      type: 'textarea',
      localized: true,
      admin: {
        description: 'One or two sentences under the title; also the description in search results when SEO is empty.',
      },
    },
    { name: 'layout', type: 'blocks', blocks: PAGE_BLOCKS, labels: { singular: 'Block', plural: 'Blocks' } },
  ],
}
