/**
 * Starts the production app the way `npm start` does (embedded PostgreSQL,
 * prepare.ts, `next start`) again and again on a loaded machine, and counts
 * the starts that never answered: a start is good when /api/ready answers 200.
 * Two CPU burners run beside it. Needs a build (`npm run build`) first.
 *
 *   npm run bench:starts -- [--starts 200] [--burners 2] [--timeout 300] [--out bench/starts]
 *
 * Writes <out>/results.md after every start, so an interrupted run keeps its figures.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { parseArgs } from 'node:util'

import { freePort } from '../src/db/freePort'
import { start, stop, tail } from '../tests/support/processes'

const rootDir = path.resolve(import.meta.dirname, '..')
const { values } = parseArgs({
  options: {
    starts: { type: 'string', default: '200' },
    burners: { type: 'string', default: '2' },
    timeout: { type: 'string', default: '300' },
    out: { type: 'string', default: 'bench/starts' },
  },
})
const total = Number(values.starts)
const timeoutMs = Number(values.timeout) * 1000
const outDir = path.resolve(rootDir, values.out)
const logDir = path.join(rootDir, '.data/bench-starts/logs')
fs.mkdirSync(outDir, { recursive: true })
fs.rmSync(logDir, { recursive: true, force: true })
fs.mkdirSync(logDir, { recursive: true })
if (!fs.existsSync(path.join(rootDir, '.next/BUILD_ID'))) throw new Error('No build: run `npm run build` first.')

type Start = { n: number; ok: boolean; ms: number; exitCode: number | null; log: string }
const results: Start[] = []

/** A busy loop in a process of its own: the load a shared CI machine puts beside the app. */
const burners: ChildProcess[] = Array.from({ length: Number(values.burners) }, () =>
  spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }),
)
const stopBurners = () => burners.forEach((burner) => burner.kill('SIGKILL'))
process.once('exit', stopBurners)
let interrupted = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => (interrupted = true))

async function ready(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(10_000) })
    await response.arrayBuffer()
    return response.status === 200
  } catch {
    return false
  }
}

async function startOnce(n: number): Promise<Start> {
  const port = await freePort()
  const log = path.join(logDir, `start-${n}.log`)
  const started = Date.now()
  // Exactly `npm start`, on ports of its own and a database kept between starts (the first one seeds it).
  const app = start(`start ${n}`, 'npm', ['start'], {
    cwd: rootDir,
    log,
    env: {
      ...process.env,
      PORT: String(port),
      SERVER_URL: `http://127.0.0.1:${port}`,
      EMBEDDED_PG_PORT: String(await freePort()),
      EMBEDDED_PG_DIR: '.data/bench-starts/postgres',
    },
  })
  let exitCode: number | null = null
  void app.exited.then((code) => (exitCode = code))
  let ok = false
  while (!ok && exitCode === null && Date.now() - started < timeoutMs && !interrupted) {
    ok = await ready(`http://127.0.0.1:${port}/api/ready`)
    if (!ok) await sleep(250)
  }
  const ms = Date.now() - started
  // with-db stops `next start` (its own process group) and then PostgreSQL: give it the time that takes under load.
  await stop(app, 30_000)
  // A server that outlived its stop would hold the next starts' memory and CPU: a failure too.
  const outlived = await ready(`http://127.0.0.1:${port}/api/ready`)
  if (outlived)
    fs.appendFileSync(log, `\n[starts] the app still answered on port ${port} after npm start was stopped\n`)
  const good = ok && !outlived
  if (good) fs.rmSync(log, { force: true })
  return { n, ok: good, ms, exitCode, log: good ? '' : tail(log, 15) }
}

function report(): string {
  const failed = results.filter(({ ok }) => !ok)
  const times = results
    .filter(({ ok }) => ok)
    .map(({ ms }) => ms)
    .sort((a, b) => a - b)
  const at = (q: number) =>
    times.length ? `${(times[Math.min(times.length - 1, Math.floor(q * times.length))] / 1000).toFixed(1)} s` : '–'
  const lines = [
    '# Production starts under load',
    '',
    `\`npm run bench:starts\`: \`npm start\` (embedded PostgreSQL, \`prepare.ts --seed-if-empty\`, \`next start\`) started and stopped ${results.length} times${results.length < total ? ` (of ${total} asked; the run was stopped early)` : ''}, with ${burners.length} CPU burners beside it, on a machine with ${os.availableParallelism()} CPUs shared with other work.`,
    'A start counts as good when `/api/ready` answers 200 within the time limit.',
    '',
    `- Starts: ${results.length}; failed: **${failed.length}**`,
    `- Time to ready (good starts): p50 ${at(0.5)}, p90 ${at(0.9)}, max ${at(1)}`,
    `- Run: ${new Date().toISOString().slice(0, 16)} UTC, Node ${process.version}`,
    '',
  ]
  for (const failure of failed)
    lines.push(
      `## Start ${failure.n} failed (exit ${failure.exitCode ?? 'none: timed out'}, after ${(failure.ms / 1000).toFixed(1)} s)`,
      '',
      '```',
      failure.log,
      '```',
      '',
    )
  return lines.join('\n')
}

try {
  for (let n = 1; n <= total && !interrupted; n++) {
    const result = await startOnce(n)
    if (interrupted && !result.ok) break
    results.push(result)
    console.log(
      `[starts] ${n}/${total}: ${result.ok ? `ready in ${(result.ms / 1000).toFixed(1)} s` : `FAILED (exit ${result.exitCode ?? 'none, timed out'})`}`,
    )
    fs.writeFileSync(path.join(outDir, 'results.md'), report())
  }
} finally {
  stopBurners()
}
const failures = results.filter(({ ok }) => !ok).length
console.log(`[starts] ${results.length} starts, ${failures} failed`)
process.exit(failures === 0 ? 0 : 1)
