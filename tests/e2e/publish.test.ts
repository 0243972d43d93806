import type { Film, Screening } from '@/payload-types'

import { findOne, login, patch } from './api'
import { browserForThisFile } from './browser'
import { FILM, get, pollUntil } from './site'

// An editor publishes through the REST API (as the admin panel does); the production
// server must show the change on its next request, with no rebuild.
const newContext = browserForThisFile()
const filmPage = `/en/films/${FILM.slug}`
const programme = '/en/programme'
// The partner feed caches whole answers: a publish must expire them too.
const feed = '/api/v1/programme'

let token: string
let film: Film
let screening: Screening

const publishFilm = (data: Partial<Film>) => patch<Film>('films', film.id, { ...data, _status: 'published' }, token)
const html = async (path: string) => (await get(path)).text

/** Polls each page until it shows `fresh`; returns ms from `since` to each first fresh answer. */
const freshAfter = (since: number, fresh: (text: string) => boolean, paths: string[]) =>
  Promise.all(
    paths.map(async (path) => {
      await pollUntil(`fresh on ${path}`, async () => fresh(await html(path)))
      return Date.now() - since
    }),
  )

beforeAll(async () => {
  token = await login('editor')
  film = await findOne<Film>('films', `where[slug][equals]=${FILM.slug}`, token)
  screening = await findOne<Screening>('screenings', `where[film][equals]=${film.id}&sort=createdAt`, token)
})

afterAll(async () => {
  if (!film || !screening) return
  // Leave the demo as seeded for the other files, whatever failed here.
  await publishFilm({ title: FILM.title.en })
  await patch('screenings', screening.id, { start: screening.start }, token)
})

test('a published title change is live on the film page and the programme', async () => {
  const title = 'Red Rain (restored)'
  expect(await html(filmPage)).not.toContain(title)
  expect(await html(feed)).not.toContain(title)

  const sent = Date.now()
  await publishFilm({ title })
  const answered = Date.now()
  const [filmMs, programmeMs, feedMs] = await freshAfter(sent, (text) => text.includes(title), [
    filmPage,
    programme,
    feed,
  ])
  console.log(
    `publish → fresh: ${filmPage} ${filmMs} ms, ${programme} ${programmeMs} ms, ${feed} ${feedMs} ms after sending the PATCH (which took ${answered - sent} ms)`,
  )

  const page = await (await newContext()).newPage()
  await page.goto(filmPage)
  expect((await page.locator('h1').innerText()).trim()).toBe(title)
})

test('a moved screening shows its new time on the programme', async () => {
  const paris = (iso: string) =>
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit' }).format(
      new Date(iso),
    )
  // <time datetime="…">20:00</time>, whatever case the renderer gives the attribute.
  const shows = (text: string, iso: string) =>
    new RegExp(`<time datetime="${iso.replaceAll('.', '\\.')}">${paris(iso)}</time>`, 'i').test(text)
  const moved = new Date(Date.parse(screening.start) + 90 * 60_000).toISOString()
  expect(shows(await html(programme), screening.start)).toBe(true)

  const sent = Date.now()
  await patch('screenings', screening.id, { start: moved }, token)
  const [programmeMs] = await freshAfter(sent, (text) => shows(text, moved), [programme])
  console.log(
    `screening moved to ${paris(moved)} (Paris): ${programme} fresh ${programmeMs} ms after the PATCH was sent`,
  )
  expect(shows(await html(programme), screening.start)).toBe(false)
})

test('an unpublished film answers 404 and leaves the programme', async () => {
  try {
    await patch('films', film.id, { _status: 'draft' }, token)
    const ms = await pollUntil(`404 on ${filmPage}`, async () => (await get(filmPage)).status === 404)
    await pollUntil(`${FILM.slug} off the programme`, async () => !(await html(programme)).includes(filmPage))
    console.log(`unpublish → 404 on ${filmPage} after ${ms} ms`)

    const page = await (await newContext()).newPage()
    expect((await page.goto(filmPage))?.status()).toBe(404)
  } finally {
    await publishFilm({})
  }
  await pollUntil(`${filmPage} back after re-publishing`, async () => (await get(filmPage)).status === 200)
})
