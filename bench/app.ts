/**
 * The bench builds and serves a private copy of the app (`.data/bench/<run>/`):
 * its `next build` prerenders pages from the synthetic database, and its
 * server writes regenerated pages and data beside them. Done in the working
 * tree's own `.next`, a developer's next `npm start` (or an e2e run reusing
 * the build) would serve synthetic pages, and a build running there at the
 * same time would be corrupted. The copy takes a second; node_modules is a
 * symlink (inside the workspace root Turbopack infers from the lockfile).
 * The copy also holds the framework's floor page (bench/floor).
 */
import fs from 'node:fs'
import path from 'node:path'

import { addFloorRoute } from './floor'
import { lockFile, lockHolder } from './lock'

/** What a build needs from the working tree. `public/` is optional (the app has none yet). */
const COPIED = [
  'src',
  'migrations',
  'public',
  'next.config.ts',
  'payload.config.ts',
  'cache-handler.mjs',
  'tsconfig.json',
  'next-env.d.ts',
]

/** Next's run-time caches: data and regenerated pages, read from another database, they would be served as this one's. */
const RUNTIME_CACHES = ['.next/cache/fetch-cache', '.next/server/route-cache']

export type App = { dir: string; hasBuild: () => boolean; buildFrom: string | null; buildTime: () => number }

const hasBuildIn = (dir: string) => fs.existsSync(path.join(dir, '.next/BUILD_ID'))
const buildTime = (dir: string) => (hasBuildIn(dir) ? fs.statSync(path.join(dir, '.next/BUILD_ID')).mtimeMs : 0)

/** Newest modification under the copied sources: a reused build older than this may not match them. */
export function sourcesTime(rootDir: string): number {
  let newest = 0
  const visit = (entry: string) => {
    const stat = fs.statSync(entry)
    newest = Math.max(newest, stat.mtimeMs)
    if (stat.isDirectory()) for (const child of fs.readdirSync(entry)) visit(path.join(entry, child))
  }
  for (const entry of COPIED) if (fs.existsSync(path.join(rootDir, entry))) visit(path.join(rootDir, entry))
  return newest
}

/**
 * Refreshes the copy's sources, keeping its `.next` for reuse. With `reuse`
 * it takes the newest bench build (which may predate the current sources:
 * the trade-off of reusing). The synthetic slugs are deterministic, so a
 * full run's build serves the smoke data too.
 */
export function prepareApp(rootDir: string, run: string, reuse: boolean): App {
  const dir = path.join(rootDir, '.data/bench', run)
  fs.mkdirSync(dir, { recursive: true })
  for (const entry of COPIED) {
    const target = path.join(dir, entry)
    fs.rmSync(target, { recursive: true, force: true })
    const source = path.join(rootDir, entry)
    if (fs.existsSync(source)) fs.cpSync(source, target, { recursive: true })
  }
  fs.mkdirSync(path.join(dir, 'public'), { recursive: true })
  addFloorRoute(dir)
  // Its own name: Jest's module map would otherwise see two packages called film-week.
  const pkg = JSON.parse(fs.readFileSync(path.join(rootDir, 'package.json'), 'utf8')) as Record<string, unknown>
  fs.writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ ...pkg, name: `film-week-bench-${run}`, scripts: {} }, null, 2),
  )
  const modules = path.join(dir, 'node_modules')
  if (!fs.existsSync(modules)) fs.symlinkSync(path.join(rootDir, 'node_modules'), modules, 'dir')

  // The newest bench build: this copy's own or the full bench's. Never the working tree's: it is
  // a developer's, of the demo data and of whatever sources they had then.
  let buildFrom: string | null = hasBuildIn(dir) ? path.relative(rootDir, dir) : null
  if (reuse) {
    // Not while a full run holds its lock: its build may be half written.
    const full = lockHolder(lockFile(rootDir, 'full')) === null ? [path.join(rootDir, '.data/bench/full')] : []
    const newest = [dir, ...full].filter(hasBuildIn).sort((a, b) => buildTime(b) - buildTime(a))[0]
    if (newest && newest !== dir && buildTime(newest) > buildTime(dir)) {
      fs.rmSync(path.join(dir, '.next'), { recursive: true, force: true })
      fs.cpSync(path.join(newest, '.next'), path.join(dir, '.next'), {
        recursive: true,
        verbatimSymlinks: true,
        preserveTimestamps: true,
      })
      buildFrom = path.relative(rootDir, newest)
    }
  }
  return { dir, hasBuild: () => hasBuildIn(dir), buildFrom, buildTime: () => buildTime(dir) }
}

export function clearRuntimeCaches(app: App): void {
  for (const cache of RUNTIME_CACHES) fs.rmSync(path.join(app.dir, cache), { recursive: true, force: true })
}
