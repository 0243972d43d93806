import type { Locator, Page } from 'playwright-core'

import { adminLogin } from './admin'
import { browserForThisFile } from './browser'
import { get, pollUntil } from './site'

// An editor's day, in the real admin: log in, create a film with a credit,
// try to schedule it on top of the closing night (refused, naming it), move
// it, publish, and see it on the public site without a rebuild.
const newContext = browserForThisFile()

const FILM = { original: 'Đất rừng phương Nam', title: 'Song of the South', slug: 'dat-rung-phuong-nam' }

/** Picks an option in one of Payload's select or relationship fields (react-select). */
async function choose(page: Page, field: string, text: string) {
  await page.locator(`${field} .rs__control`).click()
  await page.locator(`${field} .rs__input`).fill(text)
  await page.locator('.rs__option', { hasText: text }).first().click()
}

/** Clicks Publish and waits for the save it sends (not an autosave): a click during the create view's redirect was once lost. */
async function publish(page: Page, collection: 'films' | 'screenings'): Promise<number> {
  const saved = page.waitForResponse((response) => {
    const url = new URL(response.url())
    return url.pathname.startsWith(`/api/${collection}`) && response.request().method() !== 'GET' && url.searchParams.get('autosave') !== 'true'
  })
  await page.locator('#action-save').click()
  return (await saved).status()
}

/** The date picker takes typed text in the field's display format, in Paris time. */
async function typeDate(input: Locator, value: string) {
  await input.fill(value)
  await input.press('Escape')
}

test('an editor creates a film and a screening, is stopped by an overlap, fixes it and sees the page', async () => {
  const started = Date.now()
  const page = await (await newContext()).newPage()

  await adminLogin(page)

  await page.goto('/admin/collections/films/create')
  await page.locator('#field-originalTitle').fill(FILM.original)
  await page.locator('#field-title').fill(FILM.title)
  await page.getByRole('button', { name: 'Credits', exact: true }).click()
  await page.getByRole('button', { name: /Add Credit/ }).click()
  await choose(page, '#field-credits__0__person', 'Đặng Thái Huyền')
  await choose(page, '#field-credits__0__role', 'Director')
  expect(await publish(page, 'films')).toBeLessThan(300)
  await pollUntil('the film published', async () => (await get(`/en/films/${FILM.slug}`)).status === 200, 20_000)

  await page.goto('/admin/collections/screenings/create')
  await choose(page, '#field-film', FILM.original)
  await choose(page, '#field-edition', 'Vietnamese Film Week 2025')
  await choose(page, '#field-venue', 'Pathé Palace')
  const start = page.locator('#field-start input').first()
  // 20:30 on closing night, when Mưa Đỏ fills the Pathé Palace.
  await typeDate(start, '13 Dec 2025, 20:30')
  expect(await publish(page, 'screenings')).toBe(400)
  await page.getByText(/Overlaps with “Mưa Đỏ/).first().waitFor()

  await typeDate(start, '12 Dec 2025, 18:00')
  expect(await publish(page, 'screenings')).toBeLessThan(300)
  await pollUntil('the screening on the film page', async () => (await get(`/en/films/${FILM.slug}`)).text.includes('18:00'), 20_000)

  const visitor = await (await newContext()).newPage()
  await visitor.goto(`/en/films/${FILM.slug}`)
  expect((await visitor.locator('h1').innerText()).trim()).toBe(FILM.title)
  expect(await visitor.getByRole('link', { name: 'Đặng Thái Huyền' }).count()).toBeGreaterThan(0)
  expect(await visitor.locator('.screening-time', { hasText: '18:00' }).count()).toBe(1)
  console.log(`editor flow (log in, film with credit, refused overlap, screening, public page): ${((Date.now() - started) / 1000).toFixed(1)} s`)
})
