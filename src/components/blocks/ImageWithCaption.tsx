import { MediaImage } from '@/components/MediaImage'
import { getMedia, type ReadContext } from '@/data'
import { idOf } from '@/lib/relations'
import type { ImageBlock } from '@/payload-types'

export async function ImageWithCaption({ block, ctx }: { block: ImageBlock; ctx: ReadContext }) {
  const id = idOf(block.image)
  const [media] = id ? await getMedia(ctx, [id]) : []
  if (!media) return null
  const caption = block.caption || media.caption
  return (
    <figure className="block block-image">
      <MediaImage media={media} size="hero" sizes="(max-width: 70rem) 100vw, 70rem" />
      {caption || media.credit ? (
        <figcaption>
          {caption}
          {media.credit ? <span className="credit"> © {media.credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  )
}
