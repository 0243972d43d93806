import sharp from 'sharp'

import { getMedia, getSite } from '@/data'
import { env } from '@/env'
import { idOf } from '@/lib/relations'
import { PAGE_BACKGROUND } from '@/lib/contrast'

/** The icons made from the favicon source (Site settings), by file name: size, and whether transparency is kept. */
const ICONS: Record<string, { size: number; opaque: boolean }> = {
  'favicon-32.png': { size: 32, opaque: false },
  'icon-192.png': { size: 192, opaque: false },
  'icon-512.png': { size: 512, opaque: false },
  // iOS fills transparency with black: the page background instead.
  'apple-touch-icon.png': { size: 180, opaque: true },
}

// Made on first request (the source is fetched from the running server), then
// cached under the site's and the image's tags until either changes.
export const revalidate = 3600
export const dynamicParams = true
export const generateStaticParams = () => []

const notFound = () =>
  new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })

export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }) {
  const icon = ICONS[(await params).name]
  if (!icon) return notFound()
  const ctx = { locale: 'en' as const }
  const id = idOf((await getSite(ctx)).favicon)
  const [source] = id ? await getMedia(ctx, [id]) : []
  if (!source?.url) return notFound()
  const original = await fetch(new URL(source.url, env().SERVER_URL))
  if (!original.ok) return notFound()
  const transparent = { r: 0, g: 0, b: 0, alpha: 0 }
  const resized = sharp(Buffer.from(await original.arrayBuffer()), { density: 300 }).resize(icon.size, icon.size, {
    fit: 'contain',
    background: icon.opaque ? PAGE_BACKGROUND : transparent,
  })
  const png = await (icon.opaque ? resized.flatten({ background: PAGE_BACKGROUND }) : resized).png().toBuffer()
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } })
}
