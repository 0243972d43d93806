/**
 * Brings the database up to date: applies pending migrations, then seeds the
 * demo content (`--seed`: always, idempotently; `--seed-if-empty`: only on an
 * empty database, as the first start does).
 *
 * Run it, and every script that loads the Payload config, with
 * `--conditions=production` (package.json). Without it Node picks Lexical's
 * `*.node.mjs` entry points, each of which chooses its build with a top-level
 * `await import()`. Node 20 evaluating dozens of those, importing each other,
 * sometimes never settles the graph: the event loop empties and the process
 * exits 13 ("unsettled top-level await") silently, before any line of the
 * script runs: 3 starts in 40 under tsx on a loaded machine, and every time
 * when the same imports ran in plain Node. The condition resolves Lexical's
 * production build directly, with no top-level await.
 */
// First: checks the environment before the config reads it.
import './checkEnv'

import config from '@payload-config'
import { getPayload } from 'payload'

import { withMigrationLock } from '@/db/migrationLock'
import { migrations } from '@/db/migrations'
import { seed } from '@/seed'

// A script is not a dev server: no HMR socket, no type generation.
process.env.DISABLE_PAYLOAD_HMR = 'true'

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
