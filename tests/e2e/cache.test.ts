import { FILM, get } from './site'

const CACHE_HEADERS = ['x-nextjs-cache', 'x-nextjs-prerender', 'x-nextjs-stale-time', 'cache-control', 'age']

test('a second GET of a film page is served from the cache', async () => {
  const path = `/en/films/${FILM.slug}`
  expect((await get(path)).status).toBe(200)
  const { status, headers } = await get(path)
  expect(status).toBe(200)

  const seen = Object.fromEntries(CACHE_HEADERS.map((name) => [name, headers.get(name)]))
  console.log(`second GET ${path}: ${JSON.stringify(seen)}`)
  const cached = seen['x-nextjs-cache'] === 'HIT' || seen['x-nextjs-prerender'] !== null || /s-maxage=\d+/.test(seen['cache-control'] ?? '')
  expect(cached).toBe(true)
})
