/**
 * Child process of the bench: migrates the bench database and loads the
 * synthetic data, then writes what it loaded as JSON. A process of its own
 * because the Payload config reads DATABASE_URL when imported, and so that
 * Payload's memory and connections never share the load generator's process.
 *
 *   BENCH_SIZE=full|smoke BENCH_FIXTURES=out.json BENCH_ADMIN_PASSWORD=… tsx bench/load.ts
 */
import fs from 'node:fs'

import type { Fixtures } from './fixtures'
import { SIZES, type Size } from './sizes'

// A script is not a dev server: no HMR socket.
process.env.DISABLE_PAYLOAD_HMR = 'true'

const size: Size = SIZES[process.env.BENCH_SIZE === 'smoke' ? 'smoke' : 'full']
const output = process.env.BENCH_FIXTURES
const password = process.env.BENCH_ADMIN_PASSWORD
if (!output || !password) throw new Error('BENCH_FIXTURES and BENCH_ADMIN_PASSWORD are required')

const log = (line: string) => console.log(`[synthetic] ${line}`)
// Run with --conditions=production (bench/run.ts): see src/scripts/prepare.ts.
log('importing the app')
const { default: config } = await import('@payload-config')
const { getPayload } = await import('payload')
const { migrations } = await import('@/db/migrations')
const { generate } = await import('./synthetic')
log('connecting')
const payload = await getPayload({ config })
try {
  const started = performance.now()
  await payload.db.migrate({ migrations })
  const migrateMs = Math.round(performance.now() - started)
  log(`migrate: ${migrateMs} ms`)
  const fixtures: Fixtures = await generate(payload, size, { email: 'bench-editor@filmweek.test', password }, log)
  fixtures.timings.migrate = migrateMs
  fs.writeFileSync(output, JSON.stringify(fixtures, null, 2))
} finally {
  await payload.destroy()
}
// The Postgres adapter keeps a pool connection that destroy() does not release.
process.exit(0)
