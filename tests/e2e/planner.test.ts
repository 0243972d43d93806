import type { Locator } from 'playwright-core'

import { adminLogin, publish, settled } from './admin'
import { api, findOne, login } from './api'
import { axeViolations, describeViolations } from './axe'
import { browserForThisFile } from './browser'
import { FILM } from './site'

// The programme planner, as an editor: the seeded closing night sits in its
// venue at 20:00 on 13 December; a draft moved onto another screening's slot
// shows as an overlap on both; an empty hour opens a new screening with the
// venue, room and start filled in; the page passes axe.
const newContext = browserForThisFile()

type Doc = { id: number }

/** A block's accessible name: its text, the warnings' details for screen readers included. */
const nameOf = async (block: Locator) =>
  (await block.evaluate((element) => element.textContent ?? '')).replace(/\s+/g, ' ').trim()

// What the test made, removed after it: later files read the seeded programme.
const made: { screenings: number[]; venues: number[] } = { screenings: [], venues: [] }
afterAll(async () => {
  const token = await login('editor')
  for (const id of made.screenings) await api('DELETE', `/screenings/${id}`, { token })
  for (const id of made.venues) await api('DELETE', `/venues/${id}`, { token })
})

async function setUp() {
  const token = await login('editor')
  const film = await findOne<Doc>('films', `where[slug][equals]=${FILM.slug}`, token)
  const venue = await findOne<Doc>('venues', 'where[name][equals]=Pathé Palace', token)
  const edition = await findOne<Doc>(
    'editions',
    `where[name][equals]=${encodeURIComponent('Vietnamese Film Week 2025')}`,
    token,
  )
  const screening = (start: string) => ({
    film: film.id,
    venue: venue.id,
    edition: edition.id,
    start,
    start_tz: 'Europe/Paris',
    status: 'scheduled',
  })
  const create = async (start: string) => {
    const { status, body } = await api<{ doc: Doc }>('POST', '/screenings', {
      token,
      body: { ...screening(start), _status: 'published' },
    })
    if (status !== 201) throw new Error(`create failed: ${status} ${JSON.stringify(body)}`)
    made.screenings.push(body.doc.id)
    return body.doc.id
  }
  // A published screening whose newer draft moves it to 14:00 on 11 December
  // (Paris), then another published at 14:30 that day: the rule checks
  // against published times, so both are accepted, and the plan (drafts
  // included) has them overlapping.
  const moved = await create('2025-12-11T09:00:00.000Z')
  const draft = await api('PATCH', `/screenings/${moved}?draft=true`, {
    token,
    body: { start: '2025-12-11T13:00:00.000Z', _status: 'draft' },
  })
  expect(draft.status).toBe(200)
  const other = await create('2025-12-11T13:30:00.000Z')
  // A venue with rooms, for a slot that fills the room in too.
  const studio = await api<{ doc: Doc }>('POST', '/venues', {
    token,
    body: {
      name: 'Studio Planner',
      slug: 'studio-planner',
      address: { street: '1 rue du Test', city: 'Paris', country: 'FR' },
      rooms: [{ name: 'Salle 1' }, { name: 'Salle 2' }],
      _status: 'published',
    },
  })
  expect(studio.status).toBe(201)
  made.venues.push(studio.body.doc.id)
  return { moved, other, studio: studio.body.doc.id, token }
}

test('the planner shows the closing night, flags an overlap, opens screenings and plans a new one from an empty hour', async () => {
  const { moved, other, studio, token } = await setUp()
  const page = await (await newContext()).newPage()
  await adminLogin(page, 'editor')
  // The side navigation names it (the admin keeps the navigation closed, and inert, at this window size).
  expect(await page.locator('a.planner-nav-link').getAttribute('href')).toBe('/admin/planner')
  await page.goto('/admin/planner')
  await page.getByRole('heading', { level: 1, name: 'Programme planner' }).waitFor()

  // The closing night (the day's name is written as Node's ICU writes it, with or without a comma): Saturday 13 December, in the Pathé Palace row, 20:00.
  const closingDay = page.locator('section.planner__day', {
    has: page.getByRole('heading', { name: /Saturday,? 13 December 2025/ }),
  })
  const palace = closingDay.getByRole('group', { name: /^Pathé Palace, Saturday,? 13 December 2025$/ })
  const closing = palace.locator('a.planner__block', { hasText: 'Mưa Đỏ' })
  expect(await closing.count()).toBe(1)
  expect(await nameOf(closing)).toMatch(/^Mưa Đỏ 20:00–\d\d:\d\d · Scheduled/)
  expect(await closing.getAttribute('class')).not.toContain('planner__block--overlap')

  // The overlap: both screenings flagged, each naming the other.
  for (const [id, against] of [
    [moved, other],
    [other, moved],
  ]) {
    const block = page.locator(`a.planner__block[data-screening="${id}"]`)
    expect(await block.getAttribute('class')).toContain('planner__block--overlap')
    expect(await block.innerText()).toContain('Overlap')
    expect(await nameOf(block)).toMatch(/overlaps Mưa Đỏ \(11 Dec 2025, \d\d:\d\d\) in the same room/)
    expect(against).toBeGreaterThan(0)
  }
  expect(await nameOf(page.locator(`a.planner__block[data-screening="${moved}"]`))).toContain('14:00')

  // No accessibility violation on the planner (axe-core, all rules).
  const violations = await axeViolations(page)
  expect(describeViolations(violations)).toBe('')

  // A block opens its screening.
  await closing.click()
  await page.waitForURL(/\/admin\/collections\/screenings\/\d+$/)
  await page.goBack()

  // An empty hour, reached with the keyboard: 16:00 on Friday 12 December in the studio's Salle 2.
  const slot = page.getByRole('link', {
    name: /^New screening: Studio Planner · Salle 2, Friday,? 12 December 2025, 16:00$/,
  })
  await slot.focus()
  await page.keyboard.press('Enter')
  await page.waitForURL(/\/admin\/collections\/screenings\/create\?/)
  await page.locator('#field-venue', { hasText: 'Studio Planner' }).waitFor()
  expect(await page.locator('#field-room').inputValue()).toBe('Salle 2')
  await page.locator('#field-edition', { hasText: 'Vietnamese Film Week 2025' }).waitFor()
  expect(await page.locator('#field-start input').first().inputValue()).toBe('12 Dec 2025, 16:00')
  // The film is the editor's choice; the rest came from the slot.
  await page.locator('#field-film .rs__control').click()
  await page.locator('#field-film .rs__input').fill('Mưa Đỏ')
  await page.locator('.rs__option', { hasText: 'Mưa Đỏ' }).first().click()
  await settled(page)
  const saved = await publish(page, 'screenings')
  expect(saved.status).toBeLessThan(300)
  await page.waitForURL(/\/admin\/collections\/screenings\/\d+$/)
  const id = Number(new URL(page.url()).pathname.split('/').at(-1))
  made.screenings.push(id)
  const { body } = await api<{ venue: number; start: string; room: string | null }>(
    'GET',
    `/screenings/${id}?depth=0&draft=true`,
    { token },
  )
  expect(body).toMatchObject({ venue: studio, room: 'Salle 2', start: '2025-12-12T15:00:00.000Z' })
})

test('the planner is for staff: an anonymous visitor is sent to log in and gets none of its data', async () => {
  const page = await (await newContext()).newPage()
  await page.goto('/admin/planner')
  await page.waitForURL('**/admin/login**')
  expect(await page.locator('.planner__block').count()).toBe(0)
})
