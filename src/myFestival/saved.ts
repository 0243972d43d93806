/**
 * "My festival": the screenings a visitor saved, kept in localStorage (no
 * account), and the share link's form of the same list.
 */
const KEY = 'filmweek.myFestival'
export const CHANGED = 'my-festival-changed'

const ids = (values: unknown): number[] =>
  Array.isArray(values)
    ? [...new Set(values.filter((value): value is number => Number.isSafeInteger(value) && value > 0))].sort(
        (a, b) => a - b,
      )
    : []

export function readSaved(): number[] {
  try {
    return ids(JSON.parse(window.localStorage.getItem(KEY) ?? '[]'))
  } catch {
    // Storage blocked (privacy mode) or a hand-edited value: an empty list.
    return []
  }
}

export function writeSaved(list: number[]): void {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(ids(list)))
  } catch {
    // Storage blocked: the star still toggles for this page view.
  }
  window.dispatchEvent(new Event(CHANGED))
}

/** The share link's parameter: "12.34.56". */
export const encodeShare = (list: number[]) => ids(list).join('.')
export const decodeShare = (value: string | null) => ids((value ?? '').split('.').map(Number))
