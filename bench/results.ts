import fs from 'node:fs'
import path from 'node:path'

import { LIGHTHOUSE_PAGES, type Settings } from './context'
import type { CachedResult } from './phases/cached'
import type { ColdResult } from './phases/cold'
import type { EdgeFigures, EdgeResult } from './phases/edge'
import type { FeedResult } from './phases/feed'
import type { LighthouseResult } from './phases/lighthouse'
import type { LoadResult } from './phases/load'
import type { PublishResult } from './phases/publish'
import type { WebhookResult } from './phases/webhooks'
import type { WeightResult } from './phases/weight'
import type { ProfileSummary } from './profile'

export type Machine = {
  cpus: number
  cpuModel: string
  memoryGb: number
  node: string
  os: string
  /** 1-minute load average at start, end, and the highest seen while measuring. */
  load: { start: number; end: number; max: number }
  /** Other processes using a core or more of CPU when the bench started (e.g. someone's `next build`). */
  busyAtStart: string[]
  /** The same, sampled every 15 s while the bench ran (highest share seen per command). */
  busyDuring: string[]
}

export type Results = {
  mode: 'full' | 'smoke'
  createdAt: string
  durationS: number
  machine: Machine
  settings: Settings
  database: string
  data: { counts: Record<string, number>; timings: Record<string, number> }
  build: { reused: boolean; from: string | null; ms: number | null; peakRssMb: number | null }
  server: { startMs: number; peakRssMb: number }
  cached: CachedResult
  weight: WeightResult
  lighthouse: LighthouseResult
  cold: ColdResult
  publish: PublishResult
  webhooks: WebhookResult
  feed: FeedResult
  load: LoadResult
  edge: EdgeResult
  budgets: Check[]
  /** With --cpu-prof only. */
  profile?: ProfileSummary
  notes: string[]
}

export type Check = { budget: string; value: string; met: boolean }

type Budgets = {
  cachedPages: { minRatioToStaticFile: number; maxP99Ms: number }
  publishToFresh: { maxMs: number }
  feedProgramme: { maxP99CachedMs: number; maxP99UncachedMs: number; fixedQueryCount: boolean }
  pageJs: { maxOverFloorGzipKb: number }
  lighthouse: { minPerformance: number }
  load: { maxErrors: number }
  webhookDelivery: { maxP50Ms: number }
  edge: { minRatioToNodeHttp: number; maxP99Ms: number; publishToFreshMaxMs: number }
}

export function readBudgets(): Budgets {
  return JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'budgets.json'), 'utf8')) as Budgets
}

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10

/** A page's JavaScript against the framework's floor plus an allowance; never met when the floor was not measured. */
export function pageJsCheck(page: string, jsGzip: number, floorGzip: number | null, maxOverFloorKb: number): Check {
  const budget = `${page}: JavaScript ≤ floor + ${maxOverFloorKb} kB gzip`
  if (floorGzip === null) return { budget, value: `${kb(jsGzip)} kB; floor not measured (the build predates it)`, met: false }
  const over = jsGzip - floorGzip
  return {
    budget: `${budget} (${kb(floorGzip + maxOverFloorKb * 1024)} kB)`,
    value: `${kb(jsGzip)} kB (floor ${kb(floorGzip)} kB ${over < 0 ? '−' : '+'} ${kb(Math.abs(over))} kB)`,
    met: over <= maxOverFloorKb * 1024,
  }
}

/** Each budget of bench/budgets.json against the figures. */
export function checkBudgets(results: Omit<Results, 'budgets'>, budgets: Budgets): Check[] {
  const checks: Check[] = []
  const { cachedPages, publishToFresh, feedProgramme, pageJs, load, webhookDelivery } = budgets
  for (const page of ['home', 'programme', 'film', 'person'] as const) {
    const ratio = results.cached.ratios[page]?.vsStatic ?? 0
    const p99 = results.cached.targets[page]?.p99 ?? Infinity
    checks.push({ budget: `cached ${page}: req/s ≥ ${cachedPages.minRatioToStaticFile * 100} % of the static file`, value: `${Math.round(ratio * 100)} %`, met: ratio >= cachedPages.minRatioToStaticFile })
    checks.push({ budget: `cached ${page}: p99 < ${cachedPages.maxP99Ms} ms`, value: `${p99} ms`, met: p99 < cachedPages.maxP99Ms })
  }
  const { all, stale } = results.publish
  checks.push({
    budget: `publish-to-fresh ≤ ${publishToFresh.maxMs} ms (every change, every page)`,
    value: `max ${all.max} ms, p50 ${all.p50} ms${stale ? `, ${stale} never fresh` : ''}`,
    met: stale === 0 && (all.max ?? Infinity) <= publishToFresh.maxMs,
  })
  const { delivery, undelivered } = results.webhooks
  checks.push({
    budget: `webhook delivery: p50 ≤ ${webhookDelivery.maxP50Ms} ms from sending the PATCH (every change delivered)`,
    value: `p50 ${delivery.p50} ms, max ${delivery.max} ms${undelivered ? `, ${undelivered} never delivered` : ''}`,
    met: undelivered === 0 && (delivery.p50 ?? Infinity) <= webhookDelivery.maxP50Ms,
  })
  for (const name of ['programme (edition)', 'programme (one day)']) {
    const feed = results.feed.endpoints[name]
    if (!feed) continue
    const cached = feed.load.p99
    checks.push({
      budget: `/api/v1 ${name} cached: p99 < ${feedProgramme.maxP99CachedMs} ms`,
      value: cached === null ? `no answer within ${results.settings.seconds} s` : `${cached} ms`,
      met: cached !== null && cached < feedProgramme.maxP99CachedMs,
    })
    const uncached = feed.uncached.p99 ?? Infinity
    checks.push({ budget: `/api/v1 ${name} uncached: p99 < ${feedProgramme.maxP99UncachedMs} ms`, value: `${uncached} ms`, met: uncached < feedProgramme.maxP99UncachedMs })
  }
  if (feedProgramme.fixedQueryCount) {
    const { large, small, largeItems, smallItems } = results.feed.growth
    const samples = results.feed.endpoints['programme (edition)']?.statements.uncached ?? []
    const steady = samples.every((count) => count === samples[0])
    checks.push({
      budget: '/api/v1/programme: fixed statement count (same for every sample, and for a small edition)',
      value: `${large} for ${largeItems} items, ${small} for ${smallItems}${steady ? '' : `; samples ${samples.join(', ')}`}`,
      met: steady && large === small,
    })
  }
  const floor = results.weight.floor?.jsGzip ?? null
  for (const [page, weight] of Object.entries(results.weight.pages))
    checks.push(pageJsCheck(page, weight.jsGzip, floor, pageJs.maxOverFloorGzipKb))
  if (!('skipped' in results.lighthouse)) {
    const { minPerformance } = budgets.lighthouse
    for (const page of LIGHTHOUSE_PAGES) {
      const { score, benchmarkIndex } = results.lighthouse.pages[page].median
      checks.push({ budget: `Lighthouse ${page} (mobile): performance ≥ ${minPerformance}`, value: `${score} (benchmark index ${benchmarkIndex})`, met: score >= minPerformance })
    }
  }
  checks.push(...loadChecks(results.load, 'load', load.maxErrors))
  if (!('skipped' in results.edge)) checks.push(...edgeChecks(results.edge, budgets.edge, load.maxErrors))
  return checks
}

/** No error under load, and the last title published shows on every page afterwards. */
function loadChecks(l: LoadResult, name: string, maxErrors: number): Check[] {
  const { statuses } = l.load
  const unseen = Object.entries(l.lastTitleSeen).filter(([, ms]) => ms === null).map(([page]) => page)
  return [
    {
      budget: `${name} (${l.connections} connections, ${l.seconds} s, publishing): ≤ ${maxErrors} errors`,
      value: `${l.errors} (4xx ${statuses['4xx']}, 5xx ${statuses['5xx']}, connection errors ${l.load.errors} of which timeouts ${l.load.timeouts}, refused publishes ${l.publishes.failed})`,
      met: l.errors <= maxErrors,
    },
    {
      budget: `${name}: every page shows the last published title afterwards`,
      value: l.publishes.sent - l.publishes.failed === 0 ? 'nothing was published' : unseen.length ? `still stale: ${unseen.join(', ')}` : `all, ${Math.max(...Object.values(l.lastTitleSeen).map(Number))} ms after the load`,
      met: l.publishes.sent > l.publishes.failed && unseen.length === 0 && Object.keys(l.lastTitleSeen).length > 0,
    },
  ]
}

function edgeChecks(edge: EdgeFigures, budget: Budgets['edge'], maxErrors: number): Check[] {
  const checks: Check[] = []
  for (const page of ['home', 'programme', 'film', 'person'] as const) {
    const ratio = edge.ratios[page] ?? 0
    const p99 = edge.targets[`edge (${page})`]?.p99 ?? Infinity
    checks.push({ budget: `edge ${page}: req/s ≥ ${budget.minRatioToNodeHttp * 100} % of node:http`, value: `${Math.round(ratio * 100)} %`, met: ratio >= budget.minRatioToNodeHttp })
    checks.push({ budget: `edge ${page}: p99 < ${budget.maxP99Ms} ms`, value: `${p99} ms`, met: p99 < budget.maxP99Ms })
  }
  const { all, stale } = edge.publish
  checks.push({
    budget: `edge: publish-to-fresh ≤ ${budget.publishToFreshMaxMs} ms (every change, every page, read through the edge)`,
    value: `max ${all.max} ms, p50 ${all.p50} ms${stale ? `, ${stale} never fresh` : ''}`,
    met: stale === 0 && (all.max ?? Infinity) <= budget.publishToFreshMaxMs,
  })
  const { notFound, scoping } = edge
  checks.push({ budget: 'edge: an unpublished film answers 404 through the edge', value: notFound.ms === null ? 'never' : `after ${notFound.ms} ms`, met: notFound.ms !== null })
  checks.push({
    budget: `edge: a film's publish leaves ${scoping.page} a HIT, unchanged`,
    value: `${scoping.before} → ${scoping.after}${scoping.sameBody ? '' : ', body changed'}`,
    met: scoping.after === 'HIT' && scoping.sameBody,
  })
  return [...checks, ...loadChecks(edge.load, 'edge load', maxErrors)]
}
