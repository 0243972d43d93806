import type { CollectionConfig } from 'payload'
import { text } from 'payload/shared'

import { editorial, editorialHooks } from '@/collections/editorial'
import { searchTextField } from '@/fields/searchText'
import { slugFields } from '@/fields/slug'
import { livePreview, previewUrl } from '@/lib/previewUrl'
import {
  afterBuiltIn,
  validateCountryCodes,
  validateCurrency,
  validateHttpUrl,
  validateLanguageCodes,
} from '@/fields/validators'
import { translationStatusField } from '@/admin/translationStatusField'

import { refreshScreeningTitles } from '@/collections/Screenings/title'

import { creditsField } from './credits'
import { setSearchText } from './hooks/setSearchText'
import { PROGRAMME_SECTIONS } from './sections'

export const Films: CollectionConfig = {
  slug: 'films',
  labels: { singular: 'Film', plural: 'Films' },
  ...editorial,
  defaultSort: 'originalTitle',
  admin: {
    preview: (doc, { locale }) => previewUrl('films', doc.slug, locale),
    livePreview: livePreview('films'),
    useAsTitle: 'originalTitle',
    defaultColumns: ['poster', 'originalTitle', 'title', 'year', 'directors', '_status', 'updatedAt'],
    listSearchableFields: ['originalTitle', 'title', 'slug'],
    group: 'Programme',
  },
  hooks: {
    ...editorialHooks,
    beforeChange: [setSearchText, ...editorialHooks.beforeChange],
    afterChange: [refreshScreeningTitles('film', 'originalTitle'), ...editorialHooks.afterChange],
  },
  fields: [
    translationStatusField,
    { name: 'directors', type: 'ui', admin: { components: { Cell: '@/admin/CreditCells#DirectorsCell' } } },
    {
      name: 'originalTitle',
      type: 'text',
      required: true,
      admin: { description: 'As released, with diacritics (e.g. Mưa Đỏ). The slug is derived from it.' },
    },
    {
      name: 'title',
      type: 'text',
      localized: true,
      required: true,
      custom: { translate: true },
      admin: { description: 'Display title in this language (e.g. Red Rain, Pluie rouge).' },
    },
    ...slugFields('originalTitle'),
    searchTextField(),
    {
      type: 'tabs',
      tabs: [
        {
          label: 'About',
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'year', type: 'number', min: 1888, max: 2100 },
                { name: 'runtime', type: 'number', min: 1, max: 1000, admin: { description: 'Minutes' } },
              ],
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'countries',
                  type: 'text',
                  hasMany: true,
                  validate: validateCountryCodes,
                  label: 'Production countries',
                  admin: {
                    description: 'Search by name; stored as ISO codes (VN).',
                    components: { Field: '@/admin/CodesField#CountriesField' },
                  },
                },
                {
                  name: 'languages',
                  type: 'text',
                  hasMany: true,
                  validate: validateLanguageCodes,
                  label: 'Original languages',
                  admin: {
                    description: 'Search by name; stored as ISO codes (vi).',
                    components: { Field: '@/admin/CodesField#LanguagesField' },
                  },
                },
              ],
            },
            {
              name: 'genres',
              type: 'select',
              hasMany: true,
              options: [
                'drama',
                'war',
                'history',
                'documentary',
                'comedy',
                'romance',
                'family',
                'thriller',
                'action',
                'animation',
                'horror',
                'musical',
              ],
            },
            {
              name: 'tagline',
              type: 'text',
              localized: true,
              custom: { translate: true },
              admin: { description: 'The poster line, shown under the title: "One family, two wars".' },
            },
            {
              name: 'logline',
              type: 'textarea',
              localized: true,
              custom: { translate: true },
              admin: { description: 'One or two sentences for lists and previews.' },
            },
            { name: 'synopsis', type: 'richText', localized: true, custom: { translate: true } },
            {
              name: 'sourceWork',
              type: 'group',
              admin: { description: 'The work the film is adapted from, if any.' },
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'title', type: 'text', localized: true },
                    {
                      name: 'kind',
                      type: 'select',
                      options: ['novel', 'short-story', 'play', 'memoir', 'comic', 'true-events'],
                    },
                    { name: 'author', type: 'relationship', relationTo: 'people' },
                  ],
                },
              ],
            },
          ],
        },
        { label: 'Credits', fields: [creditsField] },
        {
          label: 'Media',
          fields: [
            {
              name: 'poster',
              type: 'upload',
              relationTo: 'media',
              admin: { components: { Cell: '@/admin/PosterCell#PosterCell' } },
            },
            { name: 'stills', type: 'upload', relationTo: 'media', hasMany: true },
            { name: 'trailerUrl', type: 'text', validate: validateHttpUrl },
          ],
        },
        {
          label: 'Rating & box office',
          fields: [
            {
              name: 'ageRating',
              type: 'group',
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'rating', type: 'text', admin: { description: 'As issued, e.g. T16, 12+, PG-13' } },
                    {
                      name: 'authority',
                      type: 'text',
                      admin: { description: 'Who issued it, e.g. Vietnam (NCC), France (CNC)' },
                    },
                  ],
                },
                {
                  name: 'advisories',
                  type: 'select',
                  hasMany: true,
                  options: [
                    'war-violence',
                    'violence',
                    'death',
                    'strong-language',
                    'distressing-images',
                    'sexual-content',
                    'drug-use',
                  ],
                },
              ],
            },
            {
              name: 'boxOffice',
              type: 'array',
              admin: { description: 'Figures as published; add one row per currency if the source gives both.' },
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'amount', type: 'number', required: true, min: 0 },
                    { name: 'currency', type: 'text', required: true, validate: afterBuiltIn(text, validateCurrency) },
                    { name: 'approximate', type: 'checkbox', defaultValue: false },
                    { name: 'asOf', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
                  ],
                },
                { name: 'source', type: 'text' },
                {
                  name: 'note',
                  type: 'text',
                  localized: true,
                  admin: { description: 'e.g. highest-grossing Vietnamese film of all time' },
                },
              ],
            },
            {
              name: 'awards',
              type: 'array',
              labels: { singular: 'Award or selection', plural: 'Awards and selections' },
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'event',
                      type: 'text',
                      localized: true,
                      required: true,
                      admin: { description: 'e.g. 98th Academy Awards' },
                    },
                    {
                      name: 'category',
                      type: 'text',
                      localized: true,
                      admin: { description: 'e.g. Best International Feature Film' },
                    },
                    { name: 'year', type: 'number' },
                    {
                      name: 'result',
                      type: 'select',
                      required: true,
                      options: ['won', 'nominated', 'shortlisted', 'national-submission', 'official-selection'],
                    },
                  ],
                },
              ],
            },
          ],
        },
        {
          label: 'Festival',
          fields: [
            {
              name: 'programme',
              type: 'array',
              admin: { description: 'Editions this film was programmed in, and in which section.' },
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'edition', type: 'relationship', relationTo: 'editions', required: true, index: true },
                    { name: 'section', type: 'select', options: [...PROGRAMME_SECTIONS], required: true },
                    {
                      name: 'highlight',
                      type: 'checkbox',
                      defaultValue: false,
                      admin: { description: 'Feature on the home page' },
                    },
                  ],
                },
              ],
            },
            {
              name: 'screenings',
              type: 'join',
              collection: 'screenings',
              on: 'film',
              defaultSort: 'start',
              admin: { defaultColumns: ['start', 'venue', 'status'] },
            },
            { name: 'quotes', type: 'join', collection: 'quotes', on: 'film' },
          ],
        },
      ],
    },
  ],
}
