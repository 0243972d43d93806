import type { CollectionConfig } from 'payload'

import { internalRead } from '@/access/internalFields'
import { editorial, editorialHooks } from '@/collections/editorial'
import { searchTextField } from '@/fields/searchText'
import { validateHttpUrl } from '@/fields/validators'
import { LOCALE_CODES } from '@/i18n/locales'
import { quoteLivePreview, quotePreviewUrl } from '@/lib/previewUrl'
import { translationStatusField } from '@/admin/translationStatusField'

import { setLabelAndSearchText } from './hooks/setLabelAndSearchText'
import { validateSource } from './validate'

export const Quotes: CollectionConfig = {
  slug: 'quotes',
  labels: { singular: 'Quote', plural: 'Quotes' },
  ...editorial,
  defaultSort: '-updatedAt',
  admin: {
    useAsTitle: 'label',
    preview: (doc, { locale, req }) => quotePreviewUrl(doc, locale, req),
    livePreview: quoteLivePreview,
    defaultColumns: ['label', 'speaker', 'kind', 'featured', '_status'],
    // The label holds the speaker's name and opening words; searchText the quote's words, unaccented.
    listSearchableFields: ['label', 'searchText'],
    group: 'People & words',
    description: 'Reactions and statements. Publishing a quote is its approval.',
  },
  hooks: { ...editorialHooks, beforeChange: [setLabelAndSearchText, ...editorialHooks.beforeChange] },
  fields: [
    translationStatusField,
    // For the admin's lists only, with the speaker's newest name (drafts included): staff-only.
    {
      name: 'label',
      type: 'text',
      access: internalRead,
      admin: { readOnly: true, description: 'Speaker and opening words, for lists.' },
    },
    { name: 'text', type: 'textarea', localized: true, required: true, custom: { translate: true } },
    searchTextField(true),
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'paraphrase',
          options: [
            { label: 'Direct quote (their exact words)', value: 'direct' },
            { label: 'Paraphrase (reported words)', value: 'paraphrase' },
          ],
        },
        {
          name: 'originalLocale',
          type: 'select',
          required: true,
          defaultValue: 'en',
          options: [...LOCALE_CODES],
          admin: { description: 'Language the words were reported in; other languages are translations.' },
        },
        { name: 'featured', type: 'checkbox', defaultValue: false },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'speaker', type: 'relationship', relationTo: 'people', required: true, index: true },
        {
          name: 'speakerRole',
          type: 'text',
          localized: true,
          custom: { translate: true },
          admin: { description: 'Role when speaking, e.g. "Minister Counsellor, Embassy of Việt Nam"' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'film', type: 'relationship', relationTo: 'films', index: true },
        { name: 'screening', type: 'relationship', relationTo: 'screenings', index: true },
        { name: 'edition', type: 'relationship', relationTo: 'editions', index: true },
      ],
    },
    {
      name: 'source',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'publication', type: 'text', validate: validateSource },
            { name: 'url', type: 'text', validate: validateHttpUrl },
            { name: 'date', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
          ],
        },
      ],
    },
  ],
}
