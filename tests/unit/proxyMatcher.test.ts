import { unstable_doesMiddlewareMatch } from 'next/experimental/testing/server'

import { config } from '@/proxy'

const matches = (url: string, headers?: Record<string, string>) =>
  unstable_doesMiddlewareMatch({ config, url, headers, nextConfig: {} })

test.each(['/', '/programme', '/films/mua-do', '/en/programme', '/admin', '/admin/collections/films', '/en/search'])(
  'the proxy runs on %s',
  (url) => expect(matches(url)).toBe(true),
)

// Cached pages and files are served without it: it would only add its cost.
test.each([
  '/favicon.ico',
  '/robots.txt',
  '/sitemap.xml',
  '/en',
  '/en/films/mua-do',
  '/api/v1/programme',
  '/_next/static/x.js',
])('the proxy does not run on %s', (url) => expect(matches(url)).toBe(false))

test('calendar files, percent signs and multipart bodies without a boundary still reach it', () => {
  expect(matches('/en/programme/calendar.ics')).toBe(true)
  expect(matches('/en/films/%E0%A4')).toBe(true)
  expect(matches('/api/media', { 'content-type': 'multipart/form-data' })).toBe(true)
})
