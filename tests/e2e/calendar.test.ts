import ICAL from 'ical.js'

import { LOCALE_CODES } from '@/i18n/locales'
import type { Film, Screening } from '@/payload-types'

import { baseUrl, findOne } from './api'
import { FILM, get } from './site'

// Checked with ical.js, an independent parser, not the library that wrote them.
const ZONE = 'Europe/Paris'
let screening: Screening

beforeAll(async () => {
  const film = await findOne<Film>('films', `where[slug][equals]=${FILM.slug}`)
  screening = await findOne<Screening>('screenings', `where[film][equals]=${film.id}&sort=createdAt`)
})

const FILES: [string, (locale: string) => string][] = [
  ['programme', (locale) => `/${locale}/programme/calendar.ics`],
  ['film', (locale) => `/${locale}/films/${FILM.slug}/calendar.ics`],
  ['screening', (locale) => `/${locale}/screenings/${screening.id}/calendar.ics`],
]

describe.each(LOCALE_CODES)('%s', (locale) => {
  test.each(FILES)('the %s calendar parses, in Paris time, with the screening', async (_name, pathOf) => {
    const { status, headers, text } = await get(pathOf(locale))
    expect(status).toBe(200)
    expect(headers.get('content-type')).toMatch(/^text\/calendar/)

    const calendar = ICAL.Component.fromString(text)
    expect(calendar.name).toBe('vcalendar')
    const zones = calendar.getAllSubcomponents('vtimezone')
    expect(zones.map((zone) => zone.getFirstPropertyValue('tzid'))).toContain(ZONE)
    // Times resolve through the file's own VTIMEZONE, as a calendar app would.
    for (const zone of zones) ICAL.TimezoneService.register(zone)

    const events = calendar.getAllSubcomponents('vevent')
    expect(events.length).toBeGreaterThan(0)
    for (const event of events) {
      expect(event.getFirstProperty('dtstart')?.getParameter('tzid')).toBe(ZONE)
    }
    const starts = events.map((event) => new ICAL.Event(event).startDate.toJSDate().toISOString())
    expect(starts).toContain(new Date(screening.start).toISOString())
  })
})

test.each(['OPTIONS', 'POST'])('an %s first to a calendar file never becomes what GET is served', async (method) => {
  // A film slug no request has rendered yet: the first request would fill the cache.
  const path = `/en/films/never-rendered-${method.toLowerCase()}/calendar.ics`
  const first = await fetch(`${baseUrl()}${path}`, { method })
  expect(first.status).toBe(method === 'OPTIONS' ? 204 : 405)
  expect((await get(path)).status).toBe(404)
  expect((await get(path)).status).toBe(404)
})
