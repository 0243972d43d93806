import type { Payload } from 'payload'
import sharp from 'sharp'

import { SEED_CONTEXT } from './upsert'

const FILENAME = 'mua-do-poster.png'
// The key the seed finds its poster by: the stored filename may get a suffix when the file already exists on disk.
const CREDIT = 'Generated placeholder (Film Week demo)'

/**
 * The article has no pictures, so the demo film gets a generated abstract
 * poster (red rain over a dark citadel wall), clearly not the real artwork.
 */
export async function seedPoster(payload: Payload) {
  const { docs } = await payload.find({ collection: 'media', where: { credit: { equals: CREDIT } }, limit: 1, depth: 0 })
  if (docs[0]) return docs[0]
  const drops = Array.from({ length: 60 }, (_, i) => {
    const x = (i * 137) % 600
    const y = (i * 89) % 760
    return `<line x1="${x}" y1="${y}" x2="${x - 12}" y2="${y + 70}" stroke="#e0301e" stroke-width="3" opacity="0.7"/>`
  }).join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="900">
    <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#3b0a0a"/><stop offset="1" stop-color="#12090a"/></linearGradient></defs>
    <rect width="600" height="900" fill="url(#sky)"/>${drops}
    <path d="M0 760 L80 700 L80 660 L140 660 L140 700 L460 700 L460 660 L520 660 L520 700 L600 760 L600 900 L0 900 Z" fill="#1d1512"/>
  </svg>`
  const data = await sharp(Buffer.from(svg)).png().toBuffer()
  return payload.create({
    collection: 'media',
    context: SEED_CONTEXT,
    locale: 'en',
    data: { alt: 'Abstract placeholder poster for Red Rain: red rain falling over the silhouette of a citadel wall', credit: CREDIT },
    file: { data, mimetype: 'image/png', name: FILENAME, size: data.length },
  })
}
