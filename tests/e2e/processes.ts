import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'

export type Spawned = { child: ChildProcess; exited: Promise<number>; log: string }
type Options = { cwd: string; env: NodeJS.ProcessEnv; log: string; detached?: boolean }

/** Starts a command with its output in `log` (read on failure; build output would drown Jest's). */
export function start(command: string, args: string[], { cwd, env, log, detached = false }: Options): Spawned {
  const out = fs.openSync(log, 'w')
  const child = spawn(command, args, { cwd, env, detached, stdio: ['ignore', out, out] })
  fs.closeSync(out)
  const exited = new Promise<number>((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : 0)))
  })
  return { child, exited, log }
}

export function tail(log: string, lines = 40): string {
  const text = fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : ''
  return text.trimEnd().split('\n').slice(-lines).join('\n')
}

/** Runs a command to completion; a failure carries the end of its output. */
export async function run(command: string, args: string[], options: Options): Promise<void> {
  const code = await start(command, args, options).exited
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${code}; end of ${options.log}:\n${tail(options.log)}`)
}

/** Any process of the group still alive (a group outlives its leader when a child ignores SIGTERM). */
function groupAlive(pid: number): boolean {
  // -0 would be Jest's own group.
  if (pid <= 0) return false
  try {
    process.kill(-pid, 0)
    return true
  } catch {
    return false
  }
}

async function waitForGroupExit(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms
  while (groupAlive(pid)) {
    if (Date.now() > deadline) return false
    await sleep(100)
  }
  return true
}

/** SIGTERM to the whole process group, SIGKILL after `graceMs`: `next start` has been seen to ignore SIGTERM. */
export async function stopGroup({ child }: Spawned, graceMs = 8_000): Promise<void> {
  const pid = child.pid
  if (!pid || !groupAlive(pid)) return
  process.kill(-pid, 'SIGTERM')
  if (await waitForGroupExit(pid, graceMs)) return
  console.warn(`[e2e] process group ${pid} still running ${graceMs} ms after SIGTERM: SIGKILL`)
  process.kill(-pid, 'SIGKILL')
  await waitForGroupExit(pid, 2_000)
}

/**
 * Kills a detached group if Jest ends before its teardown (Ctrl-C, crash):
 * unlike Jest's other children it gets no signal from the terminal.
 * Returns the function that removes these hooks.
 */
export function killOnExit(pid: number): () => void {
  const kill = () => {
    if (groupAlive(pid)) process.kill(-pid, 'SIGKILL')
  }
  const onSignal = (signal: NodeJS.Signals) => {
    kill()
    process.kill(process.pid, signal)
  }
  process.once('exit', kill)
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  return () => {
    process.off('exit', kill)
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
}

/**
 * Polls `url` until the server answers below 500. A production server answers
 * for good once it listens (no on-demand compilation), so the status is final.
 */
export async function waitForServer(url: string, server: Spawned, timeoutMs: number): Promise<number> {
  let exitCode: number | undefined
  void server.exited.then(
    (code) => (exitCode = code),
    () => (exitCode = -1),
  )
  const deadline = Date.now() + timeoutMs
  let last = 'no answer'
  while (Date.now() < deadline) {
    if (exitCode !== undefined) throw new Error(`server exited with ${exitCode} before answering; end of ${server.log}:\n${tail(server.log)}`)
    try {
      const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(10_000) })
      await response.arrayBuffer()
      if (response.status < 500) return response.status
      last = `status ${response.status}`
    } catch (error) {
      last = error instanceof Error ? `${error.message} ${error.cause instanceof Error ? error.cause.message : ''}` : String(error)
    }
    await sleep(250)
  }
  throw new Error(`${url} not ready after ${timeoutMs} ms (${last}); end of ${server.log}:\n${tail(server.log)}`)
}

/** Fails unless `port` is free: otherwise another server could answer the readiness probe for ours. */
export async function assertPortFree(port: number, host = '127.0.0.1'): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', (error) => reject(new Error(`port ${port} is in use (${error.message}): set E2E_PORT to another one`)))
    probe.listen(port, host, () => probe.close(() => resolve()))
  })
}
