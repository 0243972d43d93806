import path from 'node:path'

import { createClient } from 'redis'

import { freePort } from '../../src/db/freePort'
import { killOnSignals, start, stop as stopGroup, type Spawned } from '../support/processes'
import { waitForServer } from '../support/servers'

/** Another `next start` of the e2e build, on the e2e database and secret (as a second container of one deploy would be). */
export type Instance = { name: string; base: string; log: string; stop: () => Promise<void> }

const required = (name: 'E2E_DATABASE_URL' | 'E2E_PAYLOAD_SECRET' | 'E2E_MEDIA_DIR') => {
  const value = process.env[name]
  if (!value) throw new Error(`${name} is unset: run the e2e project through jest (its globalSetup starts the site)`)
  return value
}

export async function startInstance(name: string, extraEnv: Record<string, string>): Promise<Instance> {
  const rootDir = process.cwd()
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production' as const,
    NODE_OPTIONS: (process.env.NODE_OPTIONS ?? '').replace('--experimental-vm-modules', '').trim(),
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: required('E2E_DATABASE_URL'),
    PAYLOAD_SECRET: required('E2E_PAYLOAD_SECRET'),
    MEDIA_DIR: required('E2E_MEDIA_DIR'),
    SERVER_URL: base,
    // The site the global setup started runs the jobs.
    JOBS_RUNNER: 'false',
    ...extraEnv,
  }
  const server: Spawned = start(
    `next start (${name})`,
    path.join(rootDir, 'node_modules/.bin/next'),
    ['start', '-p', String(port), '-H', '127.0.0.1'],
    {
      cwd: rootDir,
      env,
      log: path.join(rootDir, '.data/e2e', `instance-${name}.log`),
    },
  )
  const release = killOnSignals()
  const stop = async () => {
    await stopGroup(server)
    release()
  }
  try {
    await waitForServer(`${base}/en`, server, { timeoutMs: 90_000 })
  } catch (error) {
    await stop()
    throw error
  }
  return { name, base, log: server.log, stop }
}

/** Whether Redis answers a PING within a second (no retries: this decides whether the test can run). */
export async function redisAnswers(url: string): Promise<boolean> {
  const client = createClient({ url, socket: { connectTimeout: 1_000, reconnectStrategy: false } })
  client.on('error', () => undefined)
  try {
    await client.connect()
    return (await client.ping()) === 'PONG'
  } catch {
    return false
  } finally {
    if (client.isOpen) await client.disconnect()
  }
}

/** Deletes every key under `prefix`; returns how many there were. */
export async function deleteKeys(url: string, prefix: string): Promise<number> {
  const client = createClient({ url })
  await client.connect()
  try {
    let deleted = 0
    for await (const key of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 500 }))
      deleted += await client.unlink(key)
    return deleted
  } finally {
    await client.disconnect()
  }
}
