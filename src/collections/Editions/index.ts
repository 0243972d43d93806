import type { CollectionConfig } from 'payload'
import { date } from 'payload/shared'

import { editorial, editorialHooks } from '@/collections/editorial'
import { slugFields } from '@/fields/slug'
import { afterBuiltIn } from '@/fields/validators'
import { livePreview, previewUrl } from '@/lib/previewUrl'
import { translationStatusField } from '@/admin/translationStatusField'

import { ORGANISATION_ROLES } from './roles'
import { validateAccentColour, validateEndDate } from './validate'

const day = { date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMM yyyy' } } as const

/** "More than 6,000", "nearly 20": sources rarely give exact counts. */
const figure = (name: string, description: string) => ({
  type: 'row' as const,
  fields: [
    { name, type: 'number' as const, min: 0, admin: { description } },
    {
      name: `${name}Precision`,
      type: 'select' as const,
      defaultValue: 'exact',
      options: [
        { label: 'Exact', value: 'exact' },
        { label: 'More than', value: 'more-than' },
        { label: 'Nearly', value: 'nearly' },
      ],
    },
  ],
})

export const Editions: CollectionConfig = {
  slug: 'editions',
  labels: { singular: 'Edition', plural: 'Editions' },
  ...editorial,
  hooks: editorialHooks,
  defaultSort: '-startDate',
  admin: {
    preview: (doc, { locale }) => previewUrl('editions', doc.slug, locale),
    livePreview: livePreview('editions'),
    useAsTitle: 'name',
    defaultColumns: ['name', 'theme', 'startDate', '_status'],
    group: 'Festival',
  },
  fields: [
    translationStatusField,
    {
      name: 'name',
      type: 'text',
      localized: true,
      required: true,
      custom: { translate: true },
      admin: { description: 'e.g. Vietnamese Film Week 2025' },
    },
    {
      name: 'theme',
      type: 'text',
      localized: true,
      custom: { translate: true },
      admin: { description: 'e.g. Journey of Light' },
    },
    ...slugFields('name'),
    {
      type: 'row',
      fields: [
        { name: 'city', type: 'text', localized: true, required: true, custom: { translate: true } },
        { name: 'startDate', type: 'date', required: true, index: true, admin: day },
        { name: 'endDate', type: 'date', required: true, validate: afterBuiltIn(date, validateEndDate), admin: day },
      ],
    },
    { name: 'venues', type: 'relationship', relationTo: 'venues', hasMany: true },
    {
      name: 'organisations',
      type: 'array',
      labels: { singular: 'Organisation', plural: 'Organisations' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'organisation', type: 'relationship', relationTo: 'organisations', required: true, index: true },
            { name: 'role', type: 'select', options: [...ORGANISATION_ROLES], required: true },
          ],
        },
      ],
    },
    {
      name: 'figures',
      type: 'group',
      fields: [figure('attendees', 'Attendees over the week'), figure('countries', 'Countries the audience came from')],
    },
    { name: 'description', type: 'richText', localized: true, custom: { translate: true } },
    {
      type: 'row',
      fields: [
        {
          name: 'heroImage',
          type: 'upload',
          relationTo: 'media',
          admin: { description: 'The edition’s key image, wide (1920 px or more).' },
        },
        {
          name: 'accentColour',
          type: 'text',
          validate: validateAccentColour,
          admin: {
            description:
              'Links, buttons and headings of the site while this is the current edition, e.g. #a3261b. Must reach 4.5:1 against the page background.',
          },
        },
      ],
    },
    { name: 'films', type: 'join', collection: 'films', on: 'programme.edition' },
    { name: 'screenings', type: 'join', collection: 'screenings', on: 'edition', defaultSort: 'start' },
  ],
}
