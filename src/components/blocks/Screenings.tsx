import { ScreeningList } from '@/components/ScreeningList'
import { screeningsOfEdition, type ReadContext } from '@/data'
import { currentEdition, screeningLookups, visibleScreenings } from '@/data/views'
import type { Messages } from '@/i18n/messages'
import { idOf } from '@/lib/relations'
import type { Screening, ScreeningsBlock } from '@/payload-types'

import type { FilmCard } from '@/data/views'

/** Whether a screening passes the block's filters (venue, section of its film in the edition, accessibility flag). */
export function matchesFilter(block: Pick<ScreeningsBlock, 'venue' | 'section' | 'accessibility'>, screening: Screening, film: FilmCard | undefined): boolean {
  if (block.venue && idOf(block.venue) !== idOf(screening.venue)) return false
  if (block.accessibility && !screening.accessibility?.[block.accessibility]) return false
  if (block.section) {
    const entry = film?.programme?.find((row) => idOf(row.edition) === idOf(screening.edition))
    if (entry?.section !== block.section) return false
  }
  return true
}

export async function Screenings({ block, ctx, t }: { block: ScreeningsBlock; ctx: ReadContext; t: Messages }) {
  const editionId = idOf(block.edition) ?? (await currentEdition(ctx))?.id
  if (!editionId) return null
  const all = await screeningsOfEdition(ctx, editionId)
  const lookups = await screeningLookups(ctx, all)
  const matching = visibleScreenings(all, lookups).filter((screening) => matchesFilter(block, screening, lookups.films.get(idOf(screening.film) ?? -1)))
  const shown = block.limit ? matching.slice(0, block.limit) : matching
  return (
    <section className="block block-screenings">
      {block.heading ? <h2>{block.heading}</h2> : null}
      {shown.length ? <ScreeningList screenings={shown} {...lookups} locale={ctx.locale} t={t} headingLevel={block.heading ? 'h3' : 'h2'} /> : <p>{t.programme.empty}</p>}
    </section>
  )
}
