import type { CollectionConfig } from 'payload'

import { editorial, editorialHooks } from '@/collections/editorial'
import { slugFields } from '@/fields/slug'
import { validateHttpUrl } from '@/fields/validators'
import { translationStatusField } from '@/admin/translationStatusField'

export const Organisations: CollectionConfig = {
  slug: 'organisations',
  labels: { singular: 'Organisation', plural: 'Organisations' },
  ...editorial,
  defaultSort: 'shortName',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'shortName', 'kind', '_status'], group: 'Festival' },
  hooks: editorialHooks,
  fields: [
    translationStatusField,
    { name: 'name', type: 'text', localized: true, required: true },
    {
      name: 'shortName',
      type: 'text',
      required: true,
      admin: { description: 'Acronym or short form, e.g. VFDA. The slug is derived from it.' },
    },
    ...slugFields('shortName'),
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: ['association', 'company', 'embassy', 'cinema', 'press', 'public-institution'],
    },
    { name: 'logo', type: 'upload', relationTo: 'media' },
    { name: 'website', type: 'text', validate: validateHttpUrl },
  ],
}
