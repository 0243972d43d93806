import { api, baseUrl } from './api'
import { FILM, get } from './site'

// The harness itself: a production server on the seeded database (fails first when the setup is wrong).
describe('the production server', () => {
  test('runs in production mode on the seeded database', async () => {
    const { status, body } = await api<{ docs: { slug: string }[] }>(
      'GET',
      `/films?where[slug][equals]=${FILM.slug}&depth=0`,
    )
    expect(status).toBe(200)
    expect(body.docs.map((film) => film.slug)).toEqual([FILM.slug])
    // `next start` refuses a development build, but say it: caching only works like this in production.
    expect(baseUrl()).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
  })

  test('serves the admin', async () => {
    const response = await fetch(`${baseUrl()}/admin`)
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('<html')
  })

  test('answers unknown pages with 404', async () => {
    expect((await get('/en/films/no-such-film')).status).toBe(404)
  })

  test.each([
    ['fr-FR,fr;q=0.9,en;q=0.8', '/fr'],
    ['vi', '/vi'],
    ['de-DE,de;q=0.9', '/en'],
    ['', '/en'],
  ])('sends / with Accept-Language “%s” to %s, varying by that header', async (acceptLanguage, target) => {
    const response = await fetch(`${baseUrl()}/`, {
      redirect: 'manual',
      headers: acceptLanguage ? { 'accept-language': acceptLanguage } : {},
    })
    expect(response.status).toBe(307)
    expect(new URL(response.headers.get('location') ?? '', baseUrl()).pathname).toBe(target)
    expect(response.headers.get('vary')).toMatch(/accept-language/i)
  })

  test('robots.txt keeps crawlers out of the admin and the API, but lets them fetch images', async () => {
    const { status, text } = await get('/robots.txt')
    expect(status).toBe(200)
    const lines = text.split('\n').map((line) => line.trim())
    expect(lines).toEqual(expect.arrayContaining(['Allow: /api/media/', 'Disallow: /api/', 'Disallow: /admin']))
  })

  test('sitemap.xml lists each page in every language under plain language codes, with x-default', async () => {
    const { status, text } = await get('/sitemap.xml')
    expect(status).toBe(200)
    // The path only: the sitemap is prerendered with the origin the build was given, and E2E_SKIP_BUILD reuses a build made for another port.
    expect(text).toMatch(new RegExp(`<loc>https?://[^<]+/fr/films/${FILM.slug}</loc>`))
    const hreflangs = new Set([...text.matchAll(/hreflang="([^"]+)"/g)].map((match) => match[1]))
    expect([...hreflangs].sort()).toEqual(['en', 'fr', 'vi', 'x-default'])
  })
})
