import type { Payload } from 'payload'
import sharp from 'sharp'

import { poster } from './content'
import { upsert } from './upsert'

const FILENAME = 'mua-do-poster.png'
// The key the seed finds its poster by: the stored filename may get a suffix when the file already exists on disk.
const CREDIT = 'Generated placeholder (Film Week demo)'

/** The poster PNG: abstract red rain over a dark citadel wall, clearly not the real artwork. */
async function posterFile() {
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
  return { data, mimetype: 'image/png', name: FILENAME, size: data.length }
}

/** The demo film's poster, with its alt text in every locale; the file is generated only the first time. */
export const seedPoster = (payload: Payload) =>
  upsert(
    payload,
    'media',
    { credit: { equals: CREDIT } },
    { ...poster.en, credit: CREDIT },
    { fr: poster.fr, vi: poster.vi },
    { file: posterFile },
  )
