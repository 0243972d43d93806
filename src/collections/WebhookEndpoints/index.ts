import crypto from 'node:crypto'

import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { adminOnly } from '@/collections/Users/access'
import { WEBHOOK_COLLECTIONS } from '@/webhooks/message'

import { validateWebhookUrl } from './validate'

/** A Standard Webhooks secret: `whsec_` and 32 random bytes in base64. */
const newSecret = () => `whsec_${crypto.randomBytes(32).toString('base64')}`

/**
 * The secret is made here, never typed in; ticking Active again after the
 * endpoint was disabled starts its failure count afresh.
 */
const secretAndReactivation: CollectionBeforeChangeHook = ({ data, operation, originalDoc }) => {
  if (operation === 'create') return { ...data, secret: newSecret(), consecutiveFailures: 0, disabledReason: null }
  if (data.active === true && originalDoc?.active === false)
    return { ...data, consecutiveFailures: 0, disabledReason: null }
  return data
}

/** Partners' receivers of publication events (src/webhooks): admins only, since the secret signs what partners trust. */
export const WebhookEndpoints: CollectionConfig = {
  slug: 'webhook-endpoints',
  labels: { singular: 'Webhook endpoint', plural: 'Webhook endpoints' },
  access: { read: adminOnly, create: adminOnly, update: adminOnly, delete: adminOnly },
  admin: {
    useAsTitle: 'url',
    defaultColumns: ['url', 'active', 'consecutiveFailures', 'updatedAt'],
    group: 'Partners',
  },
  hooks: { beforeChange: [secretAndReactivation] },
  fields: [
    {
      name: 'url',
      type: 'text',
      required: true,
      validate: validateWebhookUrl,
      admin: { description: 'Where each event is POSTed: https, or http on a loopback address for development.' },
    },
    {
      name: 'secret',
      type: 'text',
      admin: {
        readOnly: true,
        description:
          'Made when the endpoint is saved (Standard Webhooks form). Give it to the partner: their receiver verifies every delivery with it.',
      },
    },
    {
      name: 'collections',
      type: 'select',
      hasMany: true,
      options: [...WEBHOOK_COLLECTIONS],
      admin: { description: 'Changes of these only; none ticked: every collection.' },
    },
    {
      name: 'edition',
      type: 'relationship',
      relationTo: 'editions',
      admin: {
        description:
          'Only this edition: its films, screenings and quotes and the edition itself, plus people, venues, organisations and site settings, which no edition owns. Empty: every edition.',
      },
    },
    {
      name: 'active',
      type: 'checkbox',
      defaultValue: true,
      admin: {
        position: 'sidebar',
        description: 'Unticked: nothing is sent. Ticking it again resets the failure count.',
      },
    },
    {
      name: 'disableAfterFailures',
      type: 'number',
      required: true,
      defaultValue: 20,
      min: 1,
      admin: {
        position: 'sidebar',
        description: 'Consecutive failed deliveries after which the endpoint is disabled.',
      },
    },
    { name: 'consecutiveFailures', type: 'number', defaultValue: 0, admin: { position: 'sidebar', readOnly: true } },
    {
      name: 'disabledReason',
      type: 'textarea',
      admin: {
        position: 'sidebar',
        readOnly: true,
        condition: (data) => Boolean(data?.disabledReason),
        description: 'Why deliveries stopped.',
      },
    },
  ],
}
