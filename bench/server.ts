/** Build and start of the bench's copy of the app, timed, with the memory of the whole process tree. */
import path from 'node:path'

import { start, tail, watchPeakRss, type Spawned } from '../tests/support/processes'
import { waitForServer } from '../tests/support/servers'

import type { App } from './app'

const MB = 1024 * 1024

/** Jest's flag must not reach Next; anything else in NODE_OPTIONS (memory, certificates) may. */
const nodeOptions = (process.env.NODE_OPTIONS ?? '').replace('--experimental-vm-modules', '').trim()

export function serverEnv(vars: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, NODE_OPTIONS: nodeOptions, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ...vars }
}

export async function build(app: App, env: NodeJS.ProcessEnv, log: string): Promise<{ ms: number; peakRssMb: number }> {
  const started = performance.now()
  const spawned = start('next build', path.join(app.dir, 'node_modules/.bin/next'), ['build'], {
    cwd: app.dir,
    env,
    log,
  })
  const peak = watchPeakRss(spawned)
  const code = await spawned.exited
  const peakRss = peak()
  if (code !== 0) throw new Error(`next build exited with ${code}; end of ${log}:\n${tail(log)}`)
  return { ms: Math.round(performance.now() - started), peakRssMb: Math.round(peakRss / MB) }
}

/** `stopSampling` ends the memory sampling and returns the peak in MB. */
export type Server = { spawned: Spawned; base: string; startMs: number; stopSampling: () => number }

/** `nodeArgs` go to Node itself (e.g. --cpu-prof, which NODE_OPTIONS refuses); `next start` serves in that same process. */
export async function startServer(
  app: App,
  port: number,
  env: NodeJS.ProcessEnv,
  log: string,
  nodeArgs: string[] = [],
): Promise<Server> {
  const base = `http://127.0.0.1:${port}`
  const started = performance.now()
  const next = path.join(app.dir, 'node_modules/next/dist/bin/next')
  const args = [...nodeArgs, next, 'start', '-p', String(port), '-H', '127.0.0.1']
  const spawned = start('next start', process.execPath, args, { cwd: app.dir, env, log })
  const peak = watchPeakRss(spawned, 500)
  await waitForServer(`${base}/en`, spawned, { timeoutMs: 120_000, ready: (status) => status === 200 })
  return {
    spawned,
    base,
    startMs: Math.round(performance.now() - started),
    stopSampling: () => Math.round(peak() / MB),
  }
}
