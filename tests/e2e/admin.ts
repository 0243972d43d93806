import type { Locator, Page } from 'playwright-core'

import { env, type Account } from './api'

/** Fetches in flight per page (form-state refreshes, autosaves, saves), counted from the admin login on. */
const inFlight = new WeakMap<Page, Set<unknown>>()

function countRequests(page: Page) {
  if (inFlight.has(page)) return
  const pending = new Set<unknown>()
  inFlight.set(page, pending)
  page.on('request', (request) => {
    if (request.resourceType() === 'fetch' || request.resourceType() === 'xhr') pending.add(request)
  })
  page.on('requestfinished', (request) => pending.delete(request))
  page.on('requestfailed', (request) => pending.delete(request))
}

/** Logs the seeded admin (or the editor) into Payload's admin panel in `page`'s browser context, through its login form. */
export async function adminLogin(page: Page, account: Account = 'admin'): Promise<void> {
  countRequests(page)
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(env(account === 'admin' ? 'E2E_ADMIN_EMAIL' : 'E2E_EDITOR_EMAIL'))
  await page.locator('#field-password').fill(env(account === 'admin' ? 'E2E_ADMIN_PASSWORD' : 'E2E_EDITOR_PASSWORD'))
  await page.locator('button[type=submit]').click()
  await page.waitForURL('**/admin')
}

/**
 * Waits until no fetch has been in flight for `quietMs`: a form-state refresh
 * or an autosave landing after a save would replace what the save showed.
 */
export async function settled(page: Page, quietMs = 500, timeoutMs = 15_000): Promise<void> {
  const pending = inFlight.get(page)
  if (!pending) throw new Error('settled() needs the page to have logged in with adminLogin()')
  const deadline = Date.now() + timeoutMs
  let quietSince = Date.now()
  while (Date.now() - quietSince < quietMs) {
    if (Date.now() > deadline)
      throw new Error(`The admin still had ${pending.size} request(s) in flight after ${timeoutMs} ms`)
    await page.waitForTimeout(50)
    if (pending.size > 0) quietSince = Date.now()
  }
}

/** Picks an option in one of Payload's select or relationship fields (react-select). */
export async function choose(page: Page, field: string, text: string): Promise<void> {
  await page.locator(`${field} .rs__control`).click()
  await page.locator(`${field} .rs__input`).fill(text)
  await page.locator('.rs__option', { hasText: text }).first().click()
}

/** The date picker takes typed text in the field's display format, in Paris time. */
export async function typeDate(input: Locator, value: string): Promise<void> {
  await input.fill(value)
  await input.press('Escape')
}

export type FieldError = { path: string; message: string }
export type Saved = { status: number; fieldErrors: FieldError[] }

/**
 * Clicks Publish and waits for the save it sends (not an autosave): a click
 * during the create view's redirect was once lost. Returns the answer's
 * status and the field errors of a refusal.
 */
export async function publish(page: Page, collection: string): Promise<Saved> {
  const saved = page.waitForResponse((response) => {
    const url = new URL(response.url())
    return (
      url.pathname.startsWith(`/api/${collection}`) &&
      response.request().method() !== 'GET' &&
      url.searchParams.get('autosave') !== 'true'
    )
  })
  await page.locator('#action-save').click()
  const response = await saved
  if (response.ok()) return { status: response.status(), fieldErrors: [] }
  const body = (await response.json()) as { errors?: { data?: { errors?: FieldError[] } }[] }
  return { status: response.status(), fieldErrors: (body.errors ?? []).flatMap((error) => error.data?.errors ?? []) }
}

/** The next autosave's answer (PATCH …?autosave=true), whose body holds `text`. */
export function autosaveOf(page: Page, text: string) {
  return page.waitForResponse(
    (response) =>
      new URL(response.url()).searchParams.get('autosave') === 'true' &&
      Boolean(response.request().postData()?.includes(text)),
  )
}
