import { idOf } from '@/lib/relations'

/**
 * Documents read by id, looked up by relationship value (a bare id or a
 * populated document): the one lookup of the data layer. Views resolve
 * relations with it, so pages and endpoints get documents, never ids.
 */
export type Index<T extends { id: number }> = {
  /** The document a relationship value points at, if it was read (published). */
  of: (value: unknown) => T | undefined
  /** The documents `values` point at, in their order; those not read are left out. */
  list: (values: readonly unknown[] | null | undefined) => T[]
}

export function indexById<T extends { id: number }>(docs: readonly T[]): Index<T> {
  const byId = new Map(docs.map((doc) => [doc.id, doc]))
  const of = (value: unknown) => {
    const id = idOf(value)
    return id === undefined ? undefined : byId.get(id)
  }
  return { of, list: (values) => (values ?? []).flatMap((value) => of(value) ?? []) }
}

/** The distinct ids of relationship values, in ascending order (one cache key per set, whatever the order met). */
export function idsOf(values: readonly unknown[] | null | undefined): number[] {
  const ids = (values ?? []).map(idOf).filter((id): id is number => id !== undefined)
  return [...new Set(ids)].sort((a, b) => a - b)
}
