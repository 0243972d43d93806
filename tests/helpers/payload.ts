import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

import { createDatabaseOn, type Database } from '../support/database'

export type TestPayload = { payload: Payload; databaseUrl: string; close: () => Promise<void> }

/** A new, empty database on the run's test server (tests/integration/globalSetup.ts). */
function createDatabase(): Promise<Database> {
  const server = process.env.TEST_DATABASE_SERVER
  if (!server) throw new Error('TEST_DATABASE_SERVER is unset: run integration tests through `npm test`')
  return createDatabaseOn(server, 'filmweek_test')
}

/** A new database on the test server with nothing in it (not even migrations): a restore target. */
export async function createEmptyDatabase(): Promise<{ databaseUrl: string; drop: () => Promise<void> }> {
  const database = await createDatabase()
  return { databaseUrl: database.url, drop: database.stop }
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
  const database = await createDatabase()
  const databaseUrl = database.url
  process.env.DATABASE_URL = databaseUrl
  const mediaDir = path.join(os.tmpdir(), new URL(databaseUrl).pathname.slice(1))
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
      await database.stop()
      fs.rmSync(mediaDir, { recursive: true, force: true })
    },
  }
}
