import { PartnerList } from '@/components/PartnerList'
import { getEditions, type ReadContext } from '@/data'
import { currentEdition } from '@/data/views'
import { editionPartners } from '@/data/website'
import type { Messages } from '@/i18n/messages'
import { idOf } from '@/lib/relations'
import type { PartnerWallBlock } from '@/payload-types'

export async function PartnerWall({ block, ctx, t }: { block: PartnerWallBlock; ctx: ReadContext; t: Messages }) {
  const chosen = idOf(block.edition)
  const edition = chosen ? ((await getEditions(ctx, [chosen]))[0] ?? null) : await currentEdition(ctx)
  if (!edition) return null
  const roles = block.roles?.length ? new Set(block.roles) : null
  const shown = roles
    ? { ...edition, organisations: (edition.organisations ?? []).filter((entry) => roles.has(entry.role)) }
    : edition
  const { partners } = await editionPartners(ctx, shown, { logos: true })
  return (
    <section className="block block-partner-wall">
      {block.heading ? <h2>{block.heading}</h2> : null}
      <PartnerList partners={partners} t={t} />
    </section>
  )
}
