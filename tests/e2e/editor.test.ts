import { adminLogin, autosaveOf, choose, publish, settled, typeDate } from './admin'
import { api, login } from './api'
import { browserForThisFile } from './browser'
import { get, pollUntil } from './site'

// An editor's day, in the real admin, as an editor: log in, create a film
// with a credit, schedule it, move it on top of the closing night (autosave
// refuses it and the Start field says why; no draft keeps the overlap), move
// it back, publish, and see it on the public site without a rebuild.
const newContext = browserForThisFile()

const FILM = { original: 'Đất rừng phương Nam', title: 'Song of the South', slug: 'dat-rung-phuong-nam' }

test('an editor creates a film and a screening, is stopped by an overlap on the Start field, fixes it and sees the page', async () => {
  const started = Date.now()
  const page = await (await newContext()).newPage()

  await adminLogin(page, 'editor')

  await page.goto('/admin/collections/films/create')
  await page.locator('#field-originalTitle').fill(FILM.original)
  await page.locator('#field-title').fill(FILM.title)
  await page.getByRole('button', { name: 'Credits', exact: true }).click()
  await page.getByRole('button', { name: /Add Credit/ }).click()
  await choose(page, '#field-credits__0__person', 'Đặng Thái Huyền')
  await choose(page, '#field-credits__0__role', 'Director')
  expect((await publish(page, 'films')).status).toBeLessThan(300)
  await pollUntil('the film published', async () => (await get(`/en/films/${FILM.slug}`)).status === 200, 20_000)

  // Nothing is stored until the editor saves the new screening once; autosave takes over from there.
  await page.goto('/admin/collections/screenings/create')
  await choose(page, '#field-film', FILM.original)
  await choose(page, '#field-edition', 'Vietnamese Film Week 2025')
  await choose(page, '#field-venue', 'Pathé Palace')
  const start = page.locator('#field-start input').first()
  await typeDate(start, '12 Dec 2025, 18:00')
  await settled(page)
  await page.locator('#action-save-draft').click()
  await page.waitForURL(/\/admin\/collections\/screenings\/\d+$/)
  const id = Number(new URL(page.url()).pathname.split('/').at(-1))
  await settled(page)

  // 20:30 on closing night, when Mưa Đỏ fills the Pathé Palace (19:30 UTC): the autosave is refused…
  const refused = autosaveOf(page, '2025-12-13T19:30')
  await typeDate(start, '13 Dec 2025, 20:30')
  const answer = await refused
  expect(answer.status()).toBe(400)
  // …and the sentence is on the Start field, and stays there through the form's later refreshes.
  const message = page.locator('#field-start .field-error', { hasText: /Overlaps with “Mưa Đỏ/ })
  await message.waitFor()
  await settled(page, 2_000)
  expect(await message.count()).toBe(1)
  // Publishing the same state is refused the same way.
  const published = await publish(page, 'screenings')
  expect(published.status).toBe(400)
  expect(published.fieldErrors).toContainEqual(
    expect.objectContaining({ path: 'start', message: expect.stringMatching(/^Overlaps with “Mưa Đỏ/) }),
  )
  await message.waitFor()

  // No version of the screening holds the refused time.
  const token = await login('editor')
  const versions = await api<{ docs: { version: { start: string } }[] }>(
    'GET',
    `/screenings/versions?where[parent][equals]=${id}&limit=100&depth=0`,
    { token },
  )
  expect(versions.status).toBe(200)
  expect(versions.body.docs.map((doc) => doc.version.start)).not.toContain('2025-12-13T19:30:00.000Z')
  expect(versions.body.docs.length).toBeGreaterThan(0)

  const moved = autosaveOf(page, '2025-12-12T17:00')
  await typeDate(start, '12 Dec 2025, 18:00')
  expect((await moved).status()).toBe(200)
  await message.waitFor({ state: 'detached' })
  await settled(page)
  expect((await publish(page, 'screenings')).status).toBeLessThan(300)
  await pollUntil(
    'the screening on the film page',
    async () => (await get(`/en/films/${FILM.slug}`)).text.includes('18:00'),
    20_000,
  )

  const visitor = await (await newContext()).newPage()
  await visitor.goto(`/en/films/${FILM.slug}`)
  expect((await visitor.locator('h1').innerText()).trim()).toBe(FILM.title)
  expect(await visitor.getByRole('link', { name: 'Đặng Thái Huyền' }).count()).toBeGreaterThan(0)
  expect(await visitor.locator('.screening-time', { hasText: '18:00' }).count()).toBe(1)
  console.log(
    `editor flow (log in, film with credit, refused overlap on autosave, screening, public page): ${((Date.now() - started) / 1000).toFixed(1)} s`,
  )
})

test('opening "create" and leaving stores nothing', async () => {
  const token = await login('editor')
  const count = async (collection: string) => {
    const { body } = await api<{ totalDocs: number }>('GET', `/${collection}?draft=true&limit=1&depth=0`, { token })
    return body.totalDocs
  }
  const before = { screenings: await count('screenings'), films: await count('films') }
  const page = await (await newContext()).newPage()
  await adminLogin(page, 'editor')
  for (const collection of ['screenings', 'films'] as const) {
    await page.goto(`/admin/collections/${collection}/create`)
    await page.locator('#action-save-draft').waitFor()
    expect(new URL(page.url()).pathname).toBe(`/admin/collections/${collection}/create`)
    await settled(page, 2_000)
    await page.goto('/admin')
    await settled(page)
  }
  expect({ screenings: await count('screenings'), films: await count('films') }).toEqual(before)
})
