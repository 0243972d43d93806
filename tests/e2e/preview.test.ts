import type { Film } from '@/payload-types'

import { adminLogin } from './admin'
import { api, baseUrl, findOne, login } from './api'
import { browserForThisFile } from './browser'
import { FILM, get } from './site'

// Editors preview drafts through /preview, which needs their logged-in
// session: a link (or a secret) alone never turns draft mode on.
const newContext = browserForThisFile()
const filmPage = `/en/films/${FILM.slug}`
const DRAFT_TITLE = 'Red Rain (draft under review)'

let token: string
let film: Film

beforeAll(async () => {
  token = await login()
  film = await findOne<Film>('films', `where[slug][equals]=${FILM.slug}`, token)
  // A draft on top of the published film: saved as a version, not published.
  const { status } = await api('PATCH', `/films/${film.id}?draft=true&locale=en`, { token, body: { title: DRAFT_TITLE } })
  expect(status).toBe(200)
})

afterAll(async () => {
  if (film) await api('PATCH', `/films/${film.id}?locale=en`, { token, body: { title: FILM.title.en, _status: 'published' } })
})

test('without a session, /preview refuses and the public page keeps the published title', async () => {
  const refused = await fetch(`${baseUrl()}/preview?path=${encodeURIComponent(filmPage)}`, { redirect: 'manual' })
  expect(refused.status).toBe(401)
  expect(refused.headers.getSetCookie().join()).not.toContain('__prerender_bypass')
  expect((await get(filmPage)).text).not.toContain(DRAFT_TITLE)
})

test('/preview only opens our own pages', async () => {
  for (const path of ['https://example.com/', '//example.com', '/admin', '/en/../admin']) {
    const response = await fetch(`${baseUrl()}/preview?path=${encodeURIComponent(path)}`, { redirect: 'manual' })
    expect(response.status).toBe(400)
  }
})

test('a logged-in editor previews the draft in the browser; visitors still see the published page', async () => {
  const page = await (await newContext()).newPage()
  await adminLogin(page)
  await page.goto(`/preview?path=${encodeURIComponent(filmPage)}`)
  await page.waitForURL(`**${filmPage}`)
  expect((await page.locator('h1').innerText()).trim()).toBe(DRAFT_TITLE)
  expect(await page.getByRole('status').filter({ hasText: 'Preview: drafts are shown' }).count()).toBe(1)
  expect((await get(filmPage)).text).not.toContain(DRAFT_TITLE)
})
