import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import pg from 'pg'

/** Connection string for `database` on the run's test server. */
function urlFor(database: string): string {
  const server = process.env.TEST_DATABASE_SERVER
  if (!server) throw new Error('TEST_DATABASE_SERVER is unset: run integration tests through `npm test`')
  const url = new URL(server)
  url.pathname = `/${database}`
  return url.toString()
}

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_SERVER })
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.end()
  }
}

export type TestPayload = { payload: Payload; databaseUrl: string; close: () => Promise<void> }

const newDatabaseName = () => `filmweek_test_${crypto.randomBytes(6).toString('hex')}`

/** A new database on the test server with nothing in it (not even migrations): a restore target. */
export async function createEmptyDatabase(): Promise<{ databaseUrl: string; drop: () => Promise<void> }> {
  const database = newDatabaseName()
  await admin((client) => client.query(`CREATE DATABASE ${database}`))
  return {
    databaseUrl: urlFor(database),
    drop: () => admin((client) => client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)).then(() => undefined),
  }
}

/**
 * A second Payload, from the same config, on another database of the test
 * server (the config's own connection string is fixed once imported).
 */
export async function openPayloadOn(databaseUrl: string): Promise<{ payload: Payload; close: () => Promise<void> }> {
  const { default: config } = await import('@payload-config')
  const { getPayload } = await import('payload')
  const { postgresAdapter } = await import('@payloadcms/db-postgres')
  const sanitized = await config
  const { init } = postgresAdapter({ pool: { connectionString: databaseUrl }, push: false })
  const payload = await getPayload({ config: { ...sanitized, db: { ...sanitized.db, init } }, key: databaseUrl })
  return {
    payload,
    close: async () => {
      payload.db.pool.on('error', () => {})
      await payload.destroy()
    },
  }
}

/**
 * A Payload instance on a new, migrated, empty database of its own, built
 * from the real config: the isolation unit of the integration suite.
 */
export async function createTestPayload(): Promise<TestPayload> {
  const database = newDatabaseName()
  await admin((client) => client.query(`CREATE DATABASE ${database}`))
  const databaseUrl = urlFor(database)
  process.env.DATABASE_URL = databaseUrl
  const mediaDir = path.join(os.tmpdir(), database)
  process.env.MEDIA_DIR = mediaDir

  // Imported after DATABASE_URL is set (the config reads it), one at a time:
  // Jest's ESM loader fails on concurrent imports of a shared dependency.
  const { default: config } = await import('@payload-config')
  const { getPayload } = await import('payload')
  const { migrations } = await import('@/db/migrations')
  const payload = await getPayload({ config })
  await payload.db.migrate({ migrations })

  return {
    payload,
    databaseUrl,
    close: async () => {
      // A pool connection outlives destroy(); the forced drop below ends it, which is expected.
      payload.db.pool.on('error', () => {})
      await payload.destroy()
      await admin((client) => client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`))
      fs.rmSync(mediaDir, { recursive: true, force: true })
    },
  }
}
