/** Waiting for a server the harness started, and making sure nobody else answers in its place. */
import net from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'

import { tail, type Spawned } from './processes'

type Wait = {
  timeoutMs: number
  /** Which status counts as ready: by default any below 500 (a production server's answer is final once it listens). */
  ready?: (status: number) => boolean
}

/** Polls `url` until it answers a ready status; the status and how long it took. Fails early if the server exits. */
export async function waitForServer(
  url: string,
  server: Spawned,
  { timeoutMs, ready = (status) => status < 500 }: Wait,
): Promise<{ status: number; ms: number }> {
  const started = performance.now()
  let exitCode: number | undefined
  void server.exited.then((code) => (exitCode = code))
  let last = 'no answer'
  while (performance.now() - started < timeoutMs) {
    if (exitCode !== undefined)
      throw new Error(
        `${server.name} exited with ${exitCode} before answering; end of ${server.log}:\n${tail(server.log)}`,
      )
    try {
      const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(10_000) })
      await response.arrayBuffer()
      if (ready(response.status)) return { status: response.status, ms: performance.now() - started }
      last = `status ${response.status}`
    } catch (error) {
      last =
        error instanceof Error
          ? `${error.message} ${error.cause instanceof Error ? error.cause.message : ''}`
          : String(error)
    }
    await sleep(100)
  }
  throw new Error(`${url} not ready after ${timeoutMs} ms (${last}); end of ${server.log}:\n${tail(server.log)}`)
}

/** Fails unless `port` is free: otherwise another server could answer the readiness probe for ours. */
export async function assertPortFree(port: number, host = '127.0.0.1'): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', (error) => reject(new Error(`port ${port} is in use (${error.message})`)))
    probe.listen(port, host, () => probe.close(() => resolve()))
  })
}
