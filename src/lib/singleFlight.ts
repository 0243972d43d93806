/**
 * Calls that ask for the same key while one is running share its result
 * instead of each doing the work. Nothing is kept once it settles: this is
 * not a cache, only a guard against a stampede of identical misses.
 */
export function singleFlight<T>(): (key: string, work: () => Promise<T>) => Promise<T> {
  const running = new Map<string, Promise<T>>()
  return (key, work) => {
    const current = running.get(key)
    if (current) return current
    const started = work().finally(() => running.delete(key))
    running.set(key, started)
    return started
  }
}
