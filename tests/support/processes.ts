/**
 * Child processes of the tests and the bench: output to a log file (read on
 * failure; build output would drown the runner's), each in its own process
 * group (so a server and every worker it forks stop together), and none left
 * running when the parent process exits.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'

import { groupAlive, groupMembers, stopProcessGroup } from '../../src/lib/processGroup'

export type Spawned = { name: string; child: ChildProcess; exited: Promise<number>; log: string }
type Options = {
  cwd: string
  env: NodeJS.ProcessEnv
  log: string
  /** An IPC channel (helpers that report `{ type: 'ready', port }`). */
  ipc?: boolean
}

const running = new Set<Spawned>()

export function start(name: string, command: string, args: string[], { cwd, env, log, ipc = false }: Options): Spawned {
  const out = fs.openSync(log, 'a')
  const child = spawn(command, args, {
    cwd,
    env,
    detached: true,
    stdio: ipc ? ['ignore', out, out, 'ipc'] : ['ignore', out, out],
  })
  fs.closeSync(out)
  return adopt(name, child, log)
}

/** A detached child started elsewhere (e.g. varnishd by src/edge/varnishd.ts), stopped with the others. */
export function adopt(name: string, child: ChildProcess, log: string): Spawned {
  const exited = new Promise<number>((resolve) => {
    child.once('error', () => resolve(-1))
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : 0)))
  })
  const spawned = { name, child, exited, log }
  running.add(spawned)
  void exited.then(() => {
    if (!groupAlive(child.pid)) running.delete(spawned)
  })
  return spawned
}

/**
 * A TypeScript helper as a child with an IPC channel (it inherits tsx's
 * loader flags), resolved once it reports `{ type: 'ready', port }`.
 */
export async function startHelper(
  name: string,
  file: string,
  options: Omit<Options, 'ipc'>,
): Promise<{ spawned: Spawned; port: number }> {
  const spawned = start(name, process.execPath, [...process.execArgv, file], { ...options, ipc: true })
  const port = await new Promise<number>((resolve, reject) => {
    spawned.child.on('message', (message: { type?: string; port?: number }) => {
      if (message.type === 'ready' && message.port) resolve(message.port)
    })
    void spawned.exited.then((code) =>
      reject(new Error(`${name} exited with ${code}; end of ${options.log}:\n${tail(options.log)}`)),
    )
  })
  return { spawned, port }
}

export function tail(log: string, lines = 40): string {
  const text = fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : ''
  return text.trimEnd().split('\n').slice(-lines).join('\n')
}

/** Runs to completion; a failure carries the end of the log. */
export async function run(name: string, command: string, args: string[], options: Options): Promise<void> {
  const spawned = start(name, command, args, options)
  const code = await spawned.exited
  running.delete(spawned)
  if (code !== 0) throw new Error(`${name} exited with ${code}; end of ${options.log}:\n${tail(options.log)}`)
}

/** Stops the group (SIGTERM, then SIGKILL after `graceMs`) and forgets it. */
export async function stop(spawned: Spawned, graceMs = 8_000): Promise<void> {
  if (await stopProcessGroup(spawned.child.pid, graceMs))
    console.warn(`${spawned.name} still ran ${graceMs} ms after SIGTERM: killed`)
  running.delete(spawned)
}

export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((spawned) => stop(spawned)))
}

function killAll(): void {
  for (const { child } of running) if (groupAlive(child.pid)) process.kill(-(child.pid ?? 0), 'SIGKILL')
}

/** Last resort when the parent exits: detached groups get no signal from the terminal, so nothing started here may outlive it. */
process.once('exit', killAll)

/**
 * The same on Ctrl-C or a kill of a parent that has no signal handling of its
 * own (Jest's main process): kill the groups, then die of the signal as before.
 * Returns the function that removes these hooks.
 */
export function killOnSignals(): () => void {
  const onSignal = (signal: NodeJS.Signals) => {
    killAll()
    process.kill(process.pid, signal)
  }
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  return () => {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
}

/** Resident memory of every process in a group, in bytes (Linux /proc; 0 elsewhere). */
export function groupRss(pgid: number): number {
  let total = 0
  for (const pid of groupMembers(pgid) ?? []) {
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))
      if (rss) total += Number(rss[1]) * 1024
    } catch {
      // The process ended while we looked.
    }
  }
  return total
}

/** Samples a group's memory until stopped; returns the peak in bytes. */
export function watchPeakRss(spawned: Spawned, everyMs = 250): () => number {
  let peak = 0
  const timer = setInterval(() => {
    if (spawned.child.pid) peak = Math.max(peak, groupRss(spawned.child.pid))
  }, everyMs)
  return () => {
    clearInterval(timer)
    return peak
  }
}
