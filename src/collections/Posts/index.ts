import type { CollectionConfig } from 'payload'

import { editorial, editorialHooks } from '@/collections/editorial'
import { slugFields } from '@/fields/slug'
import { validateHttpUrl } from '@/fields/validators'
import { livePreview, previewUrl } from '@/lib/previewUrl'
import { translationStatusField } from '@/admin/translationStatusField'

/** News at /{locale}/news/{slug}, in the news feeds (RSS, Atom, JSON Feed) and the partner API. */
export const Posts: CollectionConfig = {
  slug: 'posts',
  labels: { singular: 'News post', plural: 'News' },
  ...editorial,
  defaultSort: '-publishedAt',
  admin: {
    preview: (doc, { locale }) => previewUrl('posts', doc.slug, locale),
    livePreview: livePreview('posts'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'publishedAt', 'author', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'slug'],
    group: 'Website',
  },
  hooks: editorialHooks,
  fields: [
    translationStatusField,
    { name: 'title', type: 'text', localized: true, required: true },
    ...slugFields('title'),
    {
      name: 'publishedAt',
      type: 'date',
      required: true,
      index: true,
      defaultValue: () => new Date().toISOString(),
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime' },
        description: 'The date readers and feeds show; news is listed newest first.',
      },
    },
    {
      name: 'author',
      type: 'text',
      admin: { position: 'sidebar', description: 'Byline, e.g. the festival’s press office' },
    },
    {
      name: 'standfirst',
      type: 'textarea',
      localized: true,
      required: true,
      admin: { description: 'The opening summary, in lists and feeds.' },
    },
    { name: 'heroImage', type: 'upload', relationTo: 'media' },
    { name: 'body', type: 'richText', localized: true, required: true },
    {
      name: 'source',
      type: 'group',
      admin: { description: 'When the post retells a report published elsewhere.' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'publication', type: 'text' },
            { name: 'url', type: 'text', validate: validateHttpUrl },
            { name: 'date', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
          ],
        },
      ],
    },
    {
      type: 'collapsible',
      label: 'Related',
      fields: [
        { name: 'films', type: 'relationship', relationTo: 'films', hasMany: true },
        { name: 'people', type: 'relationship', relationTo: 'people', hasMany: true },
        { name: 'screenings', type: 'relationship', relationTo: 'screenings', hasMany: true },
        { name: 'quotes', type: 'relationship', relationTo: 'quotes', hasMany: true },
      ],
    },
  ],
}
