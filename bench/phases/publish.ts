/**
 * (c) Publish-to-fresh: an editor changes a film title, a person's name or a
 * screening's time over REST; the clock runs from sending the PATCH until
 * every page that shows the value has it. The first film, its director and
 * its first screening appear on all four page types (bench/synthetic.ts
 * arranges it). The film with the highest id is changed too: lists of many
 * documents are where cache tags run out. The edge phase reads the same
 * changes through Varnish (./edge.ts).
 */
import { setTimeout as sleep } from 'node:timers/promises'

import { festivalDayKey } from '../../src/lib/formatDate'
import { pagePaths, type Bench } from '../context'
import { get, send, type Fetched } from '../http'
import { round, summary, type Summary } from '../stats'

const KINDS = ['film title', 'person name', 'screening time', 'film title (highest id)'] as const
export type Kind = (typeof KINDS)[number]

export type Change = { kind: Kind; patchMs: number; freshMs: number | null; pages: Record<string, number | null> }
export type PublishResult = {
  changes: Change[]
  all: Summary
  byKind: Record<Kind, Summary>
  stale: number
  staleExamples: string[]
}

export type Edit = { url: string; body: Record<string, unknown>; text: string; pages: Record<string, string> }

const GIVE_UP_MS = 15_000
const POLL_MS = 20

/** Polls `url` until its answer passes `test`; ms since `since`, or null after GIVE_UP_MS. */
export async function answered(
  url: string,
  test: (response: Fetched) => boolean,
  since: number,
): Promise<number | null> {
  while (performance.now() - since < GIVE_UP_MS) {
    if (test(await get(url))) return performance.now() - since
    await sleep(POLL_MS)
  }
  return null
}

/** Polls a page until its HTML contains `text`. */
const seen = (url: string, text: string, since: number) =>
  answered(url, (response) => response.status === 200 && response.body.includes(text), since)

function editsOf(bench: Bench): Record<Kind, (edit: number) => Edit> {
  const { fixtures } = bench
  const all = pagePaths(fixtures)
  const [film, person, screening] = [fixtures.films[0], fixtures.people[0], fixtures.screenings[0]]
  const last = fixtures.films.reduce((highest, candidate) => (candidate.id > highest.id ? candidate : highest))
  const number = (slug: string) => slug.replace(/^phim-tong-hop-/, '')
  return {
    'film title': (edit) => {
      const text = `Synthetic Film ${number(film.slug)} (edit ${edit})`
      return { url: `/api/films/${film.id}?locale=en`, body: { title: text }, text, pages: all }
    },
    'person name': (edit) => {
      const text = `Nguyễn Minh 0001 (edit ${edit})`
      return { url: `/api/people/${person.id}?locale=en`, body: { name: text }, text, pages: all }
    },
    // Earlier by 5 minutes each time: still the edition's first screening, never overlapping its room.
    'screening time': (edit) => {
      const start = new Date(Date.parse(screening.start) - 5 * 60_000 * edit).toISOString()
      return {
        url: `/api/screenings/${screening.id}`,
        body: { start, start_tz: 'Europe/Paris' },
        text: start,
        pages: all,
      }
    },
    'film title (highest id)': (edit) => {
      const text = `Synthetic Film ${number(last.slug)} (edit ${edit})`
      // A large programme is paged by day: the page of the film's first day.
      const [first] = fixtures.screenings
        .filter((candidate) => candidate.film === last.id)
        .sort((a, b) => a.start.localeCompare(b.start))
      const programme = `${all.programme}?day=${festivalDayKey(first.start)}`
      const pages = { film: `/en/films/${last.slug}`, programme, person: `/en/people/${last.director}` }
      return { url: `/api/films/${last.id}?locale=en`, body: { title: text }, text, pages }
    },
  }
}

/** Numbers each kind's edits across calls: a value equal to the current one would look fresh at once. */
const editCounts = Object.fromEntries(KINDS.map((kind) => [kind, 0])) as Record<Kind, number>

/** The next change of `kind`: where to PATCH, what with, and which pages show it. */
export function nextEdit(bench: Bench, kind: Kind): Edit {
  editCounts[kind] += 1
  return editsOf(bench)[kind](editCounts[kind])
}

/** Publishes one change over REST (to the app) and times it until every page read from `readFrom` shows it. */
export async function publishOnce(
  bench: Bench,
  kind: Kind,
  readFrom: string,
): Promise<{ change: Change; stale: string[] }> {
  const { base, token, log } = bench
  const edit = nextEdit(bench, kind)
  const started = performance.now()
  const response = await send('PATCH', base + edit.url, { ...edit.body, _status: 'published' }, token)
  const patchMs = performance.now() - started
  if (response.status !== 200)
    throw new Error(`${kind}: PATCH ${edit.url} answered ${response.status} ${response.body.slice(0, 300)}`)
  const names = Object.keys(edit.pages)
  const times = await Promise.all(names.map((name) => seen(readFrom + edit.pages[name], edit.text, started)))
  const pages = Object.fromEntries(names.map((name, at) => [name, round(times[at])]))
  const stale = names.filter((_, at) => times[at] === null)
  const freshMs = stale.length ? null : Math.max(...(times as number[]))
  log(
    `${kind}: PATCH ${patchMs.toFixed(0)} ms, ${freshMs === null ? `stale after ${GIVE_UP_MS} ms: ${stale.join(', ')}` : `fresh everywhere after ${freshMs.toFixed(0)} ms`}`,
  )
  return {
    change: { kind, patchMs: round(patchMs) ?? 0, freshMs: round(freshMs), pages },
    stale: stale.map((name) => `${edit.pages[name]} still without “${edit.text}”`),
  }
}

/** `settings.changes` changes, the kinds in turn, each read from `readFrom` (the app, or a cache in front of it). */
export async function publishToFresh(bench: Bench, readFrom = bench.base): Promise<PublishResult> {
  const changes: Change[] = []
  const staleExamples: string[] = []
  for (let index = 0; index < bench.settings.changes; index++) {
    const kind = KINDS[index % KINDS.length]
    const { change, stale } = await publishOnce(bench, kind, readFrom)
    changes.push(change)
    if (stale.length) staleExamples.push(`${kind}: ${stale.join(', ')} after ${GIVE_UP_MS / 1000} s`)
  }

  const fresh = (list: Change[]) => list.flatMap((change) => (change.freshMs === null ? [] : [change.freshMs]))
  return {
    changes,
    all: summary(fresh(changes)),
    byKind: Object.fromEntries(
      KINDS.map((kind) => [kind, summary(fresh(changes.filter((change) => change.kind === kind)))]),
    ) as Record<Kind, Summary>,
    stale: changes.filter((change) => change.freshMs === null).length,
    staleExamples: [...new Set(staleExamples.map((example) => example.replace(/“.*?”/g, '“…”')))],
  }
}
