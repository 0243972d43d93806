/**
 * Keeps `npm run bench` from rotting: runs its --smoke mode (tiny synthetic
 * data, two-second loads) end to end and checks that every section was
 * measured (the edge when varnishd is installed). The figures themselves
 * are not judged here.
 *
 * Slow-ish: about a minute when a bench build exists (.data/bench/smoke or
 * .data/bench/full, reused), a few more the first time, when it must build.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Results } from '../../bench/results'
import { findVarnishd } from '../../src/edge/varnishd'

const TIMEOUT_MS = 10 * 60_000

let out: string
let code: number | null
let output = ''

beforeAll(async () => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-smoke-'))
  // The suite's PostgreSQL server (a fresh database on it, dropped afterwards), and none of Jest's Node flags.
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_OPTIONS: '' }
  if (process.env.TEST_DATABASE_SERVER) env.DATABASE_URL = process.env.TEST_DATABASE_SERVER
  else delete env.DATABASE_URL
  const child = spawn(path.resolve('node_modules/.bin/tsx'), ['bench/run.ts', '--smoke', '--out', out], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
}, TIMEOUT_MS)

afterAll(() => fs.rmSync(out, { recursive: true, force: true }))

const results = () => JSON.parse(fs.readFileSync(path.join(out, 'results.json'), 'utf8')) as Results

test('runs to the end and writes results.json and results.md', () => {
  if (code !== 0) throw new Error(`bench --smoke exited with ${code}:\n${output.slice(-4000)}`)
  expect(results().mode).toBe('smoke')
  expect(fs.readFileSync(path.join(out, 'results.md'), 'utf8')).toMatch(/## Budgets/)
})

test('measures cached pages against both floors, served from the cache', () => {
  const { cached } = results()
  for (const page of ['home', 'programme', 'film', 'person'] as const) {
    for (const name of [`static file (${page})`, `node:http (${page})`, page])
      expect(cached.targets[name].rps).toBeGreaterThan(0)
    expect(cached.cache[page].before).toBe('HIT')
    expect(cached.ratios[page].vsStatic).toBeGreaterThan(0)
    expect(cached.ratios[page].vsNode).toBeGreaterThan(0)
  }
})

test('renders cold pages and counts their SQL statements', () => {
  const { cold } = results()
  for (const page of Object.values(cold.pages)) {
    expect(page.render.n).toBeGreaterThan(0)
    expect(page.statements.min).toBeGreaterThan(0)
    expect(Object.keys(page.cache)).not.toContain('HIT')
  }
  expect(cold.growth).toHaveLength(2)
})

test('times publish-to-fresh for every kind of change', () => {
  const { publish } = results()
  expect(publish.changes.map((change) => change.kind)).toEqual([
    'film title',
    'person name',
    'screening time',
    'film title (highest id)',
  ])
  // Freshness itself is the bench's finding, not a test failure: every change was at least timed.
  for (const change of publish.changes) expect(change.patchMs).toBeGreaterThan(0)
})

test('times webhook deliveries, verified by the receiver, beside the PATCH round trip', () => {
  const { webhooks, settings, budgets } = results()
  expect(webhooks.changes).toHaveLength(settings.webhookChanges)
  expect(webhooks.rejected).toBe(0)
  // Delivery speed is the bench's finding; that every publish reached the receiver, verified, is not.
  expect(webhooks.undelivered).toBe(0)
  expect(webhooks.delivery.n).toBe(settings.webhookChanges)
  expect(webhooks.patch.p50).toBeGreaterThan(0)
  expect(budgets.some((check) => check.budget.startsWith('webhook delivery'))).toBe(true)
})

test('measures pages through Varnish against node:http, publishes through it, or says why it could not', () => {
  const { edge, budgets } = results()
  if ('skipped' in edge) {
    expect(findVarnishd()).toBeNull()
    expect(edge.skipped).toMatch(/varnishd not found/)
    return
  }
  for (const page of ['home', 'programme', 'film', 'person'] as const) {
    expect(edge.targets[`edge (${page})`].rps).toBeGreaterThan(0)
    expect(edge.targets[`node:http (${page})`].rps).toBeGreaterThan(0)
    expect(edge.cache[page].before).toBe('HIT')
    expect(edge.ratios[page]).toBeGreaterThan(0)
  }
  expect(edge.publish.changes.length).toBeGreaterThan(0)
  expect(edge.notFound.ms).not.toBeNull()
  expect(edge.scoping.before).toBe('HIT')
  expect(budgets.some((check) => check.budget.startsWith('edge: publish-to-fresh'))).toBe(true)
  // The operations load, every visitor's request through the edge.
  expect(edge.load.load.requests).toBeGreaterThan(0)
  expect(edge.load.publishes.sent).toBeGreaterThan(0)
  expect(budgets.some((check) => check.budget.startsWith('edge load ('))).toBe(true)
})

test('loads the partner feed and REST, and weighs the pages', () => {
  const { feed, weight, budgets } = results()
  expect(Object.keys(feed.endpoints)).toHaveLength(3)
  expect(feed.endpoints['programme (edition)'].etag).toBeTruthy()
  // Counted both ways. The "cached" sample is the first request after the uncached ones, which
  // may still build the answer; with quota leased in batches a cached one may run no statement.
  const { statements } = feed.endpoints['programme (edition)']
  expect(statements.uncached.length).toBeGreaterThan(0)
  for (const count of statements.uncached) expect(statements.cached).toBeLessThanOrEqual(count)
  for (const page of Object.values(weight.pages)) expect(page.jsGzip).toBeGreaterThan(0)
  expect(budgets.length).toBeGreaterThan(10)
})

test('weighs the framework floor, a blank page of the same build (a reused older build may lack it)', () => {
  const { weight, build, budgets } = results()
  if (!build.reused) expect(weight.floor).not.toBeNull()
  if (weight.floor) expect(weight.floor.jsGzip).toBeGreaterThan(0)
  expect(budgets.filter((check) => /JavaScript ≤ floor \+/.test(check.budget))).toHaveLength(4)
})

test('scores home, programme and film with Lighthouse, with the benchmark index, or says why it could not', () => {
  const { lighthouse, budgets } = results()
  if ('skipped' in lighthouse) {
    expect(lighthouse.skipped).toMatch(/no Chromium/)
    return
  }
  for (const page of ['home', 'programme', 'film'] as const) {
    const { median, runs } = lighthouse.pages[page]
    expect(runs.length).toBeGreaterThan(0)
    expect(median.score).toBeGreaterThanOrEqual(0)
    expect(median.lcpMs).toBeGreaterThan(0)
    expect(median.benchmarkIndex).toBeGreaterThan(0)
  }
  expect(budgets.filter((check) => check.budget.startsWith('Lighthouse'))).toHaveLength(3)
})

test('holds a load while an editor publishes, counting errors, and checks the last title everywhere', () => {
  const { load, budgets } = results()
  expect(load.load.requests).toBeGreaterThan(0)
  expect(load.paths.some((path) => path.startsWith('/api/v1/'))).toBe(true)
  expect(load.publishes.sent).toBeGreaterThan(0)
  expect(Object.keys(load.lastTitleSeen).sort()).toEqual(['film', 'home', 'person', 'programme'])
  // autocannon counts timeouts among its errors: once, not twice.
  expect(load.errors).toBe(
    load.load.statuses['4xx'] + load.load.statuses['5xx'] + load.load.errors + load.publishes.failed,
  )
  expect(budgets.map((check) => check.budget)).toContain('load: every page shows the last published title afterwards')
})

test('leaves nothing behind: no static copy of a page, no lock', () => {
  expect(fs.existsSync('.data/bench/smoke/public/bench')).toBe(false)
  expect(fs.existsSync('.data/bench/smoke.lock')).toBe(false)
})
