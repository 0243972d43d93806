/**
 * Brings the database up to date: applies pending migrations, then seeds the
 * demo content (`--seed`: always, idempotently; `--seed-if-empty`: only on an
 * empty database, as the first start does).
 */
import { getPayload } from 'payload'

import { withMigrationLock } from '@/db/migrationLock'
import { migrations } from '@/db/migrations'
import { envOrExit } from '@/env'
import { seed } from '@/seed'

// A script is not a dev server: no HMR socket, no type generation.
process.env.DISABLE_PAYLOAD_HMR = 'true'

// Before the config, which reads the environment as it loads: a bad variable gets its name printed, not a stack.
envOrExit()
const { default: config } = await import('@payload-config')

const args = new Set(process.argv.slice(2))

const payload = await getPayload({ config })
try {
  // Several instances may start at once: one migrates (and seeds) at a time.
  await withMigrationLock(payload, async () => {
    await payload.db.migrate({ migrations })
    const empty = (await payload.count({ collection: 'editions' })).totalDocs === 0
    if (args.has('--seed') || (args.has('--seed-if-empty') && empty)) {
      await seed(payload, { log: (line) => console.log(`[seed] ${line}`) })
    }
  })
} finally {
  await payload.destroy()
}
process.exit(0)
