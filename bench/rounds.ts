/**
 * Loads on targets compared with floors measured in the same run: the
 * machine is shared, so targets run back to back, round by round, and a
 * ratio is taken per round, then the median. Used by the cached-pages phase
 * (the app against a static file and node:http) and the edge phase (Varnish
 * against node:http).
 */
import fs from 'node:fs'
import path from 'node:path'

import { load, type Load } from './cannon'
import { PAGE_TYPES, type Bench, type PageType } from './context'
import { get } from './http'
import { startHelper, type Spawned } from '../tests/support/processes'
import { median, round } from './stats'

export type Target = { name: string; url: string; headers?: Record<string, string> }
export type TargetFigures = { rps: number | null; p50: number | null; p99: number | null; rounds: Load[] }

/** GETs until the cache in front answers HIT in `header` (the first request after start, expiry or purge fetches). */
export async function warm(url: string, header: string): Promise<{ header: string; tries: number }> {
  let value = ''
  for (let tries = 1; tries <= 5; tries++) {
    const response = await get(url)
    if (response.status !== 200) throw new Error(`${url}: ${response.status}`)
    value = response.headers.get(header) ?? '(none)'
    if (value === 'HIT') return { header: value, tries }
  }
  return { header: value, tries: 5 }
}

/** Each page's bytes as served at `urls`, written to `<dir>/<page>.html` for a floor to serve. */
export async function savePages(urls: Record<PageType, string>, dir: string): Promise<Record<PageType, string>> {
  fs.mkdirSync(dir, { recursive: true })
  const bodies = {} as Record<PageType, string>
  for (const page of PAGE_TYPES) {
    const response = await get(urls[page])
    if (response.status !== 200) throw new Error(`${urls[page]}: ${response.status}`)
    fs.writeFileSync(path.join(dir, `${page}.html`), response.body)
    bodies[page] = response.body
  }
  return bodies
}

/** The bare node:http floor (bench/staticServer.ts) serving `<dir>/<page>.html` at `/<page>.html`. */
export async function startNodeFloor(
  bench: Bench,
  dir: string,
  log: string,
): Promise<{ spawned: Spawned; url: (page: PageType) => string }> {
  const { spawned, port } = await startHelper('node:http baseline', 'bench/staticServer.ts', {
    cwd: process.cwd(),
    env: { ...process.env, BENCH_STATIC_DIR: dir },
    log: path.join(bench.logDir, log),
  })
  return { spawned, url: (page) => `http://127.0.0.1:${port}/${page}.html` }
}

/** An unrecorded second per target (connections, JIT and caches warm up), then `settings.rounds` rounds of all targets back to back. */
export async function loadInRounds(bench: Bench, targets: Target[], label = ''): Promise<Record<string, Load[]>> {
  const { settings, log } = bench
  const rounds: Record<string, Load[]> = Object.fromEntries(targets.map((target) => [target.name, []]))
  for (const target of targets) {
    await load(target.url, { connections: settings.connections, seconds: 1, headers: target.headers })
    await bench.drain()
  }
  for (let number = 1; number <= settings.rounds; number++) {
    for (const target of targets) {
      const result = await load(target.url, {
        connections: settings.connections,
        seconds: settings.seconds,
        headers: target.headers,
      })
      rounds[target.name].push(result)
      await bench.drain()
      log(
        `${label}round ${number} ${target.name}: ${result.rps.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms`,
      )
    }
  }
  return rounds
}

/** req/s of `name` over req/s of `floor`, round by round, then the median. */
export function ratio(rounds: Record<string, Load[]>, name: string, floor: string): number | null {
  return round(
    median(rounds[name].map((result, index) => result.rps / Math.max(rounds[floor][index]?.rps ?? 0, 1e-9))),
    3,
  )
}

/** Medians over the rounds, with the rounds themselves. */
export function summarize(loads: Load[]): TargetFigures {
  return {
    rps: round(median(loads.map((result) => result.rps)), 0),
    p50: median(loads.flatMap((result) => (result.p50 === null ? [] : [result.p50]))),
    p99: median(loads.flatMap((result) => (result.p99 === null ? [] : [result.p99]))),
    rounds: loads,
  }
}

export const summarizeAll = (rounds: Record<string, Load[]>) =>
  Object.fromEntries(Object.entries(rounds).map(([name, loads]) => [name, summarize(loads)]))
