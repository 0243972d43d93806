import { adminPolicy, publicPolicy } from '@/security/contentSecurityPolicy'
import { headerOptions, securityHeaderRules } from '@/security/headers'

const valueOf = (key: string, environment: { NODE_ENV?: string; SERVER_URL?: string }) =>
  securityHeaderRules(headerOptions(environment))
    .flatMap((rule) => rule.headers)
    .find((header) => header.key === key)?.value

test('HSTS only in production', () => {
  expect(
    valueOf('Strict-Transport-Security', { NODE_ENV: 'production', SERVER_URL: 'https://filmweek.example' }),
  ).toMatch(/max-age=63072000/)
  expect(valueOf('Strict-Transport-Security', { NODE_ENV: 'development' })).toBeUndefined()
})

test('eval only under next dev; upgrade-insecure-requests only on an https site', () => {
  const production = { dev: false, https: true }
  expect(publicPolicy(production)).not.toContain('unsafe-eval')
  expect(publicPolicy(production)).toContain('upgrade-insecure-requests')
  expect(publicPolicy({ dev: true, https: false })).toContain("'unsafe-eval'")
  expect(publicPolicy({ dev: false, https: false })).not.toContain('upgrade-insecure-requests')
})

test('the admin policy trusts its nonce, not inline scripts', () => {
  const policy = adminPolicy('abc123', { dev: false, https: true })
  expect(policy).toMatch(/script-src 'self' 'nonce-abc123' 'strict-dynamic'/)
  // With a nonce present, browsers ignore 'unsafe-inline' for scripts: it only serves browsers without CSP 2.
  for (const directive of ["object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'self'"])
    expect(policy).toContain(directive)
})

test('the static CSP skips the admin, which gets its own from the proxy', () => {
  const source =
    securityHeaderRules(headerOptions({ NODE_ENV: 'production' })).find((rule) =>
      rule.headers.some((header) => header.key === 'Content-Security-Policy'),
    )?.source ?? ''
  const pattern = new RegExp(`^${source.replace('/(', '/(?:')}$`)
  for (const path of ['/', '/en', '/en/programme', '/api/v1/films', '/administration-notes'])
    expect(pattern.test(path)).toBe(true)
  for (const path of ['/admin', '/admin/', '/admin/collections/films/1']) expect(pattern.test(path)).toBe(false)
})

test('uploaded files get the locked policy only: an SVG opened directly runs no script, loads nothing and is sandboxed', () => {
  const rules = securityHeaderRules(headerOptions({ NODE_ENV: 'production' })).filter((rule) =>
    rule.headers.some((header) => header.key === 'Content-Security-Policy'),
  )
  // Next's `:path*` is any rest of the path; the other sources are regular expressions in parentheses.
  const matches = (source: string, path: string) =>
    new RegExp(`^${source.replace(':path*', '.*').replace('/(', '/(?:')}$`).test(path)
  const policiesOf = (path: string) =>
    rules
      .filter((rule) => matches(rule.source, path))
      .flatMap((rule) =>
        rule.headers.filter((header) => header.key === 'Content-Security-Policy').map((header) => header.value),
      )
  for (const path of ['/api/media/file/poster.svg', '/api/media/file/still-640x360.webp']) {
    expect(policiesOf(path)).toEqual(["default-src 'none'; style-src 'unsafe-inline'; sandbox"])
  }
  expect(policiesOf('/en/films/mua-do')).toEqual([publicPolicy({ dev: false, https: false })])
})
