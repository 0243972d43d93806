import type { Page } from 'playwright-core'

import type { Film } from '@/payload-types'

import { api, baseUrl, findOne, login, loginInBrowser, logoutInBrowser } from './api'
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
  token = await login('editor')
  film = await findOne<Film>('films', `where[slug][equals]=${FILM.slug}`, token)
  // A draft on top of the published film: saved as a version, not published.
  const { status } = await api('PATCH', `/films/${film.id}?draft=true&locale=en`, {
    token,
    body: { title: DRAFT_TITLE },
  })
  expect(status).toBe(200)
})

afterAll(async () => {
  if (film)
    await api('PATCH', `/films/${film.id}?locale=en`, { token, body: { title: FILM.title.en, _status: 'published' } })
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

/** A browser context where the editor is logged in and has opened the film's preview. */
async function previewAsEditor() {
  const context = await newContext()
  await loginInBrowser(context, 'editor')
  const page = await context.newPage()
  await page.goto(`/preview?path=${encodeURIComponent(filmPage)}`)
  await page.waitForURL(`**${filmPage}`)
  return { context, page }
}

const h1 = async (page: Page) => (await page.locator('h1').innerText()).trim()
const banners = (page: Page) => page.locator('.preview-banner')

test('a logged-in editor previews the draft in the browser; visitors still see the published page', async () => {
  const { page } = await previewAsEditor()
  expect(await h1(page)).toBe(DRAFT_TITLE)
  expect(await page.getByRole('status').filter({ hasText: 'Preview: drafts are shown' }).count()).toBe(1)
  expect((await get(filmPage)).text).not.toContain(DRAFT_TITLE)

  // The banner speaks the page's language.
  await page.goto(`/fr/films/${FILM.slug}`)
  expect(await page.getByRole('status').filter({ hasText: 'Aperçu : les brouillons sont affichés.' }).count()).toBe(1)
  expect(await page.getByRole('link', { name: 'Quitter l’aperçu' }).count()).toBe(1)
})

test('after logging out, a browser still in draft mode gets the published page', async () => {
  const { context, page } = await previewAsEditor()
  expect(await h1(page)).toBe(DRAFT_TITLE)

  await logoutInBrowser(page)
  const cookies = (await context.cookies()).map((cookie) => cookie.name)
  // Draft mode's own cookie outlives the session: only the session decides.
  expect(cookies).toContain('__prerender_bypass')
  expect(cookies).not.toContain('payload-token')
  expect((await page.reload())?.status()).toBe(200)
  expect(await h1(page)).toBe(FILM.title.en)
  expect(await page.content()).not.toContain(DRAFT_TITLE)
  expect(await banners(page).count()).toBe(0)
})

test('a session cookie dropped (expired) has the same effect as logging out', async () => {
  const { context, page } = await previewAsEditor()
  await context.clearCookies({ name: 'payload-token' })
  await page.reload()
  expect(await h1(page)).toBe(FILM.title.en)
  expect(await banners(page).count()).toBe(0)
})
