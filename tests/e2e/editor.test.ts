import { adminLogin, choose, publish, settled, typeDate } from './admin'
import { browserForThisFile } from './browser'
import { get, pollUntil } from './site'

// An editor's day, in the real admin: log in, create a film with a credit,
// try to schedule it on top of the closing night (refused, naming it), move
// it, publish, and see it on the public site without a rebuild.
const newContext = browserForThisFile()

const FILM = { original: 'Đất rừng phương Nam', title: 'Song of the South', slug: 'dat-rung-phuong-nam' }

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
  expect((await publish(page, 'films')).status).toBeLessThan(300)
  await pollUntil('the film published', async () => (await get(`/en/films/${FILM.slug}`)).status === 200, 20_000)

  await page.goto('/admin/collections/screenings/create')
  await choose(page, '#field-film', FILM.original)
  await choose(page, '#field-edition', 'Vietnamese Film Week 2025')
  await choose(page, '#field-venue', 'Pathé Palace')
  const start = page.locator('#field-start input').first()
  // 20:30 on closing night, when Mưa Đỏ fills the Pathé Palace (19:30 UTC).
  const autosaved = page.waitForResponse((response) => new URL(response.url()).searchParams.get('autosave') === 'true' && Boolean(response.request().postData()?.includes('2025-12-13T19:30')))
  await typeDate(start, '13 Dec 2025, 20:30')
  // Saving while the new time's autosave or form-state refresh is in flight lets either land after the refusal and hide its message.
  await autosaved
  await settled(page)
  const refused = await publish(page, 'screenings')
  expect(refused.status).toBe(400)
  expect(refused.fieldErrors).toContainEqual(expect.objectContaining({ path: 'start', message: expect.stringMatching(/^Overlaps with “Mưa Đỏ/) }))
  await page.locator('#field-start .field-error', { hasText: /Overlaps with “Mưa Đỏ/ }).waitFor()

  await typeDate(start, '12 Dec 2025, 18:00')
  await settled(page)
  expect((await publish(page, 'screenings')).status).toBeLessThan(300)
  await pollUntil('the screening on the film page', async () => (await get(`/en/films/${FILM.slug}`)).text.includes('18:00'), 20_000)

  const visitor = await (await newContext()).newPage()
  await visitor.goto(`/en/films/${FILM.slug}`)
  expect((await visitor.locator('h1').innerText()).trim()).toBe(FILM.title)
  expect(await visitor.getByRole('link', { name: 'Đặng Thái Huyền' }).count()).toBeGreaterThan(0)
  expect(await visitor.locator('.screening-time', { hasText: '18:00' }).count()).toBe(1)
  console.log(`editor flow (log in, film with credit, refused overlap, screening, public page): ${((Date.now() - started) / 1000).toFixed(1)} s`)
})
