import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { tsImport } from 'tsx/esm/api'

import type * as Embedded from '../../src/db/embedded'
import type * as Ports from '../../src/db/freePort'

/**
 * One PostgreSQL server for the integration run: DATABASE_URL's server when
 * set, otherwise a throw-away embedded one. Each test file then creates its own
 * database on it (tests/helpers/payload.ts), so files never see each other's data.
 */
export default async function globalSetup(): Promise<void> {
  process.env.PAYLOAD_SECRET ??= crypto.randomBytes(32).toString('hex')
  process.env.DISABLE_PAYLOAD_HMR = 'true'
  // Payload's migration lines on every test database would drown the test output.
  process.env.LOG_LEVEL ??= 'warn'
  if (process.env.DATABASE_URL) {
    process.env.TEST_DATABASE_SERVER = process.env.DATABASE_URL
    return
  }
  // Jest runs global setup outside its module system: load the TypeScript modules through tsx.
  const { startEmbeddedPostgres } = (await tsImport('../../src/db/embedded.ts', import.meta.url)) as typeof Embedded
  const { freePort } = (await tsImport('../../src/db/freePort.ts', import.meta.url)) as typeof Ports
  const port = await freePort()
  // One folder per run, so runs side by side (or a killed one) never share a server.
  const dataDir = path.resolve(`.data/postgres-test-${port}`)
  fs.rmSync(dataDir, { recursive: true, force: true })
  const server = await startEmbeddedPostgres({
    dataDir,
    port,
    database: 'postgres',
    ephemeral: true,
  })
  process.env.TEST_DATABASE_SERVER = server.url
  ;(globalThis as { __TEST_DB__?: typeof server }).__TEST_DB__ = server
}
