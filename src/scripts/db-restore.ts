/**
 * `npm run db:restore -- <file> [--clean]`: a db:backup file into the
 * configured database, in one transaction. Refuses a database that is not
 * empty unless --clean.
 */
import { parseArgs } from 'node:util'

import { restore } from '@/db/backup'

import { parseCommandLine, runScript, toolsEnv } from './dbToolsCli'

const USAGE = `Usage: npm run db:restore -- <file> [--clean]
  --clean  restore into a database that is not empty, dropping and recreating what the backup contains`

const { file, clean } = parseCommandLine(USAGE, () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { clean: { type: 'boolean', default: false } },
  })
  if (positionals.length !== 1)
    throw new Error(
      `Expected one backup file, got ${positionals.length}${positionals.length ? `: ${positionals.join(' ')}` : ''}`,
    )
  return { file: positionals[0], clean: values.clean }
})

await runScript(async () => {
  const { DATABASE_URL, PG_BIN } = toolsEnv()
  const started = Date.now()
  await restore({ databaseUrl: DATABASE_URL, file, clean, pgBin: PG_BIN })
  return `Restored ${file} (${Date.now() - started} ms). If the code is newer than the backup, \`npm run migrate\` brings the schema up to date.`
})
