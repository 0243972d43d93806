import { RichText } from '@payloadcms/richtext-lexical/react'

import type { FaqBlock } from '@/payload-types'

/** Each answer in a <details>: opens without JavaScript, and find-in-page reaches closed answers. */
export function Faq({ block }: { block: FaqBlock }) {
  return (
    <section className="block block-faq">
      {block.heading ? <h2>{block.heading}</h2> : null}
      {(block.items ?? []).map((item, index) => (
        <details key={item.id ?? index}>
          <summary>{item.question}</summary>
          <RichText data={item.answer} />
        </details>
      ))}
    </section>
  )
}
