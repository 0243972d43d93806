import { RichText } from '@payloadcms/richtext-lexical/react'

import type { ReadContext } from '@/data'
import type { Messages } from '@/i18n/messages'
import type { Page } from '@/payload-types'

import { CallToAction } from './CallToAction'
import { Faq } from './Faq'
import { ImageWithCaption } from './ImageWithCaption'
import { PartnerWall } from './PartnerWall'
import { Screenings } from './Screenings'

type Block = NonNullable<Page['layout']>[number]

/** A page's blocks in order; each reads what it shows through the data layer (published only). */
export function RenderBlocks({ blocks, ctx, t }: { blocks: Block[]; ctx: ReadContext; t: Messages }) {
  return (
    <>
      {blocks.map((block, index) => {
        const key = block.id ?? String(index)
        switch (block.blockType) {
          case 'richText':
            return (
              <section key={key} className="block block-rich-text">
                <RichText data={block.body} />
              </section>
            )
          case 'image':
            return <ImageWithCaption key={key} block={block} ctx={ctx} />
          case 'callToAction':
            return <CallToAction key={key} block={block} ctx={ctx} />
          case 'faq':
            return <Faq key={key} block={block} />
          case 'screenings':
            return <Screenings key={key} block={block} ctx={ctx} t={t} />
          case 'partnerWall':
            return <PartnerWall key={key} block={block} ctx={ctx} t={t} />
        }
      })}
    </>
  )
}
