/**
 * Surrogate keys: the cache tags of src/data/tags.ts as the headers CDNs
 * read, and as purges name them. One function turns a tag into its key, so
 * what a purge names is what an answer carried.
 */
import crypto from 'node:crypto'

/** At most this many keys per answer: headers stay a few kB (Varnish's default limit is 8 kB per header). */
export const MAX_KEYS_PER_ANSWER = 64

// Tags of our vocabulary are short and plain (`films:slug:mua-do`); anything
// else (a long slug, a character some CDN would split or refuse) is hashed.
const PLAIN = /^[a-z0-9][a-z0-9:._-]{0,63}$/

/** The key for one tag: the tag itself when short and plain, otherwise `h-` and 16 hex digits of its SHA-256. */
export function surrogateKey(tag: string): string {
  return PLAIN.test(tag) ? tag : `h-${crypto.createHash('sha256').update(tag).digest('hex').slice(0, 16)}`
}

/** Next's own path tags (`_N_T_/en/layout`): pages are purged by data, not by path. */
const isNextPathTag = (tag: string) => tag.startsWith('_N_T_')

/** `films:12` → `films`: every change in a collection also expires the collection's own tag (tagsOf). */
const collectionOf = (tag: string) => tag.split(':')[0]

/**
 * The keys an answer built from `tags` carries: at most `max`. Past that, the
 * collection with the most document tags is named as a whole instead of
 * document by document (a change to any of its documents purges that key
 * too), until the count fits. Never fewer pages purged, only more; nothing
 * is dropped.
 */
export function answerKeys(tags: Iterable<string>, max = MAX_KEYS_PER_ANSWER): string[] {
  const kept = new Set([...tags].map((tag) => tag.trim()).filter((tag) => tag && !isNextPathTag(tag)))
  while (kept.size > max) {
    const perCollection = new Map<string, string[]>()
    for (const tag of kept) {
      const collection = collectionOf(tag)
      if (collection !== tag) perCollection.set(collection, [...(perCollection.get(collection) ?? []), tag])
    }
    const largest = [...perCollection.entries()].sort((a, b) => b[1].length - a[1].length)[0]
    if (!largest) break
    for (const tag of largest[1]) kept.delete(tag)
    kept.add(largest[0])
  }
  return [...new Set([...kept].map(surrogateKey))]
}

/** The keys a purge of `tags` names (the same encoding as answers'). */
export const purgeKeys = (tags: Iterable<string>): string[] => [...new Set([...tags].map(surrogateKey))]

/** The response headers naming `keys`, for Varnish (xkey), Fastly (Surrogate-Key) and Cloudflare (Cache-Tag). */
export function surrogateKeyHeaders(keys: string[]): Record<string, string> {
  if (keys.length === 0) return {}
  const spaced = keys.join(' ')
  return { xkey: spaced, 'surrogate-key': spaced, 'cache-tag': keys.join(',') }
}
