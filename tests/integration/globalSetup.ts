import crypto from 'node:crypto'

import { tsImport } from 'tsx/esm/api'

import type * as Support from '../support/database'

/**
 * One PostgreSQL server for the integration run (tests/support/database.ts).
 * Each test file then creates its own database on it (tests/helpers/payload.ts),
 * so files never see each other's data.
 */
export default async function globalSetup(): Promise<void> {
  process.env.PAYLOAD_SECRET ??= crypto.randomBytes(32).toString('hex')
  process.env.DISABLE_PAYLOAD_HMR = 'true'
  // Payload's migration lines on every test database would drown the test output.
  process.env.LOG_LEVEL ??= 'warn'
  // Jest runs global setup outside its module system: load the TypeScript modules through tsx.
  const { startDatabaseServer } = (await tsImport('../support/database.ts', import.meta.url)) as typeof Support
  const server = await startDatabaseServer(process.cwd())
  process.env.TEST_DATABASE_SERVER = server.url
  // Setup and teardown share Jest's main process, not a module: hand the server over through globalThis.
  ;(globalThis as { __TEST_DB__?: Support.Database }).__TEST_DB__ = server
}
