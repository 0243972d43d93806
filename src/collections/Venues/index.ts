import type { CollectionConfig } from 'payload'

import { editorial, editorialHooks } from '@/collections/editorial'
import { refreshScreeningTitles } from '@/collections/Screenings/title'
import { slugFields } from '@/fields/slug'
import { previewUrl } from '@/lib/previewUrl'
import { validateHttpUrl } from '@/fields/validators'
import { translationStatusField } from '@/admin/translationStatusField'

export const Venues: CollectionConfig = {
  slug: 'venues',
  labels: { singular: 'Venue', plural: 'Venues' },
  ...editorial,
  defaultSort: 'name',
  admin: {
    preview: (doc, { locale }) => previewUrl('venues', doc.slug, locale),
    useAsTitle: 'name',
    defaultColumns: ['name', 'address.city', '_status'],
    group: 'Festival',
  },
  hooks: { ...editorialHooks, afterChange: [refreshScreeningTitles('venue', 'name'), ...editorialHooks.afterChange] },
  fields: [
    translationStatusField,
    { name: 'name', type: 'text', required: true },
    ...slugFields('name'),
    {
      name: 'address',
      type: 'group',
      fields: [
        { name: 'street', type: 'text', required: true },
        {
          type: 'row',
          fields: [
            { name: 'postalCode', type: 'text' },
            { name: 'city', type: 'text', required: true },
            {
              name: 'country',
              type: 'text',
              required: true,
              defaultValue: 'FR',
              admin: { description: 'ISO code, e.g. FR' },
            },
          ],
        },
      ],
    },
    {
      name: 'coordinates',
      type: 'group',
      admin: { description: 'WGS 84, for maps and listings.' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'latitude', type: 'number', min: -90, max: 90 },
            { name: 'longitude', type: 'number', min: -180, max: 180 },
          ],
        },
      ],
    },
    {
      name: 'rooms',
      type: 'array',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', required: true },
            { name: 'capacity', type: 'number', min: 1 },
            { name: 'stepFree', type: 'checkbox', defaultValue: false },
          ],
        },
      ],
    },
    {
      name: 'access',
      type: 'textarea',
      localized: true,
      admin: { description: 'Public transport, entrances, step-free access.' },
    },
    { name: 'website', type: 'text', validate: validateHttpUrl },
    { name: 'screenings', type: 'join', collection: 'screenings', on: 'venue', defaultSort: 'start' },
  ],
}
