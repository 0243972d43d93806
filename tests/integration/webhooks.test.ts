/**
 * Partner webhooks: a receiver on loopback verifies every delivery with the
 * `standardwebhooks` library, gets publishes, gets retries while it answers
 * errors, gets a job queued before a restart from a new Payload instance,
 * never hears of a draft, and an endpoint failing again and again is disabled.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Payload } from 'payload'
import { Webhook } from 'standardwebhooks'

import { WebhookPayload } from '@/api/v1/schemas/webhooks'
import { env } from '@/env'

import { createAccounts, createRefs, minimal, PASSWORD, type Refs } from '../helpers/fixtures'
import { createTestPayload, openPayloadOn, type TestPayload } from '../helpers/payload'
import { login, rest } from '../helpers/rest'

type Received = { headers: Record<string, string>; body: string; at: number }

/** A receiver on loopback that answers each POST with the next status of `answers` (then 200). */
function receiver() {
  const received: Received[] = []
  const answers: number[] = []
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      received.push({
        headers: req.headers as Record<string, string>,
        body: Buffer.concat(chunks).toString('utf8'),
        at: Date.now(),
      })
      res.writeHead(answers.shift() ?? 200).end()
    })
  })
  return {
    received,
    answers,
    url: () => `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    listen: () => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

async function until<T>(probe: () => T | undefined | Promise<T | undefined>, what: string, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms
  for (;;) {
    const value = await probe()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

let ctx: TestPayload
let payload: Payload
let refs: Refs
let adminToken: string
const partner = receiver()
let endpoint: { id: number; secret: string }

const MARKER = 'ZZWEBHOOKDRAFTMARKER'

type Message = {
  type: string
  timestamp: string
  data: { event_id: string; change: string; collection: string; id: number; slug: string | null; urls: string[] }
}
const verified = (item: Received) => new Webhook(endpoint.secret).verify(item.body, item.headers) as Message
const messagesFor = (slug: string) => partner.received.filter((item) => verified(item).data.slug === slug)

/** A failed delivery's job, once the queue has put it back to wait for its backoff. */
const retryScheduled = () =>
  until(async () => {
    const where = {
      queue: { equals: 'webhooks' },
      processing: { equals: false },
      hasError: { not_equals: true },
      completedAt: { exists: false },
      waitUntil: { exists: true },
    }
    return (await payload.find({ collection: 'payload-jobs', where })).docs[0]
  }, 'a delivery job waiting for its retry')

/** Jobs waiting for their backoff become due now, as they would after the wait. */
async function skipBackoff(on: Payload = payload) {
  await on.update({
    collection: 'payload-jobs',
    where: { queue: { equals: 'webhooks' } },
    data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
  })
}

const deliveries = async (eventId: string) =>
  (
    await payload.find({
      collection: 'webhook-deliveries',
      where: { eventId: { equals: eventId } },
      sort: 'attempt',
      depth: 0,
    })
  ).docs

beforeAll(async () => {
  await partner.listen()
  ctx = await createTestPayload()
  payload = ctx.payload
  const accounts = await createAccounts(payload)
  refs = await createRefs(payload)
  adminToken = await login(accounts.admin.email, PASSWORD)
  const created = await rest('POST', '/webhook-endpoints', {
    token: adminToken,
    body: { url: partner.url(), collections: ['films'], secret: 'whsec_chosen-by-hand' },
  })
  expect(created.status).toBe(201)
  endpoint = (created.body as { doc: { id: number; secret: string } }).doc
})
afterAll(async () => {
  await partner.close()
  await ctx?.close()
})

describe('endpoints', () => {
  test('the secret is made on creation in the Standard Webhooks form, never typed in, and shown to admins', async () => {
    expect(endpoint.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/)
    const { body } = await rest('GET', `/webhook-endpoints/${endpoint.id}`, { token: adminToken })
    expect(body).toMatchObject({ secret: endpoint.secret, active: true, consecutiveFailures: 0 })
  })

  test('only https, or http on loopback, is accepted, with a message naming the field', async () => {
    for (const url of ['http://partner.example/hooks', 'ftp://127.0.0.1/x', 'not a url']) {
      const { status, body } = await rest('POST', '/webhook-endpoints', { token: adminToken, body: { url } })
      expect(status).toBe(400)
      expect(JSON.stringify(body)).toMatch(/url/i)
    }
    expect(
      (
        await rest('POST', '/webhook-endpoints', {
          token: adminToken,
          body: { url: 'https://partner.example/hooks', active: false },
        })
      ).status,
    ).toBe(201)
  })

  test('editors, partners and anonymous visitors neither see endpoints nor the delivery log', async () => {
    const accounts = { editor: await login('editor@filmweek.test', PASSWORD) }
    for (const credentials of [{}, { apiKey: 'partner-key-0123456789abcdef' }, { token: accounts.editor }]) {
      expect((await rest('GET', '/webhook-endpoints', credentials)).status).toBe(403)
      expect((await rest('GET', '/webhook-deliveries', credentials)).status).toBe(403)
    }
    expect((await rest('GET', '/webhook-deliveries', { token: adminToken })).status).toBe(200)
    expect(
      (await rest('POST', '/webhook-deliveries', { token: adminToken, body: { eventId: 'forged', attempt: 1 } }))
        .status,
    ).toBe(403)
  })
})

describe('delivery', () => {
  test('a publish reaches the receiver, signed, naming the film and its /api/v1 URLs, and is logged', async () => {
    const film = await payload.create({ collection: 'films', data: { ...minimal.films(refs), _status: 'published' } })
    const [item] = await until(
      () => (messagesFor(film.slug).length ? messagesFor(film.slug) : undefined),
      'the publish',
    )
    const message = verified(item)
    // Exactly the published contract: a field it does not name (draft content, say) would fail the strict schema.
    expect(WebhookPayload.parse(JSON.parse(item.body))).toEqual(message)
    expect(message).toMatchObject({
      type: 'films.published',
      data: { change: 'publish', collection: 'films', id: film.id, slug: film.slug },
    })
    expect(item.headers['webhook-id']).toBe(message.data.event_id)
    expect(message.data.urls).toContain(`${env().SERVER_URL}/api/v1/films/${film.slug}`)
    // Tampering is detected by the same library (so the verification above can fail).
    expect(() => new Webhook(endpoint.secret).verify(item.body.replace('publish', 'unpublish'), item.headers)).toThrow()
    const log = await until(
      async () => ((await deliveries(message.data.event_id)).length ? deliveries(message.data.event_id) : undefined),
      'the log',
    )
    expect(log).toEqual([
      expect.objectContaining({
        endpoint: endpoint.id,
        attempt: 1,
        statusCode: 200,
        error: null,
        eventType: 'films.published',
      }),
    ])
  })

  test('a draft save sends nothing, and no delivery ever holds draft content; the unpublish is sent', async () => {
    const film = await payload.create({ collection: 'films', data: { ...minimal.films(refs), _status: 'published' } })
    await until(() => (messagesFor(film.slug).length ? true : undefined), 'the publish')
    await payload.update({
      collection: 'films',
      id: film.id,
      draft: true,
      data: { title: MARKER, originalTitle: MARKER },
    })
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect(messagesFor(film.slug).map((item) => verified(item).data.change)).toEqual(['publish'])
    await payload.update({ collection: 'films', id: film.id, data: { _status: 'draft' } })
    await until(() => (messagesFor(film.slug).length === 2 ? true : undefined), 'the unpublish')
    expect(messagesFor(film.slug).map((item) => verified(item).data.change)).toEqual(['publish', 'unpublish'])
    for (const item of partner.received) expect(item.body).not.toContain(MARKER)
  })

  test('other collections than the endpoint asked for send nothing', async () => {
    const before = partner.received.length
    const person = await payload.create({
      collection: 'people',
      data: { ...minimal.people(refs), _status: 'published' },
    })
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect(partner.received.length).toBe(before)
    expect(JSON.stringify(partner.received)).not.toContain(person.slug)
  })

  test('a receiver answering 500 gets the same event again after the backoff, then answers 200', async () => {
    partner.answers.push(500)
    const film = await payload.create({ collection: 'films', data: { ...minimal.films(refs), _status: 'published' } })
    const [first] = await until(
      () => (messagesFor(film.slug).length ? messagesFor(film.slug) : undefined),
      'the first attempt',
    )
    const eventId = verified(first).data.event_id
    const job = await retryScheduled()
    expect(new Date(job.waitUntil ?? 0).getTime()).toBeGreaterThan(Date.now())
    await skipBackoff()
    await payload.jobs.run({ queue: 'webhooks' })
    const [, second] = await until(
      () => (messagesFor(film.slug).length === 2 ? messagesFor(film.slug) : undefined),
      'the retry',
    )
    expect(second.headers['webhook-id']).toBe(eventId)
    expect((await deliveries(eventId)).map(({ attempt, statusCode }) => [attempt, statusCode])).toEqual([
      [1, 500],
      [2, 200],
    ])
    expect((await payload.findByID({ collection: 'webhook-endpoints', id: endpoint.id })).consecutiveFailures).toBe(0)
  })

  test('a delivery queued in PostgreSQL is sent by a new Payload instance (a restart)', async () => {
    const { DELIVER_WEBHOOK, WEBHOOK_QUEUE } = await import('@/webhooks/task')
    // What the subscriber queues, left unrun as when the process dies right after.
    const body = JSON.stringify({
      type: 'films.updated',
      timestamp: new Date().toISOString(),
      data: {
        event_id: 'restart-event',
        change: 'update',
        collection: 'films',
        id: refs.film,
        slug: 'restart',
        urls: [],
      },
    })
    await payload.jobs.queue({
      task: DELIVER_WEBHOOK,
      queue: WEBHOOK_QUEUE,
      input: { endpoint: endpoint.id, messageId: 'restart-event', body },
    })
    const other = await openPayloadOn(ctx.databaseUrl)
    try {
      await other.payload.jobs.run({ queue: WEBHOOK_QUEUE })
    } finally {
      await other.close()
    }
    const item = await until(
      () => partner.received.find((received) => received.headers['webhook-id'] === 'restart-event'),
      'the delivery after the restart',
    )
    expect(verified(item).data.slug).toBe('restart')
  })

  test('an endpoint failing again and again is disabled, with a note saying why, and gets nothing more', async () => {
    const down = receiver()
    await down.listen()
    const url = down.url()
    await down.close()
    const created = await rest('POST', '/webhook-endpoints', {
      token: adminToken,
      body: { url, disableAfterFailures: 2 },
    })
    const failing = (created.body as { doc: { id: number } }).doc
    const film = await payload.create({ collection: 'films', data: { ...minimal.films(refs), _status: 'published' } })
    const logOf = async () =>
      (await payload.find({ collection: 'webhook-deliveries', where: { endpoint: { equals: failing.id } }, depth: 0 }))
        .docs
    await retryScheduled()
    await skipBackoff()
    await payload.jobs.run({ queue: 'webhooks' })
    const disabled = await payload.findByID({ collection: 'webhook-endpoints', id: failing.id })
    expect(disabled).toMatchObject({
      active: false,
      consecutiveFailures: 2,
      disabledReason: expect.stringMatching(/after 2 consecutive failed deliveries/),
    })
    expect((await logOf()).every(({ statusCode, error }) => statusCode === null && typeof error === 'string')).toBe(
      true,
    )
    await payload.update({
      collection: 'films',
      id: film.id,
      data: { title: 'Renamed while disabled', _status: 'published' },
    })
    await new Promise((resolve) => setTimeout(resolve, 1500))
    await skipBackoff()
    await payload.jobs.run({ queue: 'webhooks' })
    expect((await logOf()).length).toBe(2)
  })
})
