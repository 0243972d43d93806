import type { Browser, Page } from 'playwright-core'

import type { Film } from '@/payload-types'

import { adminLogin } from './admin'
import { baseUrl, findOne, login } from './api'
import { launchChromium } from './browser'
import { FILM, get } from './site'

// Security headers as a browser receives them from `next start`, and the
// Content-Security-Policy enforced for real: unlike the other browser tests
// (which bypass CSP to inject axe-core) this context keeps it, and any
// violation on a public page or in the admin fails the test.
let browser: Browser | undefined
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => browser?.close())

/** A page whose CSP violations (console reports and securitypolicyviolation events) are collected. */
async function watchedPage(): Promise<{ page: Page; violations: string[] }> {
  if (!browser) throw new Error('browser not launched')
  const context = await browser.newContext({ baseURL: baseUrl() })
  context.setDefaultTimeout(15_000)
  const violations: string[] = []
  const page = await context.newPage()
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`)
  })
  await context.exposeBinding('reportCspViolation', ({ frame }, text: string) =>
    violations.push(`${frame.url()}: ${text}`),
  )
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation
      void report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`)
    })
  })
  return { page, violations }
}

const filmPage = `/en/films/${FILM.slug}`

describe('headers', () => {
  test.each(['/en', '/en/programme', filmPage, '/api/v1/programme', '/api/films?limit=1'])(
    '%s carries the security headers and the static CSP',
    async (path) => {
      const { headers } = await get(path)
      expect(headers.get('x-content-type-options')).toBe('nosniff')
      expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
      expect(headers.get('x-frame-options')).toBe('SAMEORIGIN')
      expect(headers.get('permissions-policy')).toContain('camera=()')
      // The e2e server runs NODE_ENV=production.
      expect(headers.get('strict-transport-security')).toMatch(/^max-age=\d{7,}/)
      const csp = headers.get('content-security-policy') ?? ''
      for (const directive of [
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'self'",
        "script-src 'self' 'unsafe-inline'",
      ])
        expect(csp).toContain(directive)
      expect(csp).not.toContain('nonce-')
    },
  )

  test('public pages stay static: served from the cache, no per-request nonce', async () => {
    await get('/en/programme')
    const { headers } = await get('/en/programme')
    expect(headers.get('x-nextjs-cache')).toBe('HIT')
  })

  test("the admin's colour-scheme client hint is asked for by the admin only: Critical-CH makes Chrome repeat a request", async () => {
    const page = await get('/en')
    expect(page.headers.get('critical-ch')).toBeNull()
    expect(page.headers.get('accept-ch')).toBeNull()
    const admin = await get('/admin/login')
    expect(admin.headers.get('accept-ch')).toBe('Sec-CH-Prefers-Color-Scheme')
  })

  test('the admin gets one nonce policy, a new nonce per request', async () => {
    const nonceOf = async () => {
      const { headers, text } = await get('/admin/login')
      const policies = headers.get('content-security-policy') ?? ''
      expect(policies).not.toContain(', ') // only the proxy's policy, not the static one as well
      const nonce = /'nonce-([^']+)'/.exec(policies)?.[1]
      expect(nonce).toBeTruthy()
      expect(text).toContain(`nonce="${nonce}"`)
      return nonce
    }
    expect(await nonceOf()).not.toBe(await nonceOf())
  })
})

describe('no CSP violation', () => {
  test('home, programme with its filters, a film, search', async () => {
    const { page, violations } = await watchedPage()
    await page.goto('/en')
    await page.locator('h1').waitFor()
    await page.goto('/en/programme')
    const select = page.locator('.programme-filters select').first()
    const value = await select.locator('option').nth(1).getAttribute('value')
    await select.selectOption(value ?? '')
    await page.waitForURL(/\?/)
    await page.goto(filmPage)
    await page.locator('h1').waitFor()
    await page.goto('/en/search?q=rain')
    await page.locator('input[type=search]').fill('red')
    await page.locator('input[type=search]').press('Enter')
    await page.waitForURL(/q=red/)
    await page.waitForLoadState('load')
    expect(violations).toEqual([])
  })

  test('admin: login, dashboard, edit a film, live preview', async () => {
    const token = await login()
    const film = await findOne<Film>('films', `where[slug][equals]=${FILM.slug}`, token)
    const { page, violations } = await watchedPage()
    await adminLogin(page)
    await page.locator('.festival-dashboard').waitFor()
    await page.goto(`/admin/collections/films/${film.id}`)
    await page.locator('#field-title').waitFor()
    await page.locator('#live-preview-toggler').click()
    // The live preview frames /preview, which redirects to the film page in draft mode.
    await page.frameLocator('iframe').first().locator('h1').waitFor()
    await page.waitForLoadState('load')
    expect(violations).toEqual([])
  })
})
