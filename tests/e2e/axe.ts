import fs from 'node:fs'
import { createRequire } from 'node:module'

import type { AxeResults, Result } from 'axe-core'
import type { Page } from 'playwright-core'

// The installed axe-core, injected as source: no CDN, same version as package-lock.
const source = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/** axe-core's violations on the page as it is now. */
export async function axeViolations(page: Page): Promise<Result[]> {
  await page.addScriptTag({ content: source })
  // A string, not a function: it runs in the page, where `axe` is a global.
  const results = await page.evaluate<AxeResults>('axe.run(document, { resultTypes: ["violations"] })')
  return results.violations
}

/** One line per failing element, with the rule, its impact and where to read about it. */
export function describeViolations(violations: Result[]): string {
  return violations
    .flatMap((violation) => [
      `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} — ${violation.helpUrl}`,
      ...violation.nodes.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary?.replaceAll('\n', ' ') ?? ''}`),
    ])
    .join('\n')
}
