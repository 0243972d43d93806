/**
 * What this process has heard of publication events: a sequence number that
 * rises with each, and the tags of the recent ones. Readers note the number
 * when they start, and ask afterwards whether an event since touched what
 * they read: a read that overlapped a publish is not kept or shared as
 * current (src/data/query.ts, src/api/v1/http.ts).
 *
 * On globalThis: Next instantiates modules once per route bundle (Payload's
 * REST route, where writes happen; the pages and the feed, which read), and
 * all of them must see one log.
 */
const KEY = Symbol.for('filmweek.publicationLog')
const KEEP = 1_000

type Entry = { seq: number; tags: ReadonlySet<string> }
type Log = { seq: number; recent: Entry[] }

const log = ((globalThis as typeof globalThis & { [KEY]?: Log })[KEY] ??= { seq: 0, recent: [] })

/** The number of the last event heard. */
export const lastSeq = (): number => log.seq

/** Records that `tags` changed now. */
export function note(tags: readonly string[]): void {
  log.seq += 1
  log.recent.push({ seq: log.seq, tags: new Set(tags) })
  if (log.recent.length > KEEP) log.recent.splice(0, log.recent.length - KEEP)
}

/** Whether an event after `seq` touched any of `tags` (true when that far back is forgotten). */
export function touchedSince(seq: number, tags: readonly string[]): boolean {
  if (seq >= log.seq) return false
  const oldest = log.recent[0]
  if (!oldest || oldest.seq > seq + 1) return true
  return log.recent.some((entry) => entry.seq > seq && tags.some((name) => entry.tags.has(name)))
}
