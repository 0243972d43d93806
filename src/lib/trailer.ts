/**
 * Trailers from video hosts, played in the page only when the visitor asks:
 * until then nothing is loaded from the host. Only these players may be
 * framed (the public Content-Security-Policy lists their origins).
 */
export const TRAILER_ORIGINS = ['https://www.youtube-nocookie.com', 'https://player.vimeo.com'] as const

/** The player URL for a trailer link, or null for a host we do not embed (the link is then just a link). */
export function trailerEmbed(url: string | null | undefined): string | null {
  if (!url) return null
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  const host = parsed.hostname.replace(/^www\.|^m\./, '')
  const youtube =
    host === 'youtu.be'
      ? parsed.pathname.slice(1)
      : host === 'youtube.com'
        ? (parsed.searchParams.get('v') ?? /^\/(?:embed|shorts)\/([^/]+)/.exec(parsed.pathname)?.[1])
        : null
  if (youtube && /^[\w-]{6,20}$/.test(youtube)) return `${TRAILER_ORIGINS[0]}/embed/${youtube}?autoplay=1`
  const vimeo = host === 'vimeo.com' ? /^\/(\d{5,12})/.exec(parsed.pathname)?.[1] : null
  if (vimeo) return `${TRAILER_ORIGINS[1]}/video/${vimeo}?autoplay=1`
  return null
}

/** "youtube.com": who receives the visit once the trailer plays. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '')
  } catch {
    return url
  }
}
