/** Cursor pagination in a stable order: the cursor names the last item of the previous page. */
export type Position = readonly (string | number)[]

export const encodeCursor = (position: Position) => Buffer.from(JSON.stringify(position)).toString('base64url')

export function decodeCursor(cursor: string | undefined): Position | null {
  if (!cursor) return null
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
    return Array.isArray(value) && value.every((part) => typeof part === 'string' || typeof part === 'number') ? value : null
  } catch {
    return null
  }
}

const compare = (a: Position, b: Position) => {
  for (let index = 0; index < Math.max(a.length, b.length); index += 1) {
    if (a[index] === b[index]) continue
    return a[index] < b[index] ? -1 : 1
  }
  return 0
}

/** One page of `items`, ordered by `position` (which ends with a unique id, so the order is total), after `cursor`. */
export function page<T>(unordered: T[], position: (item: T) => Position, limit: number, cursor: Position | null) {
  const items = [...unordered].sort((a, b) => compare(position(a), position(b)))
  const start = cursor ? items.findIndex((item) => compare(position(item), cursor) > 0) : 0
  const rest = start < 0 ? [] : items.slice(start)
  const slice = rest.slice(0, limit)
  const last = slice.at(-1)
  return { items: slice, total: items.length, next: rest.length > limit && last !== undefined ? encodeCursor(position(last)) : null }
}
