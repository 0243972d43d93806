import fs from 'node:fs/promises'

import { adminLogin } from './admin'
import { api, login } from './api'
import { browserForThisFile } from './browser'
import { FILM } from './site'

// A programmer imports screenings from a spreadsheet in the real admin: a
// dry run reports each row (a bad one with its row number and reason, and
// no way to import the file), then a clean file imports, is listed under its
// day and exports back.
const newContext = browserForThisFile()

const HEADER = 'film,venue,date,time,ticket_url'
const GOOD = `${FILM.slug},Pathé Palace,2025-12-09,11:05,https://tickets.example/import-e2e`
const BAD = 'no-such-film,Pathé Palace,2025-12-09,15:00,'
// Leave the demo as seeded for the other files: the imported screening would be the film's first with tickets.
afterAll(async () => {
  const token = await login()
  const { body } = await api<{ docs: { id: number }[] }>(
    'GET',
    '/screenings?where[day][equals]=2025-12-09&depth=0&draft=true',
    { token },
  )
  for (const { id } of body.docs) await api('DELETE', `/screenings/${id}`, { token })
})

const csv = (...lines: string[]) => ({
  name: 'programme.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from([HEADER, ...lines].join('\n')),
})

test('a programmer checks a CSV, sees the rejected row and why, then imports a clean file', async () => {
  const started = Date.now()
  const page = await (await newContext()).newPage()
  await adminLogin(page)
  await page.goto('/admin/collections/screenings')

  const file = page.locator('#programme-import-file')
  const summary = page.locator('.programme-import__summary')
  const rows = page.locator('.programme-import__report tbody tr')

  await file.setInputFiles(csv(GOOD, BAD))
  await summary.filter({ hasText: /^Dry run: 1 to create, 0 to update, 0 unchanged, 1 rejected/ }).waitFor()
  expect(await rows.allInnerTexts()).toEqual([
    expect.stringMatching(/^2\tcreate\t.*mua-do.*2025-12-09 11:05/),
    expect.stringMatching(/^3\treject\tfilm: No film with slug or title "no-such-film"/),
  ])
  // A file with a rejected row cannot be imported: nothing is half-written.
  expect(await page.getByRole('button', { name: 'Import', exact: true }).count()).toBe(0)

  await file.setInputFiles(csv(GOOD))
  await summary.filter({ hasText: /^Dry run: 1 to create, 0 to update, 0 unchanged, 0 rejected/ }).waitFor()
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await summary.filter({ hasText: /^Imported: 1 created, 0 updated, 0 unchanged\./ }).waitFor()

  // The export link downloads the imported screening back, in the same format.
  const download = page.waitForEvent('download')
  await page.locator('a.programme-export').click()
  const exported = await fs.readFile((await (await download).path()) ?? '', 'utf8')
  expect(exported).toMatch(/^\uFEFF?film,venue,room,date,time,/)
  expect(exported).toMatch(/mua-do,pathe-palace,,2025-12-09,11:05,/)
  // The list filters by the Paris day the screening was given.
  await page.goto('/admin/collections/screenings?where[day][equals]=2025-12-09')
  const listed = page.locator('.table tbody tr')
  await listed.filter({ hasText: /9 Dec 2025, 11:05\s*2025-12-09/ }).waitFor()
  expect(await listed.count()).toBe(1)
  console.log(
    `import flow (log in, dry run with a rejected row, import, export, list by day): ${((Date.now() - started) / 1000).toFixed(1)} s`,
  )
})

test('without a staff session the import refuses the file (401)', async () => {
  const page = await (await newContext()).newPage()
  const response = await page.request.post('/api/screenings/import?dryRun=true', { multipart: { file: csv(GOOD) } })
  expect(response.status()).toBe(401)
})

test('the panel offers a template per delimiter, which passes its own dry run, and a column guide', async () => {
  const page = await (await newContext()).newPage()
  await adminLogin(page, 'editor')
  await page.goto('/admin/collections/screenings')
  const download = page.waitForEvent('download')
  await page.getByRole('link', { name: 'with semicolons (French Excel)' }).click()
  const template = await fs.readFile((await (await download).path()) ?? '', 'utf8')
  const lines = template
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r\n/)
  expect(lines[0]).toBe(
    'film;venue;room;date;time;end_time;version;audio_language;subtitles;sdh;audio_description;step_free;labels;ticket_url;ticket_availability;tickets_on_sale;prices;status;edition',
  )
  expect(lines).toHaveLength(2)
  expect(lines[1]).toContain(';VOSTFR;')

  await page
    .locator('#programme-import-file')
    .setInputFiles({ name: 'template.csv', mimeType: 'text/csv', buffer: Buffer.from(template) })
  await page
    .locator('.programme-import__summary')
    .filter({ hasText: /^Dry run: 1 to create, 0 to update, 0 unchanged, 0 rejected/ })
    .waitFor()

  await page.getByText('Column guide').click()
  const version = page.locator('.programme-import__guide tr', { has: page.locator('code', { hasText: /^version$/ }) })
  expect(await version.innerText()).toContain('VOSTFR')
})
