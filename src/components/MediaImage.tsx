import type { Media } from '@/payload-types'

import { StaticImage } from './StaticImage'

type Size = keyof NonNullable<Media['sizes']>

/** Payload gives absolute URLs (serverURL is set); next/image optimizes same-origin files by path. */
const sameOriginPath = (url: string) => (url.startsWith('/') ? url : new URL(url).pathname)

/**
 * Files only staff may fetch (used by drafts alone, seen in a preview): the
 * browser loads them itself, with the editor's session, since Next's image
 * optimizer fetches anonymously and would get a 404. Readers never get the
 * flags (field access), and only get files that are public.
 */
const staffOnly = (media: Media) => media.usedByPublished === false && !media.markedPublic

/** A Payload image through Next's image optimizer, from the named size when it exists, with its localized alt text. */
export function MediaImage({
  media,
  size,
  sizes,
  priority = false,
  className,
}: {
  media: Media
  size?: Size
  sizes: string
  priority?: boolean
  className?: string
}) {
  const variant = size ? media.sizes?.[size] : undefined
  const url = variant?.url ?? media.url
  const width = variant?.width ?? media.width
  const height = variant?.height ?? media.height
  if (!url || !width || !height) return null
  return (
    <StaticImage
      src={sameOriginPath(url)}
      alt={media.alt}
      width={width}
      height={height}
      sizes={sizes}
      priority={priority}
      className={className}
      unoptimized={staffOnly(media)}
    />
  )
}
