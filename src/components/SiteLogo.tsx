import type { Media } from '@/payload-types'

import { StaticImage } from './StaticImage'

const sameOriginPath = (url: string) => (url.startsWith('/') ? url : new URL(url).pathname)

/**
 * The festival's logo in the header, at most 3rem high. SVG logos are served
 * as they are (Next's image optimizer does not rasterise them); the alt text names the
 * site, since the logo replaces its name.
 */
export function SiteLogo({ light, alt }: { light: Media; alt: string }) {
  const url = light.sizes?.thumbnail?.url && light.mimeType !== 'image/svg+xml' ? light.sizes.thumbnail : light
  if (!url.url || !light.width || !light.height) return <>{alt}</>
  return (
    <StaticImage
      src={sameOriginPath(url.url)}
      alt={alt}
      width={light.width}
      height={light.height}
      unoptimized={light.mimeType === 'image/svg+xml'}
      className="site-logo"
      priority
    />
  )
}
