/**
 * npm run bench [-- --smoke] [--no-build] [--cpu-prof] [--seconds N] [--rounds N] [--connections N] [--feed-connections N] [--out DIR]
 *
 * What visitors, editors and partners feel, as ratios against floors measured
 * in the same run: synthetic data on a throw-away database, a production
 * build of a private copy of the app, `next start`, then cached pages, page
 * weight against the framework's floor, Lighthouse (mobile), cold renders
 * and SQL per request, publish-to-fresh, webhook delivery, the partner feed,
 * the operations load, and Varnish in front (when installed). Writes
 * results.json and results.md (bench/ for a full run, bench/tmp/smoke/ for
 * --smoke) and prints the tables.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { freePort } from '../src/db/freePort'
import { startDatabase, type Database } from '../tests/support/database'
import { run, stop, stopAll } from '../tests/support/processes'

import { clearRuntimeCaches, prepareApp, sourcesTime } from './app'
import { PAGE_TYPES, SETTINGS, type Bench } from './context'
import { allTags, expirer } from './expire'
import type { Fixtures } from './fixtures'
import { login } from './http'
import { drain } from './drain'
import { lock, lockFile } from './lock'
import { describeMachine } from './machine'
import { toMarkdown } from './markdown'
import { cachedPages, staticPath } from './phases/cached'
import { coldRenders } from './phases/cold'
import { throughTheEdge } from './phases/edge'
import { partnerFeed } from './phases/feed'
import { lighthousePhase } from './phases/lighthouse'
import { loadWhilePublishing } from './phases/load'
import { publishToFresh } from './phases/publish'
import { webhookDelivery } from './phases/webhooks'
import { pageWeight } from './phases/weight'
import { summarizeProfiles } from './profile'
import { startQueryCounter } from './queries'
import { checkBudgets, readBudgets, type Results } from './results'
import { build, serverEnv, startServer, type Server } from './server'

const { values: args } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    'cpu-prof': { type: 'boolean', default: false },
    seconds: { type: 'string' },
    rounds: { type: 'string' },
    connections: { type: 'string' },
    'feed-connections': { type: 'string' },
    out: { type: 'string' },
  },
})
const mode = args.smoke ? 'smoke' : 'full'
const settings = { ...SETTINGS[mode] }
if (args.seconds) settings.seconds = Number(args.seconds)
if (args.rounds) settings.rounds = Number(args.rounds)
if (args.connections) settings.connections = Number(args.connections)
if (args['feed-connections']) settings.feedConnections = Number(args['feed-connections'])

const rootDir = process.cwd()
const outDir = path.resolve(args.out ?? (mode === 'full' ? 'bench' : 'bench/tmp/smoke'))
const logDir = path.join(rootDir, '.data/bench', `${mode}-logs`)
const log = (line: string) => console.log(`[bench] ${line}`)
const notes: string[] = []

// Module-level so that an interrupt can stop them too.
let database: Database | undefined
let staticDir: string | undefined

async function cleanUp(): Promise<void> {
  await stopAll()
  await database?.stop()
  if (staticDir) fs.rmSync(staticDir, { recursive: true, force: true })
}

async function main(): Promise<void> {
  const started = performance.now()
  if (JSON.parse(fs.readFileSync('package.json', 'utf8')).name !== 'film-week')
    throw new Error('run from the project root (npm run bench)')
  fs.rmSync(logDir, { recursive: true, force: true })
  fs.mkdirSync(logDir, { recursive: true })
  const { machine, finish } = await describeMachine()
  log(
    `${mode}: ${machine.cpus} CPUs, ${machine.memoryGb} GB, Node ${machine.node}, load ${machine.load.start}; logs in ${path.relative(rootDir, logDir)}/`,
  )
  for (const busy of machine.busyAtStart) log(`busy besides the bench: ${busy}`)

  let server: Server | undefined
  try {
    database = await startDatabase(rootDir, `bench-${mode}`)
    log(database.where)
    const secret = crypto.randomBytes(32).toString('hex')
    // src/env.ts parses these once, for the signed expiry requests (bench/expire.ts) made from this process.
    process.env.PAYLOAD_SECRET = secret
    process.env.DATABASE_URL = database.url
    const fixturesFile = path.join(logDir, 'fixtures.json')
    const tsx = path.join(rootDir, 'node_modules/.bin/tsx')
    // The production condition: see src/scripts/prepare.ts (Lexical's Node entry points stall Node 20's module loader).
    await run('synthetic data', tsx, ['--conditions=production', 'bench/load.ts'], {
      cwd: rootDir,
      env: serverEnv({
        NODE_ENV: 'development',
        DATABASE_URL: database.url,
        PAYLOAD_SECRET: secret,
        BENCH_SIZE: mode,
        BENCH_FIXTURES: fixturesFile,
        BENCH_ADMIN_PASSWORD: crypto.randomBytes(18).toString('hex'),
      }),
      log: path.join(logDir, 'synthetic.log'),
    })
    const fixtures = JSON.parse(fs.readFileSync(fixturesFile, 'utf8')) as Fixtures
    log(
      `synthetic data: ${JSON.stringify(fixtures.counts)} in ${fixtures.timings.total} ms (migrations ${fixtures.timings.migrate} ms)`,
    )

    // Chosen before the build: prerendered pages carry SERVER_URL in their links.
    const port = await freePort()
    const origin = `http://127.0.0.1:${port}`
    const reuse = args['no-build'] || mode === 'smoke'
    const sources = sourcesTime(rootDir)
    const app = prepareApp(rootDir, mode, reuse)
    // No scheduled-publishing runner: its minutely queries would land in the statement counts.
    const env = {
      DATABASE_URL: database.url,
      PAYLOAD_SECRET: secret,
      SERVER_URL: origin,
      MEDIA_DIR: path.join(logDir, 'media'),
      JOBS_RUNNER: 'false',
    }
    let built: Results['build']
    if (reuse && app.hasBuild()) {
      built = { reused: true, from: app.buildFrom, ms: null, peakRssMb: null }
      log(`next build: reusing ${app.buildFrom}`)
      const stale = app.buildTime() < sources ? ', older than the sources (changes since are not measured)' : ''
      notes.push(
        `The build was reused (${app.buildFrom}${stale}); its prerendered pages came from another database, so every cache tag was expired after start. Build figures come from runs that build.`,
      )
    } else {
      if (args['no-build']) throw new Error('--no-build: there is no build to reuse yet (run once without it)')
      log('next build…')
      const figures = await build(app, serverEnv(env), path.join(logDir, 'build.log'))
      built = { reused: false, from: null, ...figures }
      log(`next build: ${(figures.ms / 1000).toFixed(1)} s, peak RSS ${figures.peakRssMb} MB`)
    }
    clearRuntimeCaches(app)

    // Served from public/ by the Next server; the files must exist when the server starts. Never committed (.gitignore).
    staticDir = path.join(app.dir, 'public/bench')
    fs.mkdirSync(staticDir, { recursive: true })
    for (const page of PAGE_TYPES)
      fs.writeFileSync(path.join(staticDir, `${page}.html`), '<!doctype html><title>placeholder</title>')

    const queries = await startQueryCounter(database.url, rootDir, path.join(logDir, 'sql-proxy.log'))
    // Out of the way of the load; a key's limit must stay above an address's (src/env.ts).
    const rateLimit = 1_000_000_000
    const profileDir = path.join(logDir, 'cpu-prof')
    const profiling = args['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []
    const serverVars = {
      ...env,
      DATABASE_URL: queries.url,
      PORT: String(port),
      API_RATE_LIMIT_ANONYMOUS: String(rateLimit),
      API_RATE_LIMIT_PARTNER: String(2 * rateLimit),
    }
    server = await startServer(app, port, serverEnv(serverVars), path.join(logDir, 'server.log'), profiling)
    log(`next start: first 200 after ${server.startMs} ms on ${server.base}`)

    const token = await login(server.base, fixtures.admin.email, fixtures.admin.password)
    const expiry = expirer(server.base, allTags(fixtures), token)
    const probe = server.base + staticPath('film')
    const bench: Bench = {
      base: server.base,
      app,
      fixtures,
      token,
      queries,
      settings,
      logDir,
      log,
      expireAll: expiry.expireAll,
      drain: () => drain(probe, queries),
    }
    // A reused build prerendered its pages from another database: nothing may be served from it.
    await bench.expireAll()

    log('cached pages…')
    const cached = await cachedPages(bench, staticDir)
    const weight = await pageWeight(bench)
    log(`lighthouse (${settings.lighthouseRuns} run(s) per page)…`)
    const lighthouse = await lighthousePhase(bench)
    if ('skipped' in lighthouse) log(`lighthouse skipped: ${lighthouse.skipped}`)
    log('cold renders…')
    const cold = await coldRenders(bench)
    log('publish-to-fresh…')
    const publish = await publishToFresh(bench)
    log('webhook delivery…')
    const webhooks = await webhookDelivery(bench)
    log('partner feed…')
    const feed = await partnerFeed(bench)
    log(`load while publishing (${settings.load.connections} connections, ${settings.load.seconds} s)…`)
    const load = await loadWhilePublishing(bench)

    if (expiry.state.partial) {
      notes.push(
        'The reused build has no /api/internal/revalidate: "uncached" samples only expired pages (by saving the site settings), not the data they cached.',
      )
    }
    const peakRssMb = server.stopSampling()
    await stop(server.spawned)
    // V8 writes the profiles when the server exits cleanly (not when it has to be killed).
    const profile = args['cpu-prof'] ? summarizeProfiles(profileDir) : undefined
    // Last: the server starts again, with the edge to purge (unprofiled, its memory not sampled).
    log('edge…')
    const edge = await throughTheEdge(bench, (extra) =>
      startServer(app, port, serverEnv({ ...serverVars, ...extra }), path.join(logDir, 'server-edge.log')),
    )
    if ('skipped' in edge) log(`edge skipped: ${edge.skipped}`)
    finish()
    if (args['cpu-prof'])
      notes.push(
        profile
          ? `Profiled (--cpu-prof): the server ran slower than it would otherwise.`
          : 'Profiled (--cpu-prof), but the server wrote no profile (killed rather than exited?).',
      )
    if (mode === 'smoke')
      notes.push('Smoke run: tiny data and short loads, to keep the bench working; the figures mean nothing.')
    notes.push(
      'autocannon runs in the bench process, on the same CPUs as the server: on a small machine it is part of the load, which is one reason the node:http floor is there.',
    )
    notes.push(
      'SQL statements are counted by a proxy in front of PostgreSQL (simple and extended-protocol executions, BEGIN/COMMIT included), one request at a time, until the app is quiet for 150 ms.',
    )

    const partial: Omit<Results, 'budgets'> = {
      mode,
      createdAt: new Date().toISOString(),
      durationS: Math.round((performance.now() - started) / 1000),
      machine,
      settings,
      database: database.where,
      data: { counts: fixtures.counts, timings: fixtures.timings },
      build: built,
      server: { startMs: server.startMs, peakRssMb },
      cached,
      weight,
      lighthouse,
      cold,
      publish,
      webhooks,
      feed,
      load,
      edge,
      ...(profile ? { profile } : {}),
      notes,
    }
    const results: Results = { ...partial, budgets: checkBudgets(partial, readBudgets()) }
    fs.mkdirSync(outDir, { recursive: true })
    fs.writeFileSync(path.join(outDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`)
    const markdown = toMarkdown(results)
    fs.writeFileSync(path.join(outDir, 'results.md'), markdown)
    console.log(`\n${markdown}`)
    log(`written to ${path.relative(rootDir, outDir) || '.'}/results.json and results.md`)
  } finally {
    await cleanUp()
  }
}

const unlock = lock(lockFile(rootDir, mode))
let exiting = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (exiting) return
    exiting = true
    log(`${signal}: stopping everything the bench started`)
    void cleanUp().finally(() => {
      unlock()
      process.exit(signal === 'SIGINT' ? 130 : 143)
    })
  })
}
const code = await main().then(
  () => 0,
  (error: unknown) => {
    console.error(`[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
    return 1
  },
)
unlock()
process.exit(code)
