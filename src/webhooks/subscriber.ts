import type { WebhookEndpoint } from '@/payload-types'
import { env } from '@/env'
import type { PublicationEvent, PublicationSubscriber } from '@/publication/events'

import { editionsOf, webhookMessage } from './message'
import { DELIVER_WEBHOOK, WEBHOOK_QUEUE } from './task'

const wants = (endpoint: WebhookEndpoint, event: PublicationEvent) => {
  const collections = endpoint.collections ?? []
  if (collections.length && !collections.includes(event.collection as (typeof collections)[number])) return false
  const edition = typeof endpoint.edition === 'object' ? endpoint.edition?.id : endpoint.edition
  const editions = editionsOf(event)
  return !edition || editions.length === 0 || editions.includes(edition)
}

/**
 * Publication events to partners' endpoints: one durable job per endpoint
 * (Payload's jobs queue, in PostgreSQL), run at once so a partner hears of a
 * publish within a second; a failed attempt is retried by the queue's runner
 * with exponential backoff (./task.ts).
 */
export const deliverToWebhooks: PublicationSubscriber = async (event, payload) => {
  const { docs } = await payload.find({
    collection: 'webhook-endpoints',
    where: { active: { equals: true } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const endpoints = docs.filter((endpoint) => wants(endpoint, event))
  if (endpoints.length === 0) return
  const body = JSON.stringify(webhookMessage(event, env().SERVER_URL))
  for (const endpoint of endpoints) {
    const job = await payload.jobs.queue({
      task: DELIVER_WEBHOOK,
      queue: WEBHOOK_QUEUE,
      input: { endpoint: endpoint.id, messageId: event.id, body },
    })
    void payload.jobs
      .runByID({ id: job.id, overrideAccess: true })
      .catch((error: unknown) =>
        payload.logger.warn({ msg: `Webhook job ${job.id} will be retried by the runner`, err: error }),
      )
  }
}
