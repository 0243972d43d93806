import { ScreeningList } from '@/components/ScreeningList'
import { screeningsOfEdition, type ReadContext } from '@/data'
import { currentEdition, screeningLookups, visibleScreenings } from '@/data/views'
import type { Messages } from '@/i18n/messages'
import { idOf } from '@/lib/relations'
import type { ScreeningsBlock } from '@/payload-types'
import { matchesFilter } from '@/collections/Pages/screeningFilter'

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
