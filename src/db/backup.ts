/**
 * Database backups in pg_dump's custom format, and restores that either
 * complete or leave the database as it was. Media files are not in the
 * database (README, "Backups").
 */
import fs from 'node:fs'
import path from 'node:path'

import pg from 'pg'

import { describeDatabase, PgToolError, resolveTool, runTool } from './pgTools'

/** `.data/backups/filmweek-20261114T102203Z.dump`: sorts by time, no characters a shell or Windows minds. */
export function defaultBackupFile(now = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replaceAll(/[-:]/g, '')
  return path.join('.data', 'backups', `filmweek-${stamp}.dump`)
}

export async function backup(options: {
  databaseUrl: string
  file: string
  pgBin?: string
}): Promise<{ file: string; bytes: number }> {
  const file = path.resolve(options.file)
  if (fs.existsSync(file))
    throw new PgToolError(`${options.file} already exists: choose another file name (a backup is never overwritten).`)
  const pgDump = await resolveTool('pg_dump', options.databaseUrl, options.pgBin)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  // Written aside and renamed when complete, so a failed dump never looks like a backup.
  const partial = `${file}.partial`
  try {
    await runTool(pgDump, ['--format=custom', `--file=${partial}`], options.databaseUrl)
    fs.renameSync(partial, file)
  } finally {
    fs.rmSync(partial, { force: true })
  }
  return { file, bytes: fs.statSync(file).size }
}

/** Tables, sequences, views… outside the system schemas: what a restore would collide with. */
export async function userRelations(databaseUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query<{ name: string }>(
      `SELECT n.nspname || '.' || c.relname AS name
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'
          AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
        ORDER BY 1`,
    )
    return rows.map((row) => row.name)
  } finally {
    await client.end()
  }
}

export class RestoreRefused extends PgToolError {
  name = 'RestoreRefused'
}

export async function restore(options: {
  databaseUrl: string
  file: string
  clean: boolean
  pgBin?: string
}): Promise<void> {
  if (!fs.existsSync(options.file)) throw new PgToolError(`${options.file} does not exist.`)
  const pgRestore = await resolveTool('pg_restore', options.databaseUrl, options.pgBin)
  // Reading the table of contents proves it is a custom-format archive before the database is touched.
  await runTool(pgRestore, ['--list', options.file])

  const existing = await userRelations(options.databaseUrl)
  if (existing.length && !options.clean) {
    const sample = existing.slice(0, 5).join(', ') + (existing.length > 5 ? `, … (${existing.length} in all)` : '')
    throw new RestoreRefused(
      `The ${describeDatabase(options.databaseUrl)} is not empty (${sample}). Nothing was changed. ` +
        'Restore into an empty database, or pass --clean to drop and recreate what the backup contains.',
    )
  }
  await runTool(
    pgRestore,
    [
      // One transaction: an error anywhere rolls everything back.
      '--single-transaction',
      // Owners and grants of the source server's roles need not exist here.
      '--no-owner',
      '--no-privileges',
      ...(options.clean ? ['--clean', '--if-exists'] : []),
      options.file,
    ],
    options.databaseUrl,
  )
}
