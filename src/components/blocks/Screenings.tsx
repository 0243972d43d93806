import { ScreeningList } from '@/components/ScreeningList'
import { screeningsOfEdition, type ReadContext } from '@/data'
import { currentEdition, screeningRows } from '@/data/views'
import type { Messages } from '@/i18n/messages'
import { idOf } from '@/lib/relations'
import type { ScreeningsBlock } from '@/payload-types'
import { matchesFilter } from '@/collections/Pages/screeningFilter'

export async function Screenings({ block, ctx, t }: { block: ScreeningsBlock; ctx: ReadContext; t: Messages }) {
  const editionId = idOf(block.edition) ?? (await currentEdition(ctx))?.id
  if (!editionId) return null
  const { rows } = await screeningRows(ctx, await screeningsOfEdition(ctx, editionId))
  const matching = rows.filter(({ screening, film }) => matchesFilter(block, screening, film))
  const shown = block.limit ? matching.slice(0, block.limit) : matching
  return (
    <section className="block block-screenings">
      {block.heading ? <h2>{block.heading}</h2> : null}
      {shown.length ? (
        <ScreeningList rows={shown} locale={ctx.locale} t={t} headingLevel={block.heading ? 'h3' : 'h2'} />
      ) : (
        <p>{t.programme.empty}</p>
      )}
    </section>
  )
}
