/**
 * (a) Cached pages under load, each against two floors measured in the same
 * run: the page's own bytes as a static file served by the same Next server
 * (its `public/`), and by a bare node:http server. The machine is shared, so
 * ratios are taken round by round (targets back to back), then the median.
 */
import fs from 'node:fs'
import path from 'node:path'

import { load, type Load } from '../cannon'
import { PAGE_TYPES, pagePaths, type Bench, type PageType } from '../context'
import { get } from '../http'
import { startHelper, stop } from '../processes'
import { median, round } from '../stats'

/** Where a page's bytes are served from as a static file (public/bench/<page>.html). */
export const staticPath = (page: PageType) => `/bench/${page}.html`
const staticTarget = (page: PageType) => `static file (${page})`
const nodeTarget = (page: PageType) => `node:http (${page})`

type Target = { name: string; url: string; headers?: Record<string, string> }

export type CachedResult = {
  targets: Record<string, { rps: number | null; p50: number | null; p99: number | null; rounds: Load[] }>
  /** Page req/s over the static file's and over node:http's, per round then median. */
  ratios: Record<string, { vsStatic: number | null; vsNode: number | null }>
  /** x-nextjs-cache before and after the load. */
  cache: Record<PageType, { before: string; after: string; warmups: number }>
}

/** GETs until Next answers from its cache (the first request after start or expiry renders). */
async function warm(url: string): Promise<{ header: string; tries: number }> {
  let header = ''
  for (let tries = 1; tries <= 5; tries++) {
    const response = await get(url)
    if (response.status !== 200) throw new Error(`${url}: ${response.status}`)
    header = response.headers.get('x-nextjs-cache') ?? '(none)'
    if (header === 'HIT') return { header, tries }
  }
  return { header, tries: 5 }
}

export async function cachedPages(bench: Bench, staticDir: string): Promise<CachedResult> {
  const { base, settings, log } = bench
  const paths = pagePaths(bench.fixtures)
  const cache = {} as CachedResult['cache']
  for (const page of PAGE_TYPES) {
    const { header, tries } = await warm(base + paths[page])
    cache[page] = { before: header, after: '', warmups: tries }
    if (header !== 'HIT') log(`warning: ${paths[page]} answers x-nextjs-cache: ${header}, not HIT`)
  }

  // Each page's own bytes, as a file the Next server serves from public/ and as node:http's answer.
  for (const page of PAGE_TYPES) {
    const rendered = await get(base + paths[page])
    fs.writeFileSync(path.join(staticDir, `${page}.html`), rendered.body)
    const served = await get(base + staticPath(page))
    if (served.status !== 200 || served.body !== rendered.body) throw new Error(`${staticPath(page)} does not serve the ${page} page's bytes (${served.status})`)
  }
  const baseline = await startHelper('node:http baseline', 'bench/staticServer.ts', {
    cwd: process.cwd(),
    env: { ...process.env, BENCH_STATIC_DIR: staticDir },
    log: path.join(bench.logDir, 'baseline.log'),
  })

  const gzip = { 'accept-encoding': 'gzip' }
  const targets: Target[] = [
    ...PAGE_TYPES.flatMap((page) => [
      { name: staticTarget(page), url: base + staticPath(page) },
      { name: nodeTarget(page), url: `http://127.0.0.1:${baseline.port}/${page}.html` },
      { name: page, url: base + paths[page] },
    ]),
    // What browsers ask for: Next compresses on every response, cached or not.
    { name: 'static file (film, gzip)', url: base + staticPath('film'), headers: gzip },
    { name: 'film (gzip)', url: base + paths.film, headers: gzip },
  ]
  const rounds: Record<string, Load[]> = Object.fromEntries(targets.map((target) => [target.name, []]))
  try {
    // Unrecorded: connections, JIT and caches warm up before anything counts.
    for (const target of targets) {
      await load(target.url, { connections: settings.connections, seconds: 1, headers: target.headers })
      await bench.drain()
    }
    for (let round = 1; round <= settings.rounds; round++) {
      for (const target of targets) {
        const result = await load(target.url, { connections: settings.connections, seconds: settings.seconds, headers: target.headers })
        rounds[target.name].push(result)
        await bench.drain()
        log(`round ${round} ${target.name}: ${result.rps.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms`)
      }
    }
  } finally {
    await stop(baseline.spawned)
  }
  for (const page of PAGE_TYPES) cache[page].after = (await get(base + paths[page])).headers.get('x-nextjs-cache') ?? '(none)'

  const perRound = (name: string, over: string) =>
    median(rounds[name].map((result, index) => result.rps / Math.max(rounds[over][index]?.rps ?? 0, 1e-9)))
  const ratios = Object.fromEntries([
    ...PAGE_TYPES.map((page) => [page, { vsStatic: round(perRound(page, staticTarget(page)), 3), vsNode: round(perRound(page, nodeTarget(page)), 3) }]),
    ['film (gzip)', { vsStatic: round(perRound('film (gzip)', 'static file (film, gzip)'), 3), vsNode: null }],
  ])
  const summarize = (loads: Load[]) => ({
    rps: round(median(loads.map((result) => result.rps)), 0),
    p50: median(loads.flatMap((result) => (result.p50 === null ? [] : [result.p50]))),
    p99: median(loads.flatMap((result) => (result.p99 === null ? [] : [result.p99]))),
    rounds: loads,
  })
  return { targets: Object.fromEntries(Object.entries(rounds).map(([name, loads]) => [name, summarize(loads)])), ratios, cache }
}
