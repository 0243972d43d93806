/**
 * (a) Cached pages under load, each against two floors measured in the same
 * run: the page's own bytes as a static file served by the same Next server
 * (its `public/`), and by a bare node:http server. The machine is shared, so
 * ratios are taken round by round (targets back to back), then the median.
 */
import { PAGE_TYPES, pagePaths, pageUrls, type Bench, type PageType } from '../context'
import { get } from '../http'
import { stop } from '../../tests/support/processes'
import {
  loadInRounds,
  ratio,
  savePages,
  startNodeFloor,
  summarizeAll,
  warm,
  type Target,
  type TargetFigures,
} from '../rounds'

/** Where a page's bytes are served from as a static file (public/bench/<page>.html). */
export const staticPath = (page: PageType) => `/bench/${page}.html`
const staticTarget = (page: PageType) => `static file (${page})`
const nodeTarget = (page: PageType) => `node:http (${page})`

export type CachedResult = {
  targets: Record<string, TargetFigures>
  /** Page req/s over the static file's and over node:http's, per round then median. */
  ratios: Record<string, { vsStatic: number | null; vsNode: number | null }>
  /** x-nextjs-cache before and after the load. */
  cache: Record<PageType, { before: string; after: string; warmups: number }>
}

export async function cachedPages(bench: Bench, staticDir: string): Promise<CachedResult> {
  const { base, log } = bench
  const paths = pagePaths(bench.fixtures)
  const cache = {} as CachedResult['cache']
  for (const page of PAGE_TYPES) {
    const { header, tries } = await warm(base + paths[page], 'x-nextjs-cache')
    cache[page] = { before: header, after: '', warmups: tries }
    if (header !== 'HIT') log(`warning: ${paths[page]} answers x-nextjs-cache: ${header}, not HIT`)
  }

  // Each page's own bytes, as a file the Next server serves from public/ and as node:http's answer.
  const bodies = await savePages(pageUrls(base, bench.fixtures), staticDir)
  for (const page of PAGE_TYPES) {
    const served = await get(base + staticPath(page))
    if (served.status !== 200 || served.body !== bodies[page])
      throw new Error(`${staticPath(page)} does not serve the ${page} page's bytes (${served.status})`)
  }
  const floor = await startNodeFloor(bench, staticDir, 'baseline.log')

  const gzip = { 'accept-encoding': 'gzip' }
  const targets: Target[] = [
    ...PAGE_TYPES.flatMap((page) => [
      { name: staticTarget(page), url: base + staticPath(page) },
      { name: nodeTarget(page), url: floor.url(page) },
      { name: page, url: base + paths[page] },
    ]),
    // What browsers ask for: Next compresses on every response, cached or not.
    { name: 'static file (film, gzip)', url: base + staticPath('film'), headers: gzip },
    { name: 'film (gzip)', url: base + paths.film, headers: gzip },
  ]
  const rounds = await loadInRounds(bench, targets).finally(() => stop(floor.spawned))
  for (const page of PAGE_TYPES)
    cache[page].after = (await get(base + paths[page])).headers.get('x-nextjs-cache') ?? '(none)'

  const ratios = Object.fromEntries([
    ...PAGE_TYPES.map((page) => [
      page,
      { vsStatic: ratio(rounds, page, staticTarget(page)), vsNode: ratio(rounds, page, nodeTarget(page)) },
    ]),
    ['film (gzip)', { vsStatic: ratio(rounds, 'film (gzip)', 'static file (film, gzip)'), vsNode: null }],
  ])
  return { targets: summarizeAll(rounds), ratios, cache }
}
