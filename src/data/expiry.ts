import { revalidatePath, revalidateTag } from 'next/cache'

// Next may instantiate this module once per route bundle (Payload's REST
// route, where publishes expire, and the pages, which read): the count lives
// on globalThis so that every bundle of the process sees the same one.
const GENERATION = Symbol.for('filmweek.expiryGeneration')
const state = globalThis as typeof globalThis & { [GENERATION]?: number }

/**
 * Expires tags and paths in this process's cache. `expire: 0`: the next
 * request renders fresh, instead of one more stale answer.
 */
export function expireNow(tags: string[], paths: string[] = []): void {
  state[GENERATION] = (state[GENERATION] ?? 0) + 1
  for (const name of tags) revalidateTag(name, { expire: 0 })
  for (const path of paths) revalidatePath(path)
}

/** Changes whenever this process expires something: a read begun before is not shared with requests made after (query.ts). */
export const expiryGeneration = () => state[GENERATION] ?? 0
