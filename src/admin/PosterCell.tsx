import type { DefaultServerCellComponentProps } from 'payload'

import { idOf } from '@/lib/relations'

/**
 * Films list: the poster as a small thumbnail (its 320 px size), so an editor
 * recognises films at a glance and sees which still lack one.
 */
export async function PosterCell({ cellData, payload }: DefaultServerCellComponentProps) {
  const id = idOf(cellData)
  const media = id
    ? await payload.findByID({
        collection: 'media',
        id,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
        select: { alt: true, url: true, thumbnailURL: true, sizes: true },
      })
    : null
  const src = media?.sizes?.thumbnail?.url ?? media?.thumbnailURL ?? media?.url
  if (!src) return <span className="poster-cell poster-cell--none">No poster</span>
  // The film's title is in the same row: the image adds nothing for a screen reader.
  // eslint-disable-next-line @next/next/no-img-element -- a 40 px admin thumbnail Payload already resized
  return <img className="poster-cell" src={src} alt="" width={40} height={60} loading="lazy" />
}
