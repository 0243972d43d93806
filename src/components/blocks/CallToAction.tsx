import type { ReadContext } from '@/data'
import { resolveLinks } from '@/data/website'
import type { CallToActionBlock } from '@/payload-types'

export async function CallToAction({ block, ctx }: { block: CallToActionBlock; ctx: ReadContext }) {
  const [link] = block.link?.label
    ? await resolveLinks(ctx, [{ label: block.link.label, doc: block.link.doc, path: block.link.path }])
    : []
  return (
    <section className="block block-cta">
      {block.heading ? <h2>{block.heading}</h2> : null}
      {block.text ? <p>{block.text}</p> : null}
      {link ? (
        <p>
          <a className="button" href={link.href}>
            {link.label}
          </a>
        </p>
      ) : null}
    </section>
  )
}
