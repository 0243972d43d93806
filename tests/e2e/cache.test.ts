import type { Film } from '@/payload-types'

import { findOne, login, patch } from './api'
import { FILM, get } from './site'

// Public pages are ISR: rendered once, then served from Next's cache, which
// says so in `x-nextjs-cache` (MISS: rendered now; HIT: from the cache;
// STALE: from the cache while a new render runs).
const PAGES = [`/en/films/${FILM.slug}`, '/en']
const GETS = 3

async function cacheSequence(path: string): Promise<(string | null)[]> {
  const seen: (string | null)[] = []
  for (let i = 0; i < GETS; i++) {
    const { status, headers } = await get(path)
    expect(status).toBe(200)
    seen.push(headers.get('x-nextjs-cache'))
  }
  return seen
}

test.each(PAGES)('repeated GETs of %s are cache HITs', async (path) => {
  const seen = await cacheSequence(path)
  console.log(`x-nextjs-cache on ${GETS} GETs of ${path}: ${seen.join(' → ')}`)
  // Whatever the first answer was (the build's page, or one expired by the setup's edits), the ones after come from the cache.
  expect(seen.slice(1)).toEqual(Array(GETS - 1).fill('HIT'))
})

test('after a publish, the film page renders once, then is a HIT again', async () => {
  const token = await login('editor')
  const film = await findOne<Film>('films', `where[slug][equals]=${FILM.slug}`, token)
  const path = PAGES[0]
  await cacheSequence(path)
  // Publishing unchanged content still expires everything showing the film.
  await patch('films', film.id, { _status: 'published' }, token)
  const seen = await cacheSequence(path)
  console.log(`x-nextjs-cache on ${GETS} GETs of ${path} after a publish: ${seen.join(' → ')}`)
  expect(seen[0]).not.toBe('HIT')
  expect(seen.at(-1)).toBe('HIT')
})
