import * as robotsRoute from '@/app/robots'

// A robots.txt prerendered at build named the origin the build was given: served per request, it names the running server's SERVER_URL.
process.env.DATABASE_URL ??= 'postgres://localhost/unused'
process.env.PAYLOAD_SECRET ??= 'unit-test-secret-0123456789abcdef0123'

test('robots.txt is rendered per request, with the sitemap on the running origin', () => {
  expect(robotsRoute.dynamic).toBe('force-dynamic')
  expect(robotsRoute.default().sitemap).toBe(`${process.env.SERVER_URL ?? 'http://localhost:3000'}/sitemap.xml`)
})
