import fs from 'node:fs'
import { createRequire } from 'node:module'

import type { AxeResults, Result } from 'axe-core'
import type { Page } from 'playwright-core'

// The installed axe-core, injected as source: no CDN, same version as package-lock.
const source = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/** axe-core's violations on the page as it is now. */
export async function axeViolations(page: Page): Promise<Result[]> {
  await page.addScriptTag({ content: source })
  // A page with JavaScript off runs no injected script: axe reads a copy of its document instead.
  if ((await page.evaluate('typeof axe')) === 'undefined') return violationsOfCopy(page)
  // A string, not a function: it runs in the page, where `axe` is a global.
  const results = await page.evaluate<AxeResults>('axe.run(document, { resultTypes: ["violations"] })')
  return results.violations
}

/** The document as it is, without its scripts, in a page that runs them (stylesheets from the same address). */
async function violationsOfCopy(page: Page): Promise<Result[]> {
  const browser = page.context().browser()
  if (!browser) throw new Error('no browser')
  const html = (await page.content())
    .replace(/<script\b[\s\S]*?<\/script>/gi, '')
    .replace(/<head([^>]*)>/i, `<head$1><base href="${page.url()}">`)
  const copy = await browser.newPage()
  try {
    await copy.setContent(html, { waitUntil: 'load' })
    return await axeViolations(copy)
  } finally {
    await copy.context().close()
  }
}

/** One line per failing element, with the rule, its impact and where to read about it. */
export function describeViolations(violations: Result[]): string {
  return violations
    .flatMap((violation) => [
      `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} — ${violation.helpUrl}`,
      ...violation.nodes.map(
        (node) => `    ${node.target.join(' ')}: ${node.failureSummary?.replaceAll('\n', ' ') ?? ''}`,
      ),
    ])
    .join('\n')
}
