/**
 * (b) Cold renders and (e) SQL statements per page. Film and person pages:
 * documents not visited since the server started (its data cache was
 * emptied before start, and every page expired after), one request each.
 * Home and programme exist once per locale: each sample expires every tag
 * first. One request at a time, so the statement count is that request's.
 * Growth: the same pages with the small edition as the current one.
 */
import { PAGE_TYPES, type Bench, type PageType } from '../context'
import { get, send } from '../http'
import { median, summary, type Summary } from '../stats'

export type ColdSample = { path: string; ms: number; status: number; cache: string; statements: number; size?: number }

export type ColdResult = {
  pages: Record<
    PageType,
    {
      render: Summary
      statements: { min: number; median: number | null; max: number }
      cache: Record<string, number>
      samples: ColdSample[]
    }
  >
  /** Statements of home and programme with the large and the small edition current (all tags expired first). */
  growth: { page: string; large: number; small: number; largeScreenings: number; smallScreenings: number }[]
}

async function sample(bench: Bench, path: string, size?: number): Promise<ColdSample> {
  const { result, statements } = await bench.queries.during(() => get(bench.base + path))
  if (result.status !== 200) throw new Error(`${path}: ${result.status}`)
  return {
    path,
    ms: result.ms,
    status: result.status,
    cache: result.headers.get('x-nextjs-cache') ?? '(none)',
    statements,
    size,
  }
}

async function setCurrentEdition(bench: Bench, id: number): Promise<void> {
  const response = await send('POST', `${bench.base}/api/globals/site?locale=en`, { currentEdition: id }, bench.token)
  if (response.status !== 200) throw new Error(`site settings: ${response.status} ${response.body.slice(0, 300)}`)
}

export async function coldRenders(bench: Bench): Promise<ColdResult> {
  const { fixtures, settings, log } = bench
  const samples: Record<PageType, ColdSample[]> = { home: [], programme: [], film: [], person: [] }
  // The first film and person are the cached phase's and the editors': start after them.
  for (const film of fixtures.films.slice(1, 1 + settings.coldDocuments))
    samples.film.push(await sample(bench, `/en/films/${film.slug}`, film.credits))
  for (const person of fixtures.people.slice(1, 1 + settings.coldDocuments))
    samples.person.push(await sample(bench, `/en/people/${person.slug}`, person.credits))
  for (let repeat = 0; repeat < settings.coldRepeats; repeat++) {
    for (const [page, path] of [
      ['home', '/en'],
      ['programme', '/en/programme'],
    ] as const) {
      await bench.expireAll()
      samples[page].push(await sample(bench, path, fixtures.edition.screenings))
    }
  }

  const growth: ColdResult['growth'] = []
  const largeOf = (page: 'home' | 'programme') => median(samples[page].map((entry) => entry.statements)) ?? 0
  await setCurrentEdition(bench, fixtures.smallEdition.id)
  try {
    for (const [page, path] of [
      ['home', '/en'],
      ['programme', '/en/programme'],
    ] as const) {
      await bench.expireAll()
      const small = await sample(bench, path, fixtures.smallEdition.screenings)
      growth.push({
        page,
        large: largeOf(page),
        small: small.statements,
        largeScreenings: fixtures.edition.screenings,
        smallScreenings: fixtures.smallEdition.screenings,
      })
    }
  } finally {
    await setCurrentEdition(bench, fixtures.edition.id)
    await bench.expireAll()
  }

  const pages = {} as ColdResult['pages']
  for (const page of PAGE_TYPES) {
    const list = samples[page]
    const statements = list.map((entry) => entry.statements)
    const cache: Record<string, number> = {}
    for (const entry of list) cache[entry.cache] = (cache[entry.cache] ?? 0) + 1
    pages[page] = {
      render: summary(list.map((entry) => entry.ms)),
      statements: { min: Math.min(...statements), median: median(statements), max: Math.max(...statements) },
      cache,
      samples: list,
    }
    log(
      `cold ${page}: p50 ${pages[page].render.p50} ms, p99 ${pages[page].render.p99} ms, ${pages[page].statements.median} statements (${JSON.stringify(cache)})`,
    )
  }
  return { pages, growth }
}
