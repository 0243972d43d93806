/**
 * Runs commands one after another with a database: DATABASE_URL when set,
 * otherwise an embedded PostgreSQL kept in .data/ and stopped cleanly when the
 * last command ends (or on Ctrl-C / SIGTERM).
 *
 *   tsx src/scripts/with-db.ts "tsx src/scripts/prepare.ts" "next start"
 *
 * Arguments after a literal `--` are passed to the last command, so an npm
 * script ending in `--` forwards `npm run x -- <args>` (db:backup, db:restore).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { startEmbeddedPostgres, type EmbeddedDatabase } from '@/db/embedded'
import { embeddedEnvSchema, parseVariables } from '@/env'

const KILL_GRACE_MS = 8_000

if (fs.existsSync('.env')) process.loadEnvFile('.env')
// No usage reports from a festival's servers unless someone opts in.
process.env.NEXT_TELEMETRY_DISABLED ??= '1'

/** A random secret per checkout, so the demo never runs on a well-known one. */
function localSecret(): string {
  const file = path.resolve('.data/payload-secret')
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, crypto.randomBytes(32).toString('hex'), { mode: 0o600 })
  }
  return fs.readFileSync(file, 'utf8').trim()
}

/** Quoted for the shell, so a file name is never read as shell syntax. */
const shellQuote = (arg: string) => `'${arg.replaceAll("'", `'\\''`)}'`

/** The commands to run, with any arguments after `--` appended to the last one. */
function commandLine(argv: string[]): string[] {
  const separator = argv.indexOf('--')
  if (separator === -1) return argv
  const commands = argv.slice(0, separator)
  const extra = argv.slice(separator + 1).map(shellQuote)
  if (commands.length && extra.length) commands[commands.length - 1] += ` ${extra.join(' ')}`
  return commands
}

let current: ChildProcess | undefined
let database: EmbeddedDatabase | undefined
let stopping = false

function run(command: string): Promise<number> {
  return new Promise((resolve) => {
    // Own process group, so the whole tree (npm, next, workers) can be stopped together.
    current = spawn(command, { shell: true, stdio: 'inherit', detached: true, env: process.env })
    current.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}

async function shutdown(signal: NodeJS.Signals): Promise<void> {
  if (stopping) return
  stopping = true
  const child = current
  if (child?.pid && child.exitCode === null) {
    process.kill(-child.pid, signal)
    // `next start` has been seen to stop listening without exiting: don't wait forever.
    const timer = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), KILL_GRACE_MS)
    await new Promise((resolve) => child.once('exit', resolve))
    clearTimeout(timer)
  }
  await database?.stop()
  process.exit(signal === 'SIGINT' ? 130 : 143)
}

async function main(commands: string[]): Promise<number> {
  const settings = parseVariables(embeddedEnvSchema, process.env)
  if (!settings.DATABASE_URL) {
    const started = Date.now()
    database = await startEmbeddedPostgres({
      dataDir: path.resolve(settings.EMBEDDED_PG_DIR),
      port: settings.EMBEDDED_PG_PORT,
      database: 'filmweek',
    })
    process.env.DATABASE_URL = database.url
    process.env.PAYLOAD_SECRET ??= localSecret()
    console.log(
      `Embedded PostgreSQL on port ${settings.EMBEDDED_PG_PORT} (${Date.now() - started} ms, data in ${settings.EMBEDDED_PG_DIR})`,
    )
  }
  for (const command of commands) {
    const code = await run(command)
    if (code !== 0 || stopping) return code
  }
  return 0
}

process.on('SIGINT', () => void shutdown('SIGINT'))
process.on('SIGTERM', () => void shutdown('SIGTERM'))

const code = await main(commandLine(process.argv.slice(2))).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  return 1
})
await database?.stop()
process.exit(code)
