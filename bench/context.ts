import type { App } from './app'
import type { Fixtures } from './fixtures'
import type { QueryCounter } from './queries'

/** How hard and how long each phase pushes. */
export type Settings = {
  connections: number
  /** Partners are fewer than visitors, and a feed answer is heavier: fewer connections for the feed. */
  feedConnections: number
  /** Seconds per load run, and runs per target (ratios are taken per round, then the median). */
  seconds: number
  rounds: number
  coldDocuments: number
  coldRepeats: number
  changes: number
  /** Published film titles whose webhook delivery is timed. */
  webhookChanges: number
  uncachedSamples: number
  /** Lighthouse runs per page (the median is kept). */
  lighthouseRuns: number
  /** The production-operations load: visitors and partners on many connections while an editor publishes every few seconds. */
  load: { connections: number; seconds: number; publishEverySeconds: number }
}

export const SETTINGS: Record<'full' | 'smoke', Settings> = {
  full: {
    connections: 50,
    feedConnections: 10,
    seconds: 5,
    rounds: 3,
    coldDocuments: 20,
    coldRepeats: 10,
    changes: 20,
    webhookChanges: 20,
    uncachedSamples: 10,
    lighthouseRuns: 3,
    load: { connections: 200, seconds: 60, publishEverySeconds: 3 },
  },
  smoke: {
    connections: 50,
    feedConnections: 10,
    seconds: 2,
    rounds: 1,
    coldDocuments: 3,
    coldRepeats: 2,
    changes: 4,
    webhookChanges: 3,
    uncachedSamples: 2,
    lighthouseRuns: 1,
    load: { connections: 8, seconds: 3, publishEverySeconds: 1 },
  },
}

/** What every phase works with: the running site, its data and its editor. */
export type Bench = {
  base: string
  app: App
  fixtures: Fixtures
  token: string
  queries: QueryCounter
  settings: Settings
  logDir: string
  log: (line: string) => void
  /** Expires every tag of the synthetic data (bench/expire.ts). */
  expireAll: () => Promise<void>
  /** Waits until the server has finished what a load run left in flight (bench/drain.ts). */
  drain: () => Promise<void>
}

export const PAGE_TYPES = ['home', 'programme', 'film', 'person'] as const
export type PageType = (typeof PAGE_TYPES)[number]
/** The pages Lighthouse scores (the person page is built like the film page). */
export const LIGHTHOUSE_PAGES = ['home', 'programme', 'film'] as const satisfies readonly PageType[]
export type LighthousePage = (typeof LIGHTHOUSE_PAGES)[number]

/** The page of each type the cached and weight phases use: the first film and person (the ones editors change). */
export function pagePaths(fixtures: Fixtures): Record<PageType, string> {
  return {
    home: '/en',
    programme: '/en/programme',
    film: `/en/films/${fixtures.films[0].slug}`,
    person: `/en/people/${fixtures.people[0].slug}`,
  }
}

/** The same pages at `origin` (the app, or a cache in front of it). */
export function pageUrls(origin: string, fixtures: Fixtures): Record<PageType, string> {
  const paths = pagePaths(fixtures)
  return Object.fromEntries(PAGE_TYPES.map((page) => [page, origin + paths[page]])) as Record<PageType, string>
}
