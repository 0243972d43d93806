import type { Payload, TaskConfig } from 'payload'
import { Webhook } from 'standardwebhooks'

export const DELIVER_WEBHOOK = 'deliverWebhook'
export const WEBHOOK_QUEUE = 'webhooks'

/** A receiver that has not answered in this time has failed this attempt. */
const TIMEOUT_MS = 10_000
/** Retries after 30 s, 1 min, 2 min … about 2 h in all (exponential backoff), picked up by the jobs runner. */
export const RETRY = { attempts: 8, backoff: { type: 'exponential' as const, delay: 30_000 } }

type Input = { endpoint: number; messageId: string; body: string }
type Outcome = { statusCode: number | null; error: string | null; durationMs: number }

async function post(url: string, secret: string, messageId: string, body: string): Promise<Outcome> {
  const started = performance.now()
  const timestamp = new Date()
  const headers = {
    'content-type': 'application/json',
    'user-agent': 'FilmWeek-Webhooks/1.0',
    'webhook-id': messageId,
    'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
    'webhook-signature': new Webhook(secret).sign(messageId, timestamp, body),
  }
  try {
    // No redirects: a receiver's 3xx would send the signed body somewhere the admin did not register.
    const response = await fetch(url, {
      method: 'POST',
      headers,
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
    await response.body?.cancel()
    return {
      statusCode: response.status,
      error: response.ok ? null : `HTTP ${response.status}`,
      durationMs: Math.round(performance.now() - started),
    }
  } catch (error) {
    const reason =
      error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error)
    return { statusCode: null, error: reason, durationMs: Math.round(performance.now() - started) }
  }
}

/** Logs the attempt and keeps the endpoint's failure count; returns whether to retry. */
async function record(payload: Payload, input: Input, attempt: number, outcome: Outcome): Promise<boolean> {
  const endpoint = await payload.findByID({
    collection: 'webhook-endpoints',
    id: input.endpoint,
    depth: 0,
    overrideAccess: true,
  })
  const eventType = (JSON.parse(input.body) as { type?: string }).type ?? null
  await payload.create({
    collection: 'webhook-deliveries',
    data: { endpoint: input.endpoint, eventId: input.messageId, eventType, attempt, ...outcome },
    overrideAccess: true,
  })
  if (!outcome.error) {
    if (endpoint.consecutiveFailures)
      await payload.update({
        collection: 'webhook-endpoints',
        id: endpoint.id,
        data: { consecutiveFailures: 0 },
        overrideAccess: true,
      })
    return false
  }
  const failures = (endpoint.consecutiveFailures ?? 0) + 1
  const disable = failures >= endpoint.disableAfterFailures
  const disabledReason = `Disabled on ${new Date().toISOString()} after ${failures} consecutive failed deliveries (last: ${outcome.error}). Fix the receiver, then tick Active again.`
  await payload.update({
    collection: 'webhook-endpoints',
    id: endpoint.id,
    data: { consecutiveFailures: failures, ...(disable ? { active: false, disabledReason } : {}) },
    overrideAccess: true,
  })
  return !disable
}

/**
 * One delivery of one event to one endpoint, signed as Standard Webhooks says
 * (https://www.standardwebhooks.com): `webhook-id`, `webhook-timestamp`,
 * `webhook-signature` over `id.timestamp.body` with the endpoint's secret.
 * A failure throws, so the queue retries it with backoff; an endpoint that
 * was disabled or deleted meanwhile gets nothing more.
 */
export const deliverWebhookTask: TaskConfig<{ input: Input; output: object }> = {
  slug: DELIVER_WEBHOOK,
  label: 'Deliver a webhook',
  inputSchema: [
    { name: 'endpoint', type: 'number', required: true },
    { name: 'messageId', type: 'text', required: true },
    { name: 'body', type: 'textarea', required: true },
  ],
  retries: RETRY,
  handler: async ({ input, job, req }) => {
    const endpoint = await req.payload.findByID({
      collection: 'webhook-endpoints',
      id: input.endpoint,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })
    if (!endpoint?.active || !endpoint.secret) return { output: {} }
    const outcome = await post(endpoint.url, endpoint.secret, input.messageId, input.body)
    const retry = await record(req.payload, input, (job.totalTried ?? 0) + 1, outcome)
    if (retry) throw new Error(`Webhook delivery to ${endpoint.url} failed: ${outcome.error}`)
    return { output: {} }
  },
}
