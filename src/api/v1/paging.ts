/**
 * Cursor pagination in a stable order: the cursor names the last item of the
 * previous page. It is signed together with the endpoint, its path
 * parameters and its filters (everything but `limit` and `cursor`), so a
 * cursor from another endpoint or query, or one written by hand, is refused
 * with a 400 instead of giving a page that matches nothing.
 */
import crypto from 'node:crypto'

import { env } from '@/env'

export type Position = readonly (string | number)[]

/** What a page's cursor is for, and how the next page's cursor is made. */
export type Cursor = { after: Position | null; next: (position: Position) => string }

/** The form a cursor takes (position and signature, both base64url); whether it is valid here takes its scope. */
export const CURSOR_FORMAT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}$/

const UNPAGED = new Set(['limit', 'cursor'])

/** The endpoint and the query a cursor belongs to, as one string: keys sorted, paging parameters left out. */
export function cursorScope(path: string, query: Record<string, unknown>, params: unknown): string {
  const filters = Object.entries(query)
    .filter(([key, value]) => !UNPAGED.has(key) && value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1))
  return JSON.stringify([path, params ?? null, filters])
}

const signature = (scope: string, position: string) =>
  crypto
    .createHmac('sha256', env().PAYLOAD_SECRET)
    .update(`api-v1-cursor\n${scope}\n${position}`)
    .digest()
    .subarray(0, 16)
    .toString('base64url')

const encode = (position: Position, scope: string) => {
  const text = Buffer.from(JSON.stringify(position)).toString('base64url')
  return `${text}.${signature(scope, text)}`
}

/** The position a cursor names when it was made for `scope`; null for any other cursor. */
function decode(cursor: string, scope: string): Position | null {
  if (!CURSOR_FORMAT.test(cursor)) return null
  const [text = '', given = ''] = cursor.split('.')
  const expected = signature(scope, text)
  if (!crypto.timingSafeEqual(Buffer.from(given), Buffer.from(expected))) return null
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'))
    return Array.isArray(value) && value.every((part) => typeof part === 'string' || typeof part === 'number')
      ? value
      : null
  } catch {
    return null
  }
}

/** The cursor of a request in `scope`, or null when it gave one that is not from this endpoint and query. */
export function openCursor(cursor: string | undefined, scope: string): Cursor | null {
  const after = cursor === undefined ? null : decode(cursor, scope)
  if (cursor !== undefined && after === null) return null
  return { after, next: (position) => encode(position, scope) }
}

const compare = (a: Position, b: Position) => {
  for (let index = 0; index < Math.max(a.length, b.length); index += 1) {
    if (a[index] === b[index]) continue
    return a[index] < b[index] ? -1 : 1
  }
  return 0
}

/** One page of `items`, ordered by `position` (which ends with a unique id, so the order is total), after the cursor. */
export function page<T>(unordered: T[], position: (item: T) => Position, limit: number, cursor: Cursor) {
  const items = [...unordered].sort((a, b) => compare(position(a), position(b)))
  const start = cursor.after ? items.findIndex((item) => compare(position(item), cursor.after!) > 0) : 0
  const rest = start < 0 ? [] : items.slice(start)
  const slice = rest.slice(0, limit)
  const last = slice.at(-1)
  return {
    items: slice,
    total: items.length,
    next: rest.length > limit && last !== undefined ? cursor.next(position(last)) : null,
  }
}
