import fs from 'node:fs/promises'
import path from 'node:path'

import { HeadBucketCommand, S3Client } from '@aws-sdk/client-s3'
import { createClient } from 'redis'

import { databaseReachable } from '@/db/outage'
import { env } from '@/env'
import { s3Settings } from '@/storage/s3'

const TIMEOUT_MS = 2_000

export type Check = { ok: boolean; ms: number; detail: string }
export type Readiness = { ready: boolean; checks: { database: Check; cache: Check; storage: Check } }

// Public (load balancers call it unauthenticated): says what is down, never how (hosts, error text).
async function timed(detail: string, probe: () => Promise<unknown>): Promise<Check> {
  const started = performance.now()
  const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), TIMEOUT_MS).unref())
  const ok = await Promise.race([probe().then((result) => result !== false), timeout]).catch(() => false)
  return { ok, ms: Math.round(performance.now() - started), detail: ok ? detail : `${detail}: unreachable` }
}

async function redisPing(url: string): Promise<void> {
  const client = createClient({ url, socket: { connectTimeout: TIMEOUT_MS, reconnectStrategy: false } })
  client.on('error', () => {})
  try {
    await client.connect()
    await client.ping()
  } finally {
    await client.disconnect().catch(() => {})
  }
}

/** What a load balancer asks before sending traffic: can this instance reach its database, cache and media store? */
export async function readiness(): Promise<Readiness> {
  const settings = env()
  const s3 = s3Settings(settings)
  const [database, cache, storage] = await Promise.all([
    timed('PostgreSQL', databaseReachable),
    settings.REDIS_URL
      ? timed('Redis', () => redisPing(settings.REDIS_URL ?? ''))
      : Promise.resolve({ ok: true, ms: 0, detail: 'per-process cache (no REDIS_URL)' }),
    s3
      ? timed(`S3 bucket ${s3.bucket}`, () =>
          new S3Client(s3.client).send(new HeadBucketCommand({ Bucket: s3.bucket })),
        )
      : timed('local media folder', () =>
          fs
            .mkdir(path.resolve(settings.MEDIA_DIR), { recursive: true })
            .then(() => fs.access(path.resolve(settings.MEDIA_DIR), fs.constants.W_OK)),
        ),
  ])
  return { ready: database.ok && cache.ok && storage.ok, checks: { database, cache, storage } }
}
