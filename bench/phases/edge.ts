/**
 * The edge (issue 13): Varnish with the project's VCL, started as `npm run
 * start:edge` starts it (src/edge/varnishd.ts), in front of the bench's
 * `next start`, restarted to purge it on publish. Measured: cached pages
 * through the edge against the same bytes from the bare node:http floor,
 * round by round; publish-to-fresh read through the edge; an unpublished
 * film's page answering 404 through it; and purge scoping: a page a film's
 * publish does not touch stays a HIT. Skipped, saying why, without varnishd.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { findVarnishd, startVarnish, VARNISH_MISSING } from '../../src/edge/varnishd'
import { PAGE_TYPES, pageUrls, type Bench, type PageType } from '../context'
import { get, send, type Fetched } from '../http'
import { freePort } from '../../src/db/freePort'
import { adopt, stop } from '../../tests/support/processes'
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
import type { Server } from '../server'
import { round } from '../stats'
import { loadWhilePublishing, type LoadResult } from './load'
import { answered, publishOnce, publishToFresh, type PublishResult } from './publish'

export type EdgeFigures = {
  varnish: string
  targets: Record<string, TargetFigures>
  /** Req/s through the edge over node:http's, per round then median. */
  ratios: Record<PageType, number | null>
  /** X-Cache (the VCL's) before and after the load. */
  cache: Record<PageType, { before: string; after: string; warmups: number }>
  publish: PublishResult
  /** ms from sending the unpublishing PATCH until the edge answers 404, and from republishing until 200 again (null: not within the wait). */
  notFound: { page: string; ms: number | null; backMs: number | null }
  /** A page that reads nothing of a film, across a film title's publish. */
  scoping: { page: string; before: string; after: string; sameBody: boolean }
  /** The operations load (./load.ts) with every visitor's request through the edge. */
  load: LoadResult
}
export type EdgeResult = { skipped: string } | EdgeFigures

/** Reads the site settings, the current edition and its organisations: nothing a film's publish touches. */
const UNRELATED = '/en/about'

const nodeTarget = (page: PageType) => `node:http (${page})`
const edgeTarget = (page: PageType) => `edge (${page})`
const xCache = (response: Fetched) => response.headers.get('x-cache') ?? '(none)'

/** `serve` starts the bench's server again with extra environment (the edge to purge); it is stopped here. */
export async function throughTheEdge(
  bench: Bench,
  serve: (env: Record<string, string>) => Promise<Server>,
): Promise<EdgeResult> {
  const varnishd = findVarnishd()
  if (!varnishd) return { skipped: VARNISH_MISSING }
  const { fixtures, logDir, log } = bench
  const port = await freePort()
  const edgeBase = `http://127.0.0.1:${port}`
  // Publishes purge the edge; the edge is one proxy hop.
  const server = await serve({ VARNISH_PURGE_URLS: edgeBase, TRUSTED_PROXY_HOPS: '1' })
  const pagesDir = path.join(logDir, 'edge-pages')
  try {
    const edge = await startVarnish({
      listen: { host: '127.0.0.1', port },
      backend: { host: '127.0.0.1', port: Number(new URL(server.base).port) },
      log: path.join(logDir, 'varnish.log'),
    })
    const spawned = adopt('varnishd', edge.child, path.join(logDir, 'varnish.log'))
    try {
      // The health probe must see the app before Varnish fetches from it.
      if ((await answered(`${edgeBase}/en`, (response) => response.status === 200, performance.now())) === null)
        throw new Error(`${edgeBase}/en: no 200 through the edge`)
      const varnish = spawnSync(varnishd, ['-V'], { encoding: 'utf8' }).stderr.split('\n')[0]

      const urls = pageUrls(edgeBase, fixtures)
      const cache = {} as EdgeFigures['cache']
      for (const page of PAGE_TYPES) {
        const { header, tries } = await warm(urls[page], 'x-cache')
        cache[page] = { before: header, after: '', warmups: tries }
      }
      await savePages(urls, pagesDir)
      const floor = await startNodeFloor(bench, pagesDir, 'edge-baseline.log')
      const targets: Target[] = [
        ...PAGE_TYPES.flatMap((page) => [
          { name: nodeTarget(page), url: floor.url(page) },
          { name: edgeTarget(page), url: urls[page] },
        ]),
        // What browsers get: the stored gzip copy, for the lightest page and the heaviest.
        { name: 'edge (film, gzip)', url: urls.film, headers: { 'accept-encoding': 'gzip' } },
        { name: 'edge (programme, gzip)', url: urls.programme, headers: { 'accept-encoding': 'gzip' } },
      ]
      const rounds = await loadInRounds(bench, targets, 'edge ').finally(() => stop(floor.spawned))
      for (const page of PAGE_TYPES) cache[page].after = xCache(await get(urls[page]))
      const ratios = Object.fromEntries(
        PAGE_TYPES.map((page) => [page, ratio(rounds, edgeTarget(page), nodeTarget(page))]),
      ) as EdgeFigures['ratios']

      // Before publish-to-fresh: its publish is also the restarted server's first REST write, whose cold start is no edge figure.
      const scoping = await purgeScoping(bench, edgeBase)
      log('edge: publish-to-fresh…')
      const publish = await publishToFresh(bench, edgeBase)
      const notFound = await unpublished(bench, edgeBase)
      log('edge: load while publishing…')
      const load = await loadWhilePublishing(bench, edgeBase)
      return { varnish, targets: summarizeAll(rounds), ratios, cache, publish, notFound, scoping, load }
    } finally {
      await edge.stop()
      await stop(spawned)
    }
  } finally {
    await stop(server.spawned)
    fs.rmSync(pagesDir, { recursive: true, force: true })
  }
}

/** A film title's publish, once fresh through the edge, must leave an unrelated page cached: the same bytes, still a HIT. */
async function purgeScoping(bench: Bench, edgeBase: string): Promise<EdgeFigures['scoping']> {
  const { header } = await warm(edgeBase + UNRELATED, 'x-cache')
  const before = await get(edgeBase + UNRELATED)
  await publishOnce(bench, 'film title', edgeBase)
  const after = await get(edgeBase + UNRELATED)
  bench.log(`edge: ${UNRELATED} ${header} before a film's publish, ${xCache(after)} after`)
  return { page: UNRELATED, before: xCache(before), after: xCache(after), sameBody: after.body === before.body }
}

/** A film (not one the other phases change) unpublished, then published again, read through the edge. */
async function unpublished(bench: Bench, edgeBase: string): Promise<EdgeFigures['notFound']> {
  const { base, token, fixtures, log } = bench
  const film = fixtures.films[1]
  const page = `/en/films/${film.slug}`
  const status = async (value: 'draft' | 'published') => {
    const started = performance.now()
    const response = await send('PATCH', `${base}/api/films/${film.id}`, { _status: value }, token)
    if (response.status !== 200)
      throw new Error(
        `PATCH /api/films/${film.id} (${value}) answered ${response.status} ${response.body.slice(0, 300)}`,
      )
    return answered(edgeBase + page, (answer) => answer.status === (value === 'draft' ? 404 : 200), started)
  }
  await warm(edgeBase + page, 'x-cache')
  const ms = await status('draft')
  const backMs = await status('published')
  log(
    `edge: ${page} 404 after ${ms === null ? 'never' : `${ms.toFixed(0)} ms`}, 200 again after ${backMs === null ? 'never' : `${backMs.toFixed(0)} ms`}`,
  )
  return { page, ms: round(ms), backMs: round(backMs) }
}
