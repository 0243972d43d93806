/**
 * Webhook delivery (issue 12): a partner's receiver on loopback, registered
 * over REST as an admin does it, verifies every delivery with the
 * `standardwebhooks` library. The clock runs from sending a film title's
 * publishing PATCH until the receiver holds the verified delivery naming the
 * film; beside it, the floor: the PATCH's own round trip. The endpoint is
 * switched off afterwards, so later phases' publishes deliver nothing.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'

import { Webhook } from 'standardwebhooks'

import type { Bench } from '../context'
import { send } from '../http'
import { round, summary, type Summary } from '../stats'
import { nextEdit } from './publish'

export type WebhookResult = {
  /** Per change: the PATCH's round trip, and ms from sending it until the verified delivery (null: none within GIVE_UP_MS). */
  changes: { patchMs: number; deliveredMs: number | null }[]
  delivery: Summary
  patch: Summary
  undelivered: number
  /** Deliveries whose signature did not verify (answered 400). */
  rejected: number
}

type Delivery = { at: number; filmId: number | null }

const GIVE_UP_MS = 15_000
const POLL_MS = 5

/** A receiver on loopback that verifies each POST with the endpoint's secret, once known, and notes when it arrived. */
async function receiver() {
  const deliveries: Delivery[] = []
  let webhook: Webhook | undefined
  let rejected = 0
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      try {
        if (!webhook) throw new Error('no secret yet')
        const message = webhook.verify(
          Buffer.concat(chunks).toString('utf8'),
          request.headers as Record<string, string>,
        ) as { data?: { collection?: string; id?: number } }
        deliveries.push({
          at: performance.now(),
          filmId: message.data?.collection === 'films' ? (message.data.id ?? null) : null,
        })
        response.writeHead(200).end()
      } catch {
        rejected += 1
        response.writeHead(400).end()
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    trust: (secret: string) => (webhook = new Webhook(secret)),
    rejected: () => rejected,
    /** When the first verified delivery naming `filmId` arrived after `since`; null after GIVE_UP_MS. */
    async arrival(filmId: number, since: number): Promise<number | null> {
      while (performance.now() - since < GIVE_UP_MS) {
        const delivery = deliveries.find((candidate) => candidate.filmId === filmId && candidate.at >= since)
        if (delivery) return delivery.at
        await sleep(POLL_MS)
      }
      return null
    },
    close: () => {
      // The app keeps its connection alive: closing would wait for it to idle out.
      server.closeAllConnections()
      return new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

export async function webhookDelivery(bench: Bench): Promise<WebhookResult> {
  const { base, token, fixtures, settings, log } = bench
  const partner = await receiver()
  const created = await send(
    'POST',
    `${base}/api/webhook-endpoints`,
    { url: partner.url, collections: ['films'] },
    token,
  )
  if (created.status !== 201)
    throw new Error(`POST /api/webhook-endpoints answered ${created.status} ${created.body.slice(0, 300)}`)
  const endpoint = (JSON.parse(created.body) as { doc: { id: number; secret: string } }).doc
  partner.trust(endpoint.secret)

  const film = fixtures.films[0]
  const changes: WebhookResult['changes'] = []
  try {
    for (let index = 0; index < settings.webhookChanges; index++) {
      const edit = nextEdit(bench, 'film title')
      const started = performance.now()
      const response = await send('PATCH', base + edit.url, { ...edit.body, _status: 'published' }, token)
      const patchMs = performance.now() - started
      if (response.status !== 200)
        throw new Error(`PATCH ${edit.url} answered ${response.status} ${response.body.slice(0, 300)}`)
      const arrived = await partner.arrival(film.id, started)
      const deliveredMs = arrived === null ? null : arrived - started
      changes.push({ patchMs: round(patchMs) ?? 0, deliveredMs: round(deliveredMs) })
      log(
        `webhook: PATCH ${patchMs.toFixed(0)} ms, ${deliveredMs === null ? `no verified delivery within ${GIVE_UP_MS} ms` : `delivered after ${deliveredMs.toFixed(0)} ms`}`,
      )
    }
  } finally {
    await send('PATCH', `${base}/api/webhook-endpoints/${endpoint.id}`, { active: false }, token)
    await partner.close()
  }
  const delivered = changes.flatMap((change) => (change.deliveredMs === null ? [] : [change.deliveredMs]))
  return {
    changes,
    delivery: summary(delivered),
    patch: summary(changes.map((change) => change.patchMs)),
    undelivered: changes.length - delivered.length,
    rejected: partner.rejected(),
  }
}
