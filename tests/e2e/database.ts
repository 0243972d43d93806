import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import pg from 'pg'

import { startEmbeddedPostgres } from '../../src/db/embedded'
import { freePort } from '../../src/db/freePort'

export type E2EDatabase = { url: string; stop: () => Promise<void> }

async function onServer<T>(serverUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.end()
  }
}

/** A new database on DATABASE_URL's server, dropped afterwards: never touches the developer's data. */
async function freshDatabaseOn(serverUrl: string): Promise<E2EDatabase> {
  const name = `filmweek_e2e_${crypto.randomBytes(6).toString('hex')}`
  await onServer(serverUrl, (client) => client.query(`CREATE DATABASE ${name}`))
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    stop: async () => {
      await onServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))
    },
  }
}

/** DATABASE_URL's server when set, otherwise a throw-away embedded PostgreSQL. */
export async function startDatabase(rootDir: string): Promise<E2EDatabase> {
  if (process.env.DATABASE_URL) return freshDatabaseOn(process.env.DATABASE_URL)
  const dataDir = path.join(rootDir, '.data/postgres-e2e')
  fs.rmSync(dataDir, { recursive: true, force: true })
  const server = await startEmbeddedPostgres({
    dataDir,
    port: process.env.E2E_EMBEDDED_PG_PORT ? Number(process.env.E2E_EMBEDDED_PG_PORT) : await freePort(),
    database: 'filmweek_e2e',
    ephemeral: true,
  })
  return { url: server.url, stop: server.stop }
}
