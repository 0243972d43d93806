/**
 * Throw-away PostgreSQL for tests and the bench: never the developer's data.
 * With DATABASE_URL set, a fresh database on that server (dropped afterwards);
 * otherwise an embedded PostgreSQL in its own folder and on a free port.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import pg from 'pg'

import { startEmbeddedPostgres } from '../../src/db/embedded'
import { freePort } from '../../src/db/freePort'

export type Database = { url: string; where: string; stop: () => Promise<void> }

/** Runs one statement on a server's maintenance connection (CREATE and DROP DATABASE cannot run in a transaction). */
async function onServer(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

/** A new, empty database on `serverUrl` named `<prefix>_<random>`, dropped by `stop`. */
export async function createDatabaseOn(serverUrl: string, prefix: string): Promise<Database> {
  const name = `${prefix}_${crypto.randomBytes(6).toString('hex')}`
  await onServer(serverUrl, `CREATE DATABASE ${name}`)
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    where: `database ${name} on ${url.host}`,
    stop: () => onServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  }
}

type Embedded = { rootDir: string; folder: string; database: string; port?: number }

/** An embedded server in `.data/<folder>` (emptied first, deleted when stopped). */
async function startEmbedded({ rootDir, folder, database, port }: Embedded): Promise<Database> {
  const dataDir = path.join(rootDir, '.data', folder)
  fs.rmSync(dataDir, { recursive: true, force: true })
  const onPort = port ?? (await freePort())
  const server = await startEmbeddedPostgres({ dataDir, port: onPort, database, ephemeral: true })
  return { url: server.url, where: `embedded PostgreSQL on port ${onPort} (.data/${folder})`, stop: server.stop }
}

/**
 * One database for a run (`purpose`: e2e, bench-smoke, …): on DATABASE_URL's
 * server when set, otherwise embedded in `.data/postgres-<purpose>`.
 */
export async function startDatabase(rootDir: string, purpose: string, port?: number): Promise<Database> {
  const prefix = `filmweek_${purpose.replace(/\W/g, '_')}`
  if (process.env.DATABASE_URL) return createDatabaseOn(process.env.DATABASE_URL, prefix)
  return startEmbedded({ rootDir, folder: `postgres-${purpose}`, database: prefix, port })
}

/**
 * A server to create many databases on (the integration run: one a test
 * file): DATABASE_URL's server when set (left running), otherwise an embedded one.
 */
export async function startDatabaseServer(rootDir: string): Promise<Database> {
  const server = process.env.DATABASE_URL
  if (server) return { url: server, where: "DATABASE_URL's server", stop: async () => undefined }
  const port = await freePort()
  // One folder per run, so runs side by side (or a killed one) never share a server.
  return startEmbedded({ rootDir, folder: `postgres-test-${port}`, database: 'postgres', port })
}
