/**
 * The partner feed's contract, part 4: what a webhook delivery carries. Only
 * names, ids, slugs and URLs of what changed, never a field's value: a
 * receiver fetches the public /api/v1 URLs for the content.
 */
import 'zod-openapi'
import { z } from 'zod'

export const WEBHOOK_CHANGES = ['publish', 'unpublish', 'update', 'delete'] as const
export const WEBHOOK_TYPES_PAST = {
  publish: 'published',
  unpublish: 'unpublished',
  update: 'updated',
  delete: 'deleted',
} as const

export const WebhookPayload = z
  .strictObject({
    type: z
      .string()
      .regex(/^[a-z-]+\.(published|unpublished|updated|deleted)$/)
      .meta({ description: '`<collection>.<change>`', example: 'films.published' }),
    timestamp: z.iso
      .datetime()
      .meta({ description: 'When the change happened (UTC)', example: '2025-12-13T19:00:00.000Z' }),
    data: z.strictObject({
      event_id: z.string().meta({
        description:
          'Also the `webhook-id` header: the same on every retry of one event, so a receiver can drop duplicates.',
      }),
      change: z
        .enum(WEBHOOK_CHANGES)
        .meta({ description: '`update`: a published document changed and stays published.' }),
      collection: z.string().meta({
        description: 'films, people, screenings, quotes, editions, venues, organisations, or site (the site settings)',
        example: 'films',
      }),
      id: z
        .union([z.number().int(), z.string()])
        .nullable()
        .meta({ description: 'The document id, null for the site settings', example: 1 }),
      slug: z.string().nullable().meta({ example: 'mua-do' }),
      urls: z.array(z.url()).meta({
        description:
          'Public /api/v1 URLs whose answer this change affects: fetch them for the new content (a document unpublished or deleted answers 404).',
      }),
    }),
  })
  .meta({ id: 'WebhookPayload' })

export type WebhookPayloadBody = z.infer<typeof WebhookPayload>
