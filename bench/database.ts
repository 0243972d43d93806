import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import pg from 'pg'

import { startEmbeddedPostgres } from '@/db/embedded'

import { freePort } from './ports'

export type BenchDatabase = { url: string; where: string; stop: () => Promise<void> }

async function onServer(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

/**
 * A database nobody else uses: a fresh one on DATABASE_URL's server (dropped
 * afterwards), otherwise a throw-away embedded PostgreSQL in its own folder
 * and on a free port, never the developer's `.data/postgres`.
 */
export async function startDatabase(rootDir: string, label: string): Promise<BenchDatabase> {
  const server = process.env.DATABASE_URL
  if (server) {
    const name = `filmweek_bench_${crypto.randomBytes(5).toString('hex')}`
    await onServer(server, `CREATE DATABASE ${name}`)
    const url = new URL(server)
    url.pathname = `/${name}`
    return { url: url.toString(), where: `database ${name} on DATABASE_URL's server`, stop: () => onServer(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) }
  }
  const dataDir = path.join(rootDir, `.data/postgres-bench-${label}`)
  fs.rmSync(dataDir, { recursive: true, force: true })
  const port = await freePort()
  const embedded = await startEmbeddedPostgres({ dataDir, port, database: 'filmweek_bench', ephemeral: true })
  return { url: embedded.url, where: `embedded PostgreSQL on port ${port} (${path.relative(rootDir, dataDir)})`, stop: embedded.stop }
}
