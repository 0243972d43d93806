import type { FilmCard } from '@/data/views'
import { idOf } from '@/lib/relations'
import type { Screening, ScreeningsBlock } from '@/payload-types'

/** Whether a screening passes the block's filters (venue, section of its film in the edition, accessibility flag). */
export function matchesFilter(
  block: Pick<ScreeningsBlock, 'venue' | 'section' | 'accessibility'>,
  screening: Screening,
  film: FilmCard | undefined,
): boolean {
  if (block.venue && idOf(block.venue) !== idOf(screening.venue)) return false
  if (block.accessibility && !screening.accessibility?.[block.accessibility]) return false
  if (block.section) {
    const entry = film?.programme?.find((row) => idOf(row.edition) === idOf(screening.edition))
    if (entry?.section !== block.section) return false
  }
  return true
}
