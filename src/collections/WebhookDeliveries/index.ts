import type { CollectionConfig } from 'payload'

import { adminOnly } from '@/collections/Users/access'

/** One row per delivery attempt, written by the delivery task (src/webhooks/task.ts): admins read it, nobody edits it. */
export const WebhookDeliveries: CollectionConfig = {
  slug: 'webhook-deliveries',
  labels: { singular: 'Webhook delivery', plural: 'Webhook deliveries' },
  access: { read: adminOnly, create: () => false, update: () => false, delete: () => false },
  admin: {
    useAsTitle: 'eventId',
    defaultColumns: ['endpoint', 'eventType', 'attempt', 'statusCode', 'durationMs', 'error', 'createdAt'],
    group: 'Partners',
  },
  defaultSort: '-createdAt',
  fields: [
    // Optional: the log of a deleted endpoint stays, with this left empty.
    { name: 'endpoint', type: 'relationship', relationTo: 'webhook-endpoints', index: true },
    {
      name: 'eventId',
      type: 'text',
      required: true,
      index: true,
      admin: { description: 'The webhook-id header: the same on every attempt of one event.' },
    },
    { name: 'eventType', type: 'text' },
    { name: 'attempt', type: 'number', required: true },
    { name: 'statusCode', type: 'number', admin: { description: 'Empty when no answer came (refused, timed out).' } },
    { name: 'durationMs', type: 'number' },
    { name: 'error', type: 'text' },
  ],
}
