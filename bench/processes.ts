/**
 * Child processes of the bench: each in its own process group (so a server
 * and every worker it forks stop together), output to a log file, and all of
 * them stopped when the bench ends, fails or is interrupted.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import { setTimeout as sleep } from 'node:timers/promises'

export type Spawned = { name: string; child: ChildProcess; exited: Promise<number>; log: string }
type Options = { cwd: string; env: NodeJS.ProcessEnv; log: string; ipc?: boolean }

const running = new Set<Spawned>()

export function start(name: string, command: string, args: string[], { cwd, env, log, ipc = false }: Options): Spawned {
  const out = fs.openSync(log, 'a')
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ipc ? ['ignore', out, out, 'ipc'] : ['ignore', out, out] })
  fs.closeSync(out)
  return adopt(name, child, log)
}

/** A detached child started elsewhere (e.g. varnishd by src/edge/varnishd.ts), stopped with the bench's own. */
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
 * A TypeScript helper of the bench as a child with an IPC channel (it inherits
 * tsx's loader flags), resolved once it reports `{ type: 'ready', port }`.
 */
export async function startHelper(name: string, file: string, options: Omit<Options, 'ipc'>): Promise<{ spawned: Spawned; port: number }> {
  const spawned = start(name, process.execPath, [...process.execArgv, file], { ...options, ipc: true })
  const port = await new Promise<number>((resolve, reject) => {
    spawned.child.on('message', (message: { type?: string; port?: number }) => {
      if (message.type === 'ready' && message.port) resolve(message.port)
    })
    void spawned.exited.then((code) => reject(new Error(`${name} exited with ${code}; end of ${options.log}:\n${tail(options.log)}`)))
  })
  return { spawned, port }
}

export function tail(log: string, lines = 30): string {
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

function groupAlive(pid: number | undefined): boolean {
  if (!pid || pid <= 0) return false
  try {
    process.kill(-pid, 0)
    return true
  } catch {
    return false
  }
}

/** SIGTERM to the group, SIGKILL after `graceMs`: `next start` has been seen to ignore SIGTERM. */
export async function stop(spawned: Spawned, graceMs = 8_000): Promise<void> {
  const pid = spawned.child.pid
  if (pid && groupAlive(pid)) {
    process.kill(-pid, 'SIGTERM')
    const deadline = Date.now() + graceMs
    while (groupAlive(pid) && Date.now() < deadline) await sleep(100)
    if (groupAlive(pid)) {
      console.warn(`[bench] ${spawned.name} still running ${graceMs} ms after SIGTERM: SIGKILL`)
      process.kill(-pid, 'SIGKILL')
      while (groupAlive(pid)) await sleep(50)
    }
  }
  running.delete(spawned)
}

export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((spawned) => stop(spawned)))
}

/** Last resort when the bench itself exits: nothing it started may outlive it. */
process.once('exit', () => {
  for (const { child } of running) if (groupAlive(child.pid)) process.kill(-(child.pid ?? 0), 'SIGKILL')
})

/** Resident memory of every process in a group, in bytes (Linux /proc; 0 elsewhere). */
export function groupRss(pgid: number): number {
  let total = 0
  let entries: string[] = []
  try {
    entries = fs.readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))
  } catch {
    return 0
  }
  for (const pid of entries) {
    try {
      // Field 5 of /proc/<pid>/stat is the process group; the command name (field 2) may contain spaces.
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      if (Number(fields[2]) !== pgid) continue
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
