import type { CollectionConfig } from 'payload'
import { text } from 'payload/shared'

import { editorial, editorialHooks } from '@/collections/editorial'
import { slugFields } from '@/fields/slug'
import { livePreview, previewUrl } from '@/lib/previewUrl'
import { afterBuiltIn, validateHttpUrl } from '@/fields/validators'
import { translationStatusField } from '@/admin/translationStatusField'

import { refreshQuoteLabels } from '@/collections/Quotes/hooks/setLabelAndSearchText'

import { deriveNames } from './hooks/deriveNames'

export const People: CollectionConfig = {
  slug: 'people',
  labels: { singular: 'Person', plural: 'People' },
  ...editorial,
  defaultSort: 'sortName',
  admin: {
    preview: (doc, { locale }) => previewUrl('people', doc.slug, locale),
    livePreview: livePreview('people'),
    useAsTitle: 'name',
    defaultColumns: ['name', 'roles', 'description', '_status', 'updatedAt'],
    listSearchableFields: ['name', 'alternateName', 'slug'],
    group: 'People & words',
  },
  hooks: {
    ...editorialHooks,
    beforeChange: [deriveNames, ...editorialHooks.beforeChange],
    afterChange: [refreshQuoteLabels, ...editorialHooks.afterChange],
  },
  fields: [
    translationStatusField,
    { name: 'roles', type: 'ui', admin: { components: { Cell: '@/admin/CreditCells#RolesCell' } } },
    { name: 'name', type: 'text', required: true, admin: { description: 'As the person writes it, with diacritics.' } },
    ...slugFields('name'),
    {
      type: 'row',
      fields: [
        {
          name: 'sortName',
          type: 'text',
          index: true,
          admin: { description: 'How lists sort this person, e.g. "Barioz, Alain-Cyril". Defaults to the name.' },
        },
        {
          name: 'alternateName',
          type: 'text',
          admin: { readOnly: true, description: 'Unaccented, set from the name.' },
        },
      ],
    },
    {
      name: 'description',
      type: 'text',
      localized: true,
      custom: { translate: true },
      admin: { description: 'One line, e.g. "Film director".' },
    },
    // A bio is translated for filmmakers and guests, not for an audience member quoted once (src/admin/translations.ts).
    { name: 'bio', type: 'richText', localized: true, custom: { translate: 'public-role' } },
    { name: 'photo', type: 'upload', relationTo: 'media' },
    {
      name: 'sameAs',
      type: 'array',
      labels: { singular: 'External link', plural: 'External links' },
      admin: { description: 'Official pages about this person (Wikipedia, IMDb, own site).' },
      fields: [{ name: 'url', type: 'text', required: true, validate: afterBuiltIn(text, validateHttpUrl) }],
    },
    { name: 'credits', type: 'join', collection: 'films', on: 'credits.person', admin: { allowCreate: false } },
    { name: 'quotes', type: 'join', collection: 'quotes', on: 'speaker' },
    { name: 'guestAppearances', type: 'join', collection: 'screenings', on: 'guests', defaultSort: 'start' },
  ],
}
