import { adminLogin } from './admin'
import { browserForThisFile } from './browser'

// The films list shows each poster as a thumbnail, the media list a preview
// of each image; both are real images the browser decoded, not broken links.
const newContext = browserForThisFile()

const decoded = (image: import('playwright-core').Locator) =>
  image.evaluate((element) => (element as HTMLImageElement).complete && (element as HTMLImageElement).naturalWidth > 0)

test('poster thumbnails in the films list and image previews in the media list', async () => {
  const page = await (await newContext()).newPage()
  await adminLogin(page, 'editor')

  await page.goto('/admin/collections/films')
  const row = page.locator('.table tbody tr', { hasText: 'Mưa Đỏ' })
  const poster = row.locator('img.poster-cell')
  await poster.waitFor()
  await page.waitForFunction((element) => (element as HTMLImageElement).complete, await poster.elementHandle())
  expect(await decoded(poster)).toBe(true)
  expect(await page.locator('.table thead th', { hasText: /^Poster$/ }).count()).toBe(1)

  await page.goto('/admin/collections/media')
  const preview = page.locator('.table tbody tr').first().locator('img')
  await preview.waitFor()
  await page.waitForFunction((element) => (element as HTMLImageElement).complete, await preview.elementHandle())
  expect(await decoded(preview)).toBe(true)
})

test('screenings list: two distinct status columns, and the technical details folded away', async () => {
  const page = await (await newContext()).newPage()
  await adminLogin(page, 'editor')
  await page.goto('/admin/collections/screenings')
  const headings = (await page.locator('.table thead th').allInnerTexts()).map((text) => text.trim())
  expect(headings).toContain('Screening status')
  expect(headings.filter((text) => text === 'Status')).toHaveLength(1)

  await page.locator('.table tbody tr a').first().click()
  await page.waitForURL(/\/admin\/collections\/screenings\/\d+$/)
  await page.getByText('Technical details').waitFor()
  // Folded: the internal fields are there, read-only, but not shown until opened.
  expect(await page.getByText('Calendar update number').isVisible()).toBe(false)
  // The collapsible's toggle button lies over its label: open it as a user does, through the toggle.
  await page.locator('.collapsible', { hasText: 'Technical details' }).locator('.collapsible__toggle').first().click()
  await page.getByText('Calendar update number').waitFor()
  expect(await page.getByText('Ics Sequence').count()).toBe(0)
})
