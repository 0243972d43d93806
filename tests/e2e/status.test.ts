import ICAL from 'ical.js'

import type { Film, Screening } from '@/payload-types'

import { api, findOne, login, patch } from './api'
import { axeViolations, describeViolations } from './axe'
import { browserForThisFile } from './browser'
import { FILM, get, pollUntil } from './site'

// Screenings that did not go as planned, as the festival's editors mark
// them: one moved (the old time struck through), one cancelled. Each page,
// file and structured-data block must say so.
const newContext = browserForThisFile()
const filmPage = `/en/films/${FILM.slug}`
const programme = '/en/programme'
const HOUR_MS = 3_600_000

let token: string
let moved: Screening
let cancelled: Screening
let originalStart: string

type Ld = Record<string, unknown> & { '@type'?: string }
const screeningEvents = async (path: string) =>
  [...(await get(path)).text.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)]
    .map((match) => JSON.parse(match[1]) as Ld)
    .filter((ld) => ld['@type'] === 'ScreeningEvent')

beforeAll(async () => {
  token = await login('editor')
  const film = await findOne<Film>('films', `where[slug][equals]=${FILM.slug}`, token)
  const seeded = await findOne<Screening>('screenings', `where[film][equals]=${film.id}&sort=createdAt`, token)
  originalStart = seeded.start
  // A second screening of the film, the day before in a room of its own, to cancel.
  const { status, body } = await api<{ doc: Screening }>('POST', '/screenings', {
    token,
    body: {
      film: film.id,
      edition: seeded.edition,
      venue: seeded.venue,
      room: 'E2E',
      start: new Date(Date.parse(originalStart) - 24 * HOUR_MS).toISOString(),
      start_tz: 'Europe/Paris',
      status: 'scheduled',
      _status: 'published',
    },
  })
  expect(status).toBe(201)
  cancelled = await patch<Screening>('screenings', body.doc.id, { status: 'cancelled' }, token)
  moved = await patch<Screening>(
    'screenings',
    seeded.id,
    {
      status: 'rescheduled',
      previousStart: originalStart,
      start: new Date(Date.parse(originalStart) - 2 * HOUR_MS).toISOString(),
    },
    token,
  )
  await pollUntil('both changes on the film page', async () => {
    const statuses = (await screeningEvents(filmPage)).map((event) => event.eventStatus)
    return (
      statuses.includes('https://schema.org/EventCancelled') && statuses.includes('https://schema.org/EventRescheduled')
    )
  })
})

afterAll(async () => {
  if (moved)
    await patch('screenings', moved.id, { status: 'scheduled', previousStart: null, start: originalStart }, token)
  if (cancelled) await api('DELETE', `/screenings/${cancelled.id}`, { token })
})

test('the film page JSON-LD: the moved screening gives its previous start, the cancelled one its status', async () => {
  const events = await screeningEvents(filmPage)
  const rescheduled = events.find((event) => event.eventStatus === 'https://schema.org/EventRescheduled')
  expect(rescheduled?.previousStartDate).toMatch(/[+-]\d\d:\d\d$/)
  expect(Date.parse(String(rescheduled?.previousStartDate))).toBe(Date.parse(originalStart))
  expect(Date.parse(String(rescheduled?.startDate))).toBe(Date.parse(moved.start))
  const cancelledEvent = events.find((event) => event.eventStatus === 'https://schema.org/EventCancelled')
  expect(Date.parse(String(cancelledEvent?.startDate))).toBe(Date.parse(cancelled.start))
})

test('the programme strikes the old time through, marks the cancellation, and axe-core finds no violations', async () => {
  await pollUntil('both changes on the programme', async () => {
    const text = (await get(programme)).text
    return text.includes('screening-cancelled') && text.includes('screening-rescheduled')
  })
  const page = await (await newContext()).newPage()
  expect((await page.goto(programme))?.status()).toBe(200)
  const row = (screening: Screening) =>
    page
      .locator('li[data-screening]')
      .filter({ has: page.locator(`a[href="/en/screenings/${screening.id}/calendar.ics"]`) })

  const movedRow = row(moved)
  expect(await movedRow.locator('del time').getAttribute('datetime')).toBe(originalStart)
  expect(await movedRow.locator('del').textContent()).toMatch(/^Originally \d\d:\d\d$/)
  expect(await movedRow.locator(`time[datetime="${moved.start}"]`).count()).toBe(1)
  expect(await movedRow.getByText('Rescheduled', { exact: true }).count()).toBe(1)

  const cancelledRow = row(cancelled)
  expect(await cancelledRow.getByText('Cancelled', { exact: true }).count()).toBe(1)
  expect(await cancelledRow.locator(`del time[datetime="${cancelled.start}"]`).count()).toBe(1)
  expect(await cancelledRow.getByRole('link', { name: 'Tickets' }).count()).toBe(0)

  const violations = await axeViolations(page)
  if (violations.length) console.log(`axe-core on ${programme}:\n${describeViolations(violations)}`)
  expect(violations.map((violation) => violation.id)).toEqual([])
})

test.each([`${filmPage}/calendar.ics`, `${programme}/calendar.ics`])(
  '%s marks the cancelled screening STATUS:CANCELLED, the other confirmed',
  async (path) => {
    const calendar = ICAL.Component.fromString((await get(path)).text)
    const statusOf = new Map(
      calendar
        .getAllSubcomponents('vevent')
        .map((event) => [event.getFirstPropertyValue('uid'), event.getFirstPropertyValue('status')]),
    )
    expect(statusOf.get(`screening-${cancelled.id}@filmweek`)).toBe('CANCELLED')
    expect(statusOf.get(`screening-${moved.id}@filmweek`)).toBe('CONFIRMED')
  },
)
