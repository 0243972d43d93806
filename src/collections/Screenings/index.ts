import type { CollectionConfig } from 'payload'
import { date } from 'payload/shared'

import { internalRead } from '@/access/internalFields'
import { editorial, editorialHooks } from '@/collections/editorial'
import { LANGUAGE_OPTIONS } from '@/fields/options'
import { afterBuiltIn } from '@/fields/validators'

import { bumpSequence } from './hooks/bumpSequence'
import { canonicalRoom } from './hooks/canonicalRoom'
import { screeningEndpoints } from './endpoints'
import { deriveEnd } from './hooks/deriveEnd'
import { setDay } from './hooks/setDay'
import { setTitle } from './hooks/setTitle'
import { prefilledId, prefilledRoom, prefilledStart } from './prefill'
import { ticketFields } from './tickets'
import { GUEST_EVENTS, SCREENING_LABELS, SCREENING_STATUSES, VERSIONS } from './options'
import { validateEnd, validatePreviousStart, validateRoom, validateStart } from './validate'

const dateTime = {
  date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMM yyyy, HH:mm', timeIntervals: 5 },
} as const

export const Screenings: CollectionConfig = {
  slug: 'screenings',
  labels: { singular: 'Screening', plural: 'Screenings' },
  ...editorial,
  defaultSort: 'start',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['start', 'day', 'film', 'venue', 'room', 'status', '_status'],
    listSearchableFields: ['title', 'room'],
    description:
      'Times are entered and shown in Paris time. Filter by day with “Day” (equals 2025-12-13), by place with “Venue”.',
    group: 'Programme',
    components: { beforeListTable: ['@/admin/ProgrammeTools#ProgrammeTools'] },
  },
  hooks: {
    ...editorialHooks,
    beforeChange: [canonicalRoom, deriveEnd, setDay, setTitle, bumpSequence, ...editorialHooks.beforeChange],
  },
  // Programme import/export as CSV (src/import/), with a screen above the list (src/admin/ProgrammeTools.tsx).
  endpoints: screeningEndpoints,
  fields: [
    // The admin's label, with the film's and venue's newest names (drafts included, as editors plan an
    // embargoed line-up): staff-only. Readers get the film and venue themselves, published only.
    {
      name: 'title',
      type: 'text',
      access: internalRead,
      admin: { readOnly: true, description: 'Set from film, start and venue.' },
    },
    {
      type: 'row',
      fields: [
        { name: 'film', type: 'relationship', relationTo: 'films', required: true, index: true },
        {
          name: 'edition',
          type: 'relationship',
          relationTo: 'editions',
          required: true,
          index: true,
          defaultValue: prefilledId('edition'),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'venue',
          type: 'relationship',
          relationTo: 'venues',
          required: true,
          index: true,
          defaultValue: prefilledId('venue'),
        },
        {
          name: 'room',
          type: 'text',
          validate: validateRoom,
          defaultValue: prefilledRoom,
          admin: { description: 'Room or screen, as the venue names it (one of its rooms when it lists any)' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'start',
          type: 'date',
          required: true,
          index: true,
          timezone: true,
          defaultValue: prefilledStart,
          validate: afterBuiltIn(date, validateStart),
          admin: dateTime,
        },
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
      label: 'Day (Paris)',
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: 'Set from the start when saved; filter the list with it (e.g. 2025-12-13).',
      },
    },
    {
      // Kept by the system for calendars and end times: shown, folded away and read-only, for when someone asks why.
      type: 'collapsible',
      label: 'Technical details',
      admin: { position: 'sidebar', initCollapsed: true },
      fields: [
        {
          name: 'endIsEstimated',
          type: 'checkbox',
          label: 'End worked out from the film’s runtime',
          defaultValue: false,
          admin: {
            readOnly: true,
            description: 'Ticked when no end was entered: the end follows the start and runtime.',
          },
        },
        {
          name: 'icsSequence',
          type: 'number',
          label: 'Calendar update number',
          defaultValue: 0,
          // Read by the calendar files (as SEQUENCE), not part of any other answer.
          access: internalRead,
          admin: {
            readOnly: true,
            description: 'Rises when the time or status changes, so calendar apps replace the old entry.',
          },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'status',
          type: 'select',
          // Distinct from Payload's own "Status" column (draft or published).
          label: 'Screening status',
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
