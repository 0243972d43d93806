import { getImageProps, type ImageProps } from 'next/image'
import { preload } from 'react-dom'

type Props = Omit<ImageProps, 'priority' | 'preload' | 'fetchPriority' | 'loading'> & {
  /** The image likely to be the page's largest paint: preloaded, fetched first, never lazy. */
  priority?: boolean
}

/**
 * next/image's optimized sources rendered on the server as a plain <img>:
 * its component is client code on every page, hydrated per image only for
 * placeholders and load callbacks, which the site does not use.
 */
export function StaticImage({ priority = false, ...image }: Props) {
  const { props } = getImageProps({ ...image, preload: priority, fetchPriority: priority ? 'high' : undefined })
  const { alt, fetchPriority, loading, width, height, decoding, className, style, sizes, srcSet, src, ...rest } = props
  if (priority) preload(src, { as: 'image', imageSrcSet: srcSet, imageSizes: sizes, fetchPriority: 'high' })
  // `loading` before `src`, as next/image writes them: browsers read attributes in order.
  return (
    // eslint-disable-next-line @next/next/no-img-element -- next/image's optimized sources, without its client code
    <img
      {...rest}
      alt={alt}
      fetchPriority={fetchPriority}
      loading={loading}
      width={width}
      height={height}
      decoding={decoding}
      className={className}
      style={style}
      sizes={sizes}
      srcSet={srcSet}
      src={src}
    />
  )
}
