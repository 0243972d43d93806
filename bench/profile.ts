/**
 * `--cpu-prof`: where the server's CPU time went over the whole run, from
 * V8's .cpuprofile files (one per Node process of the server), by package
 * and by function, self time. Off by default: profiling slows the server.
 */
import fs from 'node:fs'
import path from 'node:path'

type ProfileNode = {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }
  hitCount?: number
}
type CpuProfile = {
  nodes: ProfileNode[]
  startTime: number
  endTime: number
  samples?: number[]
  timeDeltas?: number[]
}

export type ProfileSummary = {
  file: string
  seconds: number
  packages: { name: string; share: number }[]
  functions: { name: string; share: number }[]
}

/**
 * A readable owner for a script URL: the package, the Node module, or for
 * Turbopack's server chunks what their name says they hold (app sources,
 * Next's runtime, a bundled package).
 */
function packageOf(url: string): string {
  if (!url) return '(native: GC, I/O, JSON, regexps…)'
  if (url.startsWith('node:'))
    return url
      .replace(/^node:(internal\/)?/, 'node:')
      .split('/')
      .slice(0, 2)
      .join('/')
  const chunk = /\/\.next\/server\/chunks\/(?:ssr\/)?(.*)_[a-z0-9-]+\._\.js$/.exec(url)?.[1]
  if (chunk !== undefined) {
    if (/_src($|_)/.test(chunk)) return 'app sources (bundled)'
    const bundled = /node_modules_(.+)$/.exec(chunk)?.[1]
    if (bundled) return `${bundled.replace(/_dist$/, '').replace(/_/g, '/')} (bundled)`
    return 'other bundled chunks'
  }
  const modules = url.lastIndexOf('node_modules/')
  if (modules >= 0) {
    const parts = url.slice(modules + 'node_modules/'.length).split('/')
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]
  }
  return path.basename(url)
}

function top(self: Map<string, number>, total: number, count: number) {
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, ticks]) => ({ name, share: Math.round((ticks / total) * 1000) / 10 }))
}

/** The busiest profile in `dir` (the process that served the requests), summarized. */
export function summarizeProfiles(dir: string): ProfileSummary | null {
  if (!fs.existsSync(dir)) return null
  const files = fs.readdirSync(dir).filter((file) => file.endsWith('.cpuprofile'))
  const profiles = files.map((file) => ({
    file,
    profile: JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as CpuProfile,
  }))
  const busiest = profiles.sort((a, b) => (b.profile.samples?.length ?? 0) - (a.profile.samples?.length ?? 0))[0]
  if (!busiest) return null
  const { nodes } = busiest.profile
  const byPackage = new Map<string, number>()
  const byFunction = new Map<string, number>()
  let total = 0
  for (const node of nodes) {
    const hits = node.hitCount ?? 0
    if (!hits) continue
    const { functionName, url, lineNumber, columnNumber } = node.callFrame
    if (functionName === '(idle)' || functionName === '(program)') continue
    total += hits
    const name = packageOf(url)
    byPackage.set(name, (byPackage.get(name) ?? 0) + hits)
    // Bundles are minified: the file and column say more than the name.
    const where = `${functionName || '(anonymous)'} ${url ? `${path.basename(url)}:${lineNumber + 1}:${columnNumber + 1}` : '(native)'}`
    byFunction.set(where, (byFunction.get(where) ?? 0) + hits)
  }
  if (!total) return null
  return {
    file: busiest.file,
    seconds: Math.round((busiest.profile.endTime - busiest.profile.startTime) / 1e5) / 10,
    packages: top(byPackage, total, 12),
    functions: top(byFunction, total, 15),
  }
}
