import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { tsImport } from 'tsx/esm/api'

import type * as Embedded from '../../src/db/embedded'

/**
 * One PostgreSQL server for the integration run: DATABASE_URL's server when
 * set, otherwise a throw-away embedded one. Each test file then creates its own
 * database on it (tests/helpers/payload.ts), so files never see each other's data.
 */
export default async function globalSetup(): Promise<void> {
  process.env.PAYLOAD_SECRET ??= crypto.randomBytes(32).toString('hex')
  process.env.DISABLE_PAYLOAD_HMR = 'true'
  if (process.env.DATABASE_URL) {
    process.env.TEST_DATABASE_SERVER = process.env.DATABASE_URL
    return
  }
  const dataDir = path.resolve('.data/postgres-test')
  fs.rmSync(dataDir, { recursive: true, force: true })
  // Jest runs global setup outside its module system: load the TypeScript module through tsx.
  const { startEmbeddedPostgres } = (await tsImport('../../src/db/embedded.ts', import.meta.url)) as typeof Embedded
  const server = await startEmbeddedPostgres({
    dataDir,
    port: Number(process.env.TEST_EMBEDDED_PG_PORT ?? 54339),
    database: 'postgres',
    ephemeral: true,
  })
  process.env.TEST_DATABASE_SERVER = server.url
  ;(globalThis as { __TEST_DB__?: typeof server }).__TEST_DB__ = server
}
