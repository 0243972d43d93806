/**
 * `npm run db:backup -- [file]`: the configured database to a pg_dump
 * custom-format file (default `.data/backups/filmweek-<UTC time>.dump`).
 */
import { parseArgs } from 'node:util'

import { backup, defaultBackupFile } from '@/db/backup'

import { parseCommandLine, runScript, toolsEnv } from './dbToolsCli'

const { file } = parseCommandLine('Usage: npm run db:backup -- [file]', () => {
  const { positionals } = parseArgs({ allowPositionals: true, options: {} })
  if (positionals.length > 1)
    throw new Error(`Expected at most one file, got ${positionals.length}: ${positionals.join(' ')}`)
  return { file: positionals[0] ?? defaultBackupFile() }
})

await runScript(async () => {
  const { DATABASE_URL, PG_BIN } = toolsEnv()
  const started = Date.now()
  const written = await backup({ databaseUrl: DATABASE_URL, file, pgBin: PG_BIN })
  return `Backup written to ${written.file} (${Math.ceil(written.bytes / 1024)} kB, ${Date.now() - started} ms). Media files are not in it: see README, "Backups".`
})
