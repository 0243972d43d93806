/**
 * (f) Production operations: many connections on a mix of cached pages and the
 * partner feed while an editor publishes a film title every few seconds. What
 * must hold: no error at all (every answer 2xx/3xx, no socket error or
 * timeout, every PATCH accepted), and at the end every page showing the
 * film has its last title.
 */
import { setTimeout as sleep } from 'node:timers/promises'

import { load, type Load } from '../cannon'
import { pagePaths, type Bench } from '../context'
import { get, send } from '../http'
import { round } from '../stats'

export type LoadResult = {
  connections: number
  seconds: number
  paths: string[]
  load: Load
  publishes: { sent: number; failed: number; failures: string[] }
  /** Per page: ms after the load ended until it showed the last title, or null if it never did within GIVE_UP_MS. */
  lastTitleSeen: Record<string, number | null>
  /** Answers other than 2xx/3xx, connection errors (autocannon counts timeouts among them) and refused PATCHes. */
  errors: number
}

const GIVE_UP_MS = 15_000
const POLL_MS = 50

async function seenAfter(url: string, text: string, since: number): Promise<number | null> {
  while (performance.now() - since < GIVE_UP_MS) {
    const response = await get(url)
    if (response.status === 200 && response.body.includes(text)) return performance.now() - since
    await sleep(POLL_MS)
  }
  return null
}

/** `readFrom`: where the visitors' requests go (the app, or the edge in front of it); the editor's PATCHes go to the app. */
export async function loadWhilePublishing(bench: Bench, readFrom = bench.base): Promise<LoadResult> {
  const { base, token, fixtures, settings, log } = bench
  const { connections, seconds, publishEverySeconds } = settings.load
  const pages = pagePaths(fixtures)
  const day = fixtures.edition.firstDay
  const paths = [
    ...Object.values(pages),
    `/api/v1/programme?from=${day}&to=${day}&limit=500`,
    '/api/v1/programme?limit=500',
  ]
  const film = fixtures.films[0]
  const titleOf = (edit: number) => `Synthetic Film ${film.slug.replace(/^phim-tong-hop-/, '')} (load ${edit})`

  const publishes = { sent: 0, failed: 0, failures: [] as string[] }
  let lastTitle: string | undefined
  let loading = true
  const editor = (async () => {
    for (let edit = 1; loading; edit += 1) {
      const title = titleOf(edit)
      const response = await send(
        'PATCH',
        `${base}/api/films/${film.id}?locale=en`,
        { title, _status: 'published' },
        token,
      ).catch((error: unknown) => ({ status: 0, body: String(error) }))
      publishes.sent += 1
      if (response.status === 200) lastTitle = title
      else {
        publishes.failed += 1
        publishes.failures.push(`${response.status} ${response.body.slice(0, 200)}`)
      }
      await sleep(publishEverySeconds * 1000)
    }
  })()
  const result = await load(readFrom, { connections, seconds, paths })
  loading = false
  await editor
  const ended = performance.now()

  const lastTitleSeen: Record<string, number | null> = {}
  if (lastTitle) {
    const title = lastTitle
    const times = await Promise.all(Object.values(pages).map((path) => seenAfter(readFrom + path, title, ended)))
    Object.keys(pages).forEach((name, at) => (lastTitleSeen[name] = round(times[at])))
  }
  const errors = result.statuses['4xx'] + result.statuses['5xx'] + result.errors + publishes.failed
  log(
    `${connections} connections, ${seconds} s: ${Math.round(result.rps)} req/s, p99 ${result.p99} ms, ${errors} error(s), ${publishes.sent} publishes, last title seen ${JSON.stringify(lastTitleSeen)}`,
  )
  return { connections, seconds, paths, load: result, publishes, lastTitleSeen, errors }
}
