import ICAL from 'ical.js'

import { buildCalendar, calendarResponse, type CalendarInput } from '@/calendar/ics'
import type { ScreeningRow } from '@/data/views'
import type { Screening } from '@/payload-types'

import { film, person, screening, venue } from '../helpers/documents'

/** Parses with ical.js, an independent implementation, rather than reading our own strings back. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text))
  const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component))
  return { calendar, events, byUid: (uid: string) => events.find((event) => event.uid === uid) }
}

/** A screening as the data layer resolves it: the demo film and venue, no guests unless given. */
const row = (
  overrides: Partial<Screening> = {},
  shown: Partial<Omit<ScreeningRow, 'screening'>> = {},
): ScreeningRow => ({ screening: screening(overrides), film: film(), venue: venue(), guests: [], ...shown })

const input = (overrides: Partial<CalendarInput> = {}): CalendarInput => ({
  name: 'Vietnamese Film Week 2025',
  locale: 'en',
  siteUrl: 'https://filmweek.example',
  rows: [row()],
  ...overrides,
})

// A server far from Paris: festival times must not follow the process's zone.
const originalTz = process.env.TZ
beforeAll(() => {
  process.env.TZ = 'America/New_York'
})
afterAll(() => {
  process.env.TZ = originalTz
})

test('the UID comes from the screening id, the same in every build and locale', () => {
  const first = parse(buildCalendar(input()))
  const again = parse(
    buildCalendar(input({ locale: 'vi', rows: [row({ id: 8, start: '2025-12-12T18:00:00.000Z' }), row()] })),
  )
  expect(first.events.map((event) => event.uid)).toEqual(['screening-7@filmweek'])
  expect(again.events.map((event) => event.uid)).toEqual(['screening-8@filmweek', 'screening-7@filmweek'])
})

test('times are festival wall-clock times under TZID=Europe/Paris, backed by a VTIMEZONE', () => {
  const text = buildCalendar(input({ rows: [row(), row({ id: 9, start: '2025-07-01T19:00:00.000Z', end: null })] }))
  const { calendar, byUid } = parse(text)

  const zones = calendar.getAllSubcomponents('vtimezone')
  expect(zones.map((zone) => zone.getFirstPropertyValue('tzid'))).toEqual(['Europe/Paris'])
  expect(text).toContain('DTSTART;TZID=Europe/Paris:20251213T200000')

  const winter = byUid('screening-7@filmweek')!
  expect(winter.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/Paris')
  expect(winter.startDate.toString()).toBe('2025-12-13T20:00:00')
  // Resolving through the file's own VTIMEZONE gives back the stored instants.
  expect(winter.startDate.toJSDate().toISOString()).toBe('2025-12-13T19:00:00.000Z')
  expect(winter.endDate.toJSDate().toISOString()).toBe('2025-12-13T21:04:00.000Z')

  // Summer time is UTC+2; without an end, the film's runtime (124 min) gives one.
  const summer = byUid('screening-9@filmweek')!
  expect(summer.startDate.toString()).toBe('2025-07-01T21:00:00')
  expect(summer.endDate.toJSDate().toISOString()).toBe('2025-07-01T21:04:00.000Z')
})

test('DTSTAMP is UTC, from the screening’s last change', () => {
  const [event] = parse(buildCalendar(input())).events
  expect(event.component.getFirstProperty('dtstamp')?.toICALString()).toBe('DTSTAMP:20251120T093000Z')
})

test('SEQUENCE follows icsSequence, 0 when unset', () => {
  const { byUid } = parse(buildCalendar(input({ rows: [row({ icsSequence: 3 }), row({ id: 8, icsSequence: null })] })))
  expect(byUid('screening-7@filmweek')!.sequence).toBe(3)
  expect(byUid('screening-8@filmweek')!.sequence).toBe(0)
})

test.each([
  ['cancelled', 'CANCELLED'],
  ['scheduled', 'CONFIRMED'],
  ['sold-out', 'CONFIRMED'],
  ['rescheduled', 'CONFIRMED'],
] as const)('status %s gives STATUS:%s', (status, expected) => {
  const [event] = parse(buildCalendar(input({ rows: [row({ status })] }))).events
  expect(event.component.getFirstPropertyValue('status')).toBe(expected)
  expect(event.summary).toBe(status === 'cancelled' ? 'Cancelled · Red Rain (Mưa Đỏ)' : 'Red Rain (Mưa Đỏ)')
})

test('summary, location, link and details are in the page’s language', () => {
  const text = buildCalendar(
    input({
      locale: 'fr',
      rows: [
        row(
          {
            room: 'Salle 1',
            version: 'original',
            subtitles: ['fr', 'en'],
            guestEvent: 'qa',
            guests: [100],
            ticketUrl: 'https://tickets.example/1',
          },
          { film: film({ title: 'Pluie rouge' }), guests: [person()] },
        ),
      ],
    }),
  )
  const [event] = parse(text).events
  expect(event.summary).toBe('Pluie rouge (Mưa Đỏ)')
  expect(event.location).toBe('Pathé Palace\n2 boulevard des Capucines, 75009 Paris, France')
  expect(event.component.getFirstPropertyValue('url')).toBe('https://filmweek.example/fr/films/mua-do')
  expect(event.description.split('\n')).toEqual([
    // French typography: a narrow no-break space before the colon.
    'Salle\u202f: Salle 1',
    'Version originale, sous-titres\u202f: français, anglais',
    expect.stringContaining('Đặng Thái Huyền'),
    expect.stringContaining('https://tickets.example/1'),
    'https://filmweek.example/fr/films/mua-do',
  ])
  expect(event.component.getFirstPropertyValue('geo')).toEqual([48.8706, 2.3317])
})

test('the title gives the original only when it differs, and the calendar name is escaped', () => {
  const { calendar, events } = parse(
    buildCalendar(input({ name: 'Film Week; Paris, 2025', rows: [row({}, { film: film({ title: 'Mưa Đỏ' }) })] })),
  )
  expect(events[0].summary).toBe('Mưa Đỏ')
  // NAME (RFC 7986) is TEXT, which ical.js does not know: decode it with ical.js's TEXT rules.
  const raw = String(calendar.getFirstPropertyValue('name'))
  expect(raw).toBe('Film Week\\; Paris\\, 2025')
  expect(ICAL.design.icalendar.value.text.fromICAL(raw)).toBe('Film Week; Paris, 2025')
})

test('without a VTIMEZONE source, times go out in UTC rather than under an unresolvable TZID', () => {
  const text = buildCalendar(input({ vtimezone: () => null }))
  expect(text).not.toContain('TZID')
  expect(text).toContain('DTSTART:20251213T190000Z')
})

test('calendarResponse serves text/calendar as a named .ics download', async () => {
  const response = calendarResponse('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n', 'mua-do')
  expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
  expect(response.headers.get('content-disposition')).toBe('attachment; filename="mua-do.ics"')
  expect(calendarResponse('', 'a "b"/c.ics').headers.get('content-disposition')).toBe(
    'attachment; filename="a-b-c.ics"',
  )
  expect(await response.text()).toBe('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n')
})

/**
 * RFC 5545 read to the letter, where tolerant parsers (ical.js included)
 * forgive: every content line ends with CRLF, the last one too (§3.1); no
 * bare CR or LF; lines at most 75 octets (§3.1); calendar properties come
 * before the first component (§3.6); BEGIN/END nest and match.
 */
function strictProblems(text: string): string[] {
  const problems: string[] = []
  if (!text.endsWith('END:VCALENDAR\r\n')) problems.push('the file does not end with END:VCALENDAR CRLF')
  const lines = text.split('\r\n')
  lines.pop()
  const stack: string[] = []
  let componentSeen = false
  for (const [index, line] of lines.entries()) {
    const where = `line ${index + 1}`
    if (/[\r\n]/.test(line)) problems.push(`${where}: bare CR or LF`)
    if (Buffer.byteLength(line, 'utf8') > 75) problems.push(`${where}: longer than 75 octets`)
    if (line.startsWith(' ') || line.startsWith('\t')) continue
    const name = /^([A-Za-z0-9-]+)[;:]/.exec(line)?.[1]?.toUpperCase()
    if (!name) problems.push(`${where}: not a content line`)
    else if (name === 'BEGIN') {
      const component = line.slice(6)
      if (stack.length === 1) componentSeen = true
      stack.push(component)
    } else if (name === 'END') {
      const open = stack.pop()
      if (open !== line.slice(4)) problems.push(`${where}: ${line} closes ${open ?? 'nothing'}`)
    } else if (stack.length === 1 && componentSeen)
      problems.push(`${where}: calendar property ${name} after a component`)
  }
  if (stack.length) problems.push(`unclosed: ${stack.join(', ')}`)
  if (lines[0] !== 'BEGIN:VCALENDAR') problems.push('the file does not start with BEGIN:VCALENDAR')
  return problems
}

test('the strict check itself refuses what tolerant parsers accept', () => {
  const good = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//x//y//EN',
    'X-WR-TIMEZONE:Europe/Paris',
    'BEGIN:VEVENT',
    'UID:1',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n')
  expect(strictProblems(good)).toEqual([])
  expect(strictProblems(good.slice(0, -2))).toContain('the file does not end with END:VCALENDAR CRLF')
  const late = good
    .replace('X-WR-TIMEZONE:Europe/Paris\r\n', '')
    .replace('END:VCALENDAR', 'X-WR-TIMEZONE:Europe/Paris\r\nEND:VCALENDAR')
  expect(strictProblems(late)).toEqual([expect.stringContaining('calendar property X-WR-TIMEZONE after a component')])
  expect(strictProblems(good.replace('UID:1', `UID:${'x'.repeat(80)}`))).toEqual([
    expect.stringContaining('longer than 75 octets'),
  ])
})

test.each(['en', 'fr', 'vi'] as const)(
  'the %s file is RFC 5545 to the letter: CRLF after END:VCALENDAR, X-WR-TIMEZONE before the events',
  (locale) => {
    const text = buildCalendar(
      input({
        locale,
        rows: [
          row(),
          row({
            id: 9,
            start: '2025-12-12T18:00:00.000Z',
            ticketUrl: 'https://tickets.example/a-very-long-path/that/needs/folding/because/it/is/long',
          }),
        ],
      }),
    )
    expect(strictProblems(text)).toEqual([])
    expect(text.indexOf('X-WR-TIMEZONE:Europe/Paris')).toBeLessThan(text.indexOf('BEGIN:VEVENT'))
    expect(parse(text).events).toHaveLength(2)
  },
)
