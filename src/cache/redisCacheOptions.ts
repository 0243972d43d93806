import fs from 'node:fs'
import path from 'node:path'

/** Logical database named by the URL path (`redis://host:6379/2`), 0 without one: key-event subscriptions are per database. */
export function redisDatabase(url: string): number {
  const name = new URL(url).pathname.slice(1)
  if (name === '') return 0
  if (!/^\d+$/.test(name)) throw new Error(`REDIS_URL: the path must be a database number, not "${name}"`)
  return Number(name)
}

/** The URL as it may appear in logs: without its password. */
export function redactedUrl(url: string): string {
  const parsed = new URL(url)
  if (parsed.password) parsed.password = '***'
  return parsed.toString()
}

function buildId(serverDistDir: string | undefined): string | undefined {
  if (!serverDistDir) return undefined
  try {
    return fs.readFileSync(path.join(serverDistDir, '..', 'BUILD_ID'), 'utf8').trim() || undefined
  } catch {
    return undefined
  }
}

type PrefixSources = { explicit?: string; deploymentId?: string; serverDistDir?: string }

/**
 * Instances of one deploy must share keys and two deploys must not (pages of
 * another build would be served). The deployment id comes first because with
 * one set Next keeps the build id constant across builds.
 */
export function cacheKeyPrefix({ explicit, deploymentId, serverDistDir }: PrefixSources): string {
  if (explicit) return explicit
  const id = deploymentId || buildId(serverDistDir)
  if (!id)
    throw new Error(
      'No cache key prefix: set REDIS_KEY_PREFIX or DEPLOYMENT_ID, or start from a build (.next/BUILD_ID)',
    )
  return `filmweek:${id}:`
}

/** Reconnect backoff of every Redis client here: quick after a blip, at most one attempt (and library log line) per 5 s in an outage. */
export const reconnectStrategy = (retries: number): number => Math.min(200 * 2 ** retries, 5_000)
