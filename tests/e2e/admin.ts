import type { Page } from 'playwright-core'

import { env } from './api'

/** Logs the seeded admin into Payload's admin panel in `page`'s browser context. */
export async function adminLogin(page: Page): Promise<void> {
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(env('E2E_ADMIN_EMAIL'))
  await page.locator('#field-password').fill(env('E2E_ADMIN_PASSWORD'))
  await page.locator('button[type=submit]').click()
  await page.waitForURL('**/admin')
}
