import type { CollectionConfig } from 'payload'
import { date } from 'payload/shared'

import { editorial, editorialHooks } from '@/collections/editorial'
import { LANGUAGE_OPTIONS } from '@/fields/options'
import { afterBuiltIn } from '@/fields/validators'

import { bumpSequence } from './hooks/bumpSequence'
import { canonicalRoom } from './hooks/canonicalRoom'
import { screeningEndpoints } from './endpoints'
import { deriveEnd } from './hooks/deriveEnd'
import { setDay } from './hooks/setDay'
import { setTitle } from './hooks/setTitle'
import { ticketFields } from './tickets'
import { GUEST_EVENTS, SCREENING_LABELS, SCREENING_STATUSES, VERSIONS } from './options'
import { validateEnd, validatePreviousStart, validateRoom, validateStart } from './validate'

const dateTime = { date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMM yyyy, HH:mm', timeIntervals: 5 } } as const

export const Screenings: CollectionConfig = {
  slug: 'screenings',
  labels: { singular: 'Screening', plural: 'Screenings' },
  ...editorial,
  defaultSort: 'start',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['start', 'day', 'film', 'venue', 'room', 'status', '_status'],
    listSearchableFields: ['title', 'room'],
    description: 'Times are entered and shown in Paris time. Filter by day with “Day” (equals 2025-12-13), by place with “Venue”.',
    group: 'Programme',
    components: { beforeListTable: ['@/admin/ProgrammeTools#ProgrammeTools'] },
  },
  hooks: { ...editorialHooks, beforeChange: [canonicalRoom, deriveEnd, setDay, setTitle, bumpSequence] },
  // Programme import/export as CSV (src/import/), with a screen above the list (src/admin/ProgrammeTools.tsx).
  endpoints: screeningEndpoints,
  fields: [
    { name: 'title', type: 'text', admin: { readOnly: true, description: 'Set from film, start and venue.' } },
    {
      type: 'row',
      fields: [
        { name: 'film', type: 'relationship', relationTo: 'films', required: true, index: true },
        { name: 'edition', type: 'relationship', relationTo: 'editions', required: true, index: true },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'venue', type: 'relationship', relationTo: 'venues', required: true, index: true },
        { name: 'room', type: 'text', validate: validateRoom, admin: { description: 'Room or screen, as the venue names it (one of its rooms when it lists any)' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'start', type: 'date', required: true, index: true, timezone: true, validate: afterBuiltIn(date, validateStart), admin: dateTime },
        {
          name: 'end',
          type: 'date',
          timezone: true,
          validate: validateEnd,
          admin: { ...dateTime, description: 'Leave empty to use the film’s runtime.' },
        },
      ],
    },
    {
      name: 'day',
      type: 'text',
      index: true,
      admin: { readOnly: true, position: 'sidebar', description: 'Paris day of the start, YYYY-MM-DD: set on save, for filtering the list.' },
    },
    { name: 'endIsEstimated', type: 'checkbox', defaultValue: false, admin: { readOnly: true, position: 'sidebar' } },
    {
      name: 'icsSequence',
      type: 'number',
      defaultValue: 0,
      admin: { readOnly: true, position: 'sidebar', description: 'Calendar revision: rises when the time or status changes.' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'status',
          type: 'select',
          options: [...SCREENING_STATUSES],
          defaultValue: 'scheduled',
          required: true,
          // Payload's own draft state is enum_screenings_status already.
          enumName: 'enum_screening_status',
        },
        {
          name: 'previousStart',
          type: 'date',
          timezone: true,
          validate: validatePreviousStart,
          admin: { ...dateTime, condition: (_, sibling) => sibling?.status === 'rescheduled' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'version', type: 'select', options: [...VERSIONS], defaultValue: 'original' },
        { name: 'audioLanguage', type: 'select', options: [...LANGUAGE_OPTIONS] },
        { name: 'subtitles', type: 'select', hasMany: true, options: [...LANGUAGE_OPTIONS] },
      ],
    },
    {
      name: 'accessibility',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'sdh', type: 'checkbox', label: 'Subtitles for the deaf and hard of hearing', defaultValue: false },
            { name: 'audioDescription', type: 'checkbox', label: 'Audio description', defaultValue: false },
            { name: 'stepFree', type: 'checkbox', label: 'Step-free access', defaultValue: false },
          ],
        },
      ],
    },
    { name: 'labels', type: 'select', hasMany: true, options: [...SCREENING_LABELS] },
    {
      type: 'row',
      fields: [
        { name: 'guestEvent', type: 'select', options: [...GUEST_EVENTS], defaultValue: 'none' },
        {
          name: 'guests',
          type: 'relationship',
          relationTo: 'people',
          hasMany: true,
          index: true,
          admin: { condition: (_, sibling) => Boolean(sibling?.guestEvent) && sibling?.guestEvent !== 'none' },
        },
      ],
    },
    ...ticketFields,
  ],
}
