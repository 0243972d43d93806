import type { DateFieldValidation, Field } from 'payload'
import { text } from 'payload/shared'

import { afterBuiltIn, validateCurrency, validateHttpUrl } from '@/fields/validators'

import { PRICE_LABELS, TICKET_AVAILABILITY } from './options'

const dateTime = {
  date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMM yyyy, HH:mm', timeIntervals: 5 },
} as const

type TicketSiblings = { ticketAvailability?: string | null; ticketsOnSale?: string | null }

/** "On sale from a date" is only a promise with the date. */
const validateOnSale: DateFieldValidation = (value, { siblingData }) =>
  (siblingData as TicketSiblings).ticketAvailability === 'on-sale-from' && !value
    ? 'Give the date tickets go on sale (availability is “on sale from a date”).'
    : true

/** Tickets: where to buy, where sales stand, when they open and what they cost. */
export const ticketFields: Field[] = [
  {
    type: 'collapsible',
    label: 'Tickets',
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'ticketUrl',
            type: 'text',
            validate: validateHttpUrl,
            admin: { description: 'Where to buy a ticket for this screening' },
          },
          {
            name: 'ticketAvailability',
            type: 'select',
            options: [...TICKET_AVAILABILITY],
            enumName: 'enum_screening_ticket_availability',
          },
          {
            name: 'ticketsOnSale',
            type: 'date',
            timezone: true,
            validate: validateOnSale,
            admin: {
              ...dateTime,
              description: 'When sales open (Paris time)',
              condition: (_, sibling) => sibling?.ticketAvailability === 'on-sale-from',
            },
          },
        ],
      },
      {
        name: 'prices',
        type: 'array',
        labels: { singular: 'Price', plural: 'Prices' },
        fields: [
          {
            type: 'row',
            fields: [
              {
                name: 'label',
                type: 'select',
                required: true,
                options: [...PRICE_LABELS],
                defaultValue: 'full',
                enumName: 'enum_screening_price_label',
              },
              { name: 'amount', type: 'number', required: true, min: 0, admin: { step: 0.5 } },
              {
                name: 'currency',
                type: 'text',
                required: true,
                defaultValue: 'EUR',
                validate: afterBuiltIn(text, validateCurrency),
              },
            ],
          },
        ],
      },
    ],
  },
]
