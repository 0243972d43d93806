import type { ReadContext } from '@/data'
import type { Messages } from '@/i18n/messages'
import type { Page } from '@/payload-types'

import { RenderBlocks } from './blocks/RenderBlocks'

/** An editor's page: title, intro, blocks. */
export function PageView({ page, ctx, t }: { page: Page; ctx: ReadContext; t: Messages }) {
  return (
    <article className="page">
      <h1>{page.title}</h1>
      {page.intro ? <p className="lede">{page.intro}</p> : null}
      <RenderBlocks blocks={page.layout ?? []} ctx={ctx} t={t} />
    </article>
  )
}
