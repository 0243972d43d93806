import { chromium, type Browser, type BrowserContext, type Locator } from 'playwright-core'

/** Debian's Chromium: nothing is ever downloaded. Flags keep it off the network except for our server. */
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

/** Debian's Chromium with those flags: every browser test's browser. */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ executablePath: process.env.E2E_CHROMIUM ?? '/usr/bin/chromium', args: ARGS })

/**
 * One browser per test file; each call opens a fresh incognito context (no
 * cookies, no cache), all closed with the browser. `bypassCSP` lets axe-core be
 * injected whatever Content-Security-Policy the site sends.
 */
export function browserForThisFile(): () => Promise<BrowserContext> {
  let browser: Browser | undefined
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })
  return async () => {
    if (!browser) throw new Error('browser not launched')
    const context = await browser.newContext({ bypassCSP: true, baseURL: process.env.E2E_BASE_URL })
    context.setDefaultTimeout(15_000)
    return context
  }
}

/** Waits for `locator` to contain `text`, then returns its full text (client navigations render after the URL changes). */
export async function textOnceContains(locator: Locator, text: string): Promise<string> {
  await locator.filter({ hasText: text }).first().waitFor()
  return (await locator.first().innerText()).trim()
}
