/**
 * PostgreSQL's client tools (pg_dump, pg_restore): where they are, whether
 * their version can talk to the server, and running them on a connection
 * string without the password on the command line (visible in `ps`).
 */
import { execFile, spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'

import pg from 'pg'

export type PgTool = 'pg_dump' | 'pg_restore'

/** A failure whose message is the whole explanation: scripts print it without a stack. */
export class PgToolError extends Error {
  name = 'PgToolError'
}

function installHint(major: number): string {
  return (
    `Install the PostgreSQL ${major} client tools (Debian/Ubuntu: \`apt-get install postgresql-client-${major}\`, ` +
    `from apt.postgresql.org when the distribution's is older; macOS: \`brew install libpq\`), ` +
    `or set PG_BIN to the folder holding pg_dump and pg_restore.`
  )
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK)
    return fs.statSync(file).isFile()
  } catch {
    return false
  }
}

/** PG_BIN when set (and then only there), otherwise the first match on PATH. */
export function findTool(tool: PgTool, pgBin: string | undefined, serverMajor: number): string {
  if (pgBin) {
    const file = path.join(pgBin, tool)
    if (isExecutable(file)) return file
    throw new PgToolError(`PG_BIN is ${pgBin}, but it holds no executable ${tool}. ${installHint(serverMajor)}`)
  }
  for (const folder of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    const file = path.join(folder, tool)
    if (isExecutable(file)) return file
  }
  throw new PgToolError(`${tool} was not found on PATH. ${installHint(serverMajor)}`)
}

export async function toolMajor(file: string): Promise<number> {
  const { stdout } = await promisify(execFile)(file, ['--version'])
  const match = /\(PostgreSQL\)\s+(\d+)/.exec(stdout)
  if (!match) throw new PgToolError(`Could not read the version of ${file} (it printed: ${stdout.trim()}).`)
  return Number(match[1])
}

export async function serverMajor(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query<{ server_version_num: string }>('SHOW server_version_num')
    return Math.floor(Number(rows[0].server_version_num) / 10_000)
  } finally {
    await client.end()
  }
}

/**
 * The tool to use against this server. An older pg_dump refuses a newer
 * server, and an older pg_restore may not read what a matching pg_dump
 * wrote: say so before starting rather than fail halfway.
 */
export async function resolveTool(tool: PgTool, databaseUrl: string, pgBin: string | undefined): Promise<string> {
  const server = await serverMajor(databaseUrl)
  const file = findTool(tool, pgBin, server)
  const client = await toolMajor(file)
  if (client < server) {
    throw new PgToolError(
      `${file} is PostgreSQL ${client}, older than the server (PostgreSQL ${server}): it cannot work with it. ${installHint(server)}`,
    )
  }
  return file
}

/** Where a connection string points, for messages: never the password. */
export function describeDatabase(databaseUrl: string): string {
  const url = new URL(databaseUrl)
  return `database "${decodeURIComponent(url.pathname.slice(1))}" on ${url.hostname}:${url.port || 5432}`
}

/** libpq arguments and environment for a connection string, with the password moved to PGPASSWORD. */
function connection(databaseUrl: string): { args: string[]; env: NodeJS.ProcessEnv } {
  const url = new URL(databaseUrl)
  const password = decodeURIComponent(url.password)
  url.password = ''
  return {
    args: [`--dbname=${url.toString()}`],
    env: password ? { ...process.env, PGPASSWORD: password } : process.env,
  }
}

/** Runs a tool (with `--dbname` when given a database); rejects with its error output. */
export function runTool(file: string, args: string[], databaseUrl?: string): Promise<string> {
  const target = databaseUrl ? connection(databaseUrl) : { args: [], env: process.env }
  return new Promise((resolve, reject) => {
    const child = spawn(file, [...target.args, ...args], { env: target.env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (code) => {
      if (code === 0) resolve(stdout)
      else reject(new PgToolError(`${path.basename(file)} failed (exit code ${code}):\n${stderr.trim()}`))
    })
  })
}
