import { revalidatePath, revalidateTag } from 'next/cache'

let generation = 0

/**
 * Expires tags and paths in this process's cache. `expire: 0`: the next
 * request renders fresh, instead of one more stale answer.
 */
export function expireNow(tags: string[], paths: string[] = []): void {
  generation++
  for (const name of tags) revalidateTag(name, { expire: 0 })
  for (const path of paths) revalidatePath(path)
}

/** Changes whenever this process expires something: a read begun before is not shared with requests made after (query.ts). */
export const expiryGeneration = () => generation
