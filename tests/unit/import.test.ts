/** The programme CSV without a database: reading the table, what cells mean, and Paris time. */
import { current, differences, toData, wanted } from '@/import/compare'
import { readTable, writeTable, type CsvRecord, type RawRow } from '@/import/csv'
import { COLUMNS } from '@/import/format'
import { nextDay, utcToZoned, zonedToUtc } from '@/import/parisTime'
import { parseRow, type ImportRow } from '@/import/rows'

import { screening } from '../helpers/documents'

const table = (input: string | Uint8Array) => {
  const read = readTable(input)
  if (!read.ok) throw new Error(`unreadable: ${read.problem.reason}`)
  return read.table
}

const problemOf = (input: string | Uint8Array) => {
  const read = readTable(input)
  if (read.ok) throw new Error('expected the file to be refused')
  return read.problem
}

const HEADER = 'film,venue,room,date,time'

describe('Paris wall-clock time → UTC', () => {
  const utc = (date: string, time: string) => {
    const result = zonedToUtc(date, time)
    return 'instant' in result ? result.instant.toISOString() : result.error
  }

  test.each([
    ['winter (UTC+1)', '2025-12-13', '20:00', '2025-12-13T19:00:00.000Z'],
    ['summer (UTC+2)', '2025-07-14', '21:30', '2025-07-14T19:30:00.000Z'],
    ['midnight in winter is the previous UTC day', '2025-12-09', '00:30', '2025-12-08T23:30:00.000Z'],
    ['before the spring change (2025-03-30)', '2025-03-30', '01:59', '2025-03-30T00:59:00.000Z'],
    ['after the spring change', '2025-03-30', '03:00', '2025-03-30T01:00:00.000Z'],
    ['the evening of the spring change', '2025-03-30', '20:00', '2025-03-30T18:00:00.000Z'],
    ['before the autumn change (2025-10-26), summer time', '2025-10-26', '01:30', '2025-10-25T23:30:00.000Z'],
    ['the hour that happens twice: the first (summer) one', '2025-10-26', '02:30', '2025-10-26T00:30:00.000Z'],
    ['after the autumn change, winter time', '2025-10-26', '03:00', '2025-10-26T02:00:00.000Z'],
    ['the evening of the autumn change', '2025-10-26', '20:00', '2025-10-26T19:00:00.000Z'],
  ])('%s: %s %s → %s', (_, date, time, expected) => {
    expect(utc(date, time)).toBe(expected)
  })

  test.each([['02:00'], ['02:30'], ['02:59']])('2025-03-30 %s does not exist in Paris', (time) => {
    expect(utc('2025-03-30', time)).toBe('nonexistent')
  })

  test.each([
    ['2025-12-13T19:00:00.000Z', '2025-12-13', '20:00'],
    ['2025-10-26T00:30:00.000Z', '2025-10-26', '02:30'],
    ['2025-10-26T01:30:00.000Z', '2025-10-26', '02:30'],
    ['2025-03-30T01:00:00.000Z', '2025-03-30', '03:00'],
    ['2025-12-31T23:30:00.000Z', '2026-01-01', '00:30'],
  ])('%s reads %s %s in Paris', (instant, date, time) => {
    expect(utcToZoned(instant)).toEqual({ date, time })
  })

  test('the day after the last of the month and of the year', () => {
    expect(nextDay('2025-02-28')).toBe('2025-03-01')
    expect(nextDay('2025-12-31')).toBe('2026-01-01')
  })
})

describe('reading the table', () => {
  test('comma-separated, quotes around a comma and a doubled quote', () => {
    const { delimiter, columns, rows } = table(
      `${HEADER},ticket_url\nmua-do,"Pathé Palace, Paris",Salle 1,2025-12-13,20:00,"https://x.example/?a=""b"""\n`,
    )
    expect(delimiter).toBe(',')
    expect(columns).toEqual(['film', 'venue', 'room', 'date', 'time', 'ticket_url'])
    expect(rows).toEqual([
      {
        row: 2,
        cells: {
          film: 'mua-do',
          venue: 'Pathé Palace, Paris',
          room: 'Salle 1',
          date: '2025-12-13',
          time: '20:00',
          ticket_url: 'https://x.example/?a="b"',
        },
      },
    ])
  })

  test('a French Excel file: semicolons, a byte-order mark, CRLF and commas inside cells', () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(
        'Film;Venue;Room;Date;Time;Subtitles\r\nMưa Đỏ;Pathé Palace;Salle 1, étage;2025-12-13;20:00;fr|en\r\n',
        'utf8',
      ),
    ])
    const { delimiter, rows } = table(bytes)
    expect(delimiter).toBe(';')
    expect(rows).toEqual([
      {
        row: 2,
        cells: {
          film: 'Mưa Đỏ',
          venue: 'Pathé Palace',
          room: 'Salle 1, étage',
          date: '2025-12-13',
          time: '20:00',
          subtitles: 'fr|en',
        },
      },
    ])
  })

  test('row numbers are file lines: blank lines are skipped and a quoted line break counts', () => {
    const { rows } = table(
      `${HEADER}\r\na,v,"two\r\nlines",2025-12-13,20:00\r\n\r\n;;;;\r\nb,v,,2025-12-13,21:00\r\n`.replace(
        ';;;;',
        ',,,,',
      ),
    )
    expect(rows.map((r) => [r.row, r.cells.film])).toEqual([
      [2, 'a'],
      [6, 'b'],
    ])
    expect(rows[0].cells.room).toBe('two\nlines')
  })

  test('header names are case- and spacing-insensitive', () => {
    expect(table('FILM,Venue, Date ,time,End time,audio-language\nx,y,2025-12-13,20:00,22:00,vi').columns).toEqual([
      'film',
      'venue',
      'date',
      'time',
      'end_time',
      'audio_language',
    ])
  })

  test('decomposed Unicode (macOS) is composed, so titles compare equal', () => {
    const { rows } = table(`${HEADER}\n${'Mưa Đỏ'.normalize('NFD')},v,,2025-12-13,20:00`)
    expect(rows[0].cells.film).toBe('Mưa Đỏ'.normalize('NFC'))
  })

  test('a short row has empty cells; a cell past the header is a problem of its row', () => {
    const { rows, problems } = table(`${HEADER},status\na,v\nb,v,,2025-12-13,20:00,scheduled,oops`)
    expect(rows[0].cells).toEqual({ film: 'a', venue: 'v', room: '', date: '', time: '', status: '' })
    expect(problems).toEqual([{ row: 3, reason: expect.stringMatching(/Cell 7 \("oops"\) has no column name/) }])
  })

  test.each([
    ['an unknown column', `${HEADER},subtitle\n`, /Unknown column "subtitle"/],
    ['a missing required column', 'film,venue,date\nx,y,2025-12-13', /lacks time/],
    ['a repeated column', `${HEADER},film\n`, /"film" appears more than once/],
    ['an empty file', '\r\n  \n', /empty/],
    ['a header without rows', `${HEADER}\n`, /no screenings/],
    ['an unclosed quote', `${HEADER}\nx,"y,,2025-12-13,20:00\n`, /Not readable as CSV/],
  ])('refuses %s', (_, input, reason) => {
    expect(problemOf(input).reason).toMatch(reason)
  })

  test('refuses bytes that are not UTF-8 (a Windows-1252 export)', () => {
    const latin1 = Buffer.from(`${HEADER}\nx,Cin\xe9ma,,2025-12-13,20:00\n`, 'latin1')
    expect(problemOf(latin1)).toEqual({ row: 1, reason: expect.stringMatching(/not UTF-8.*CSV UTF-8/) })
  })

  test('what the export writes reads back cell for cell', () => {
    const record = Object.fromEntries(COLUMNS.map((column) => [column, ''])) as CsvRecord
    const written = writeTable(
      [
        {
          ...record,
          film: 'mua-do',
          venue: 'a;b',
          room: 'Salle "1", haut',
          date: '2025-12-13',
          time: '20:00',
          subtitles: 'fr en',
        },
      ],
      ';',
    )
    expect(written.startsWith('\uFEFFfilm;venue;room;')).toBe(true)
    expect(written).toContain('\r\n')
    const { rows } = table(Buffer.from(written, 'utf8'))
    expect(rows[0].cells).toEqual({
      ...record,
      film: 'mua-do',
      venue: 'a;b',
      room: 'Salle "1", haut',
      date: '2025-12-13',
      time: '20:00',
      subtitles: 'fr en',
    })
  })

  test.each(['=HYPERLINK("https://evil.example","Tickets")', '+33 1 23', '-1 (basement)', '@SUM(A1)', '\tTab'])(
    'a cell starting like a formula (%j) is written behind a quote, and reads back as it was',
    (room) => {
      const record = Object.fromEntries(COLUMNS.map((column) => [column, ''])) as CsvRecord
      const written = writeTable([
        { ...record, film: 'mua-do', venue: 'pathe-palace', room, date: '2025-12-13', time: '20:00' },
      ])
      const cell = written.split('\r\n')[1]!.split(',')[2]!
      expect(cell.replace(/^"|"$/g, '').startsWith(`'${room[0]}`)).toBe(true)
      expect(table(written).rows[0].cells.room).toBe(room)
    },
  )

  test("a quote typed before other text is kept: only the export's protection is removed", () => {
    expect(table(`${HEADER}\nmua-do,pathe-palace,'Salle 1,2025-12-13,20:00\n`).rows[0].cells.room).toBe("'Salle 1")
  })
})

describe('what a row means', () => {
  const raw = (cells: RawRow['cells'], row = 2): RawRow => ({
    row,
    cells: { film: 'mua-do', venue: 'pathe-palace', date: '2025-12-13', time: '20:00', ...cells },
  })
  const ok = (cells: RawRow['cells']): ImportRow => {
    const result = parseRow(raw(cells))
    if (!result.ok) throw new Error(JSON.stringify(result.problems))
    return result.value
  }
  const problems = (cells: RawRow['cells']) => {
    const result = parseRow(raw(cells, 7))
    if (result.ok) throw new Error('expected problems')
    return result.problems
  }

  test('a full row', () => {
    expect(
      ok({
        room: ' Salle 1 ',
        end_time: '22:04',
        version: 'Original',
        audio_language: 'vi',
        subtitles: 'fr | en fr',
        sdh: 'yes',
        audio_description: '0',
        step_free: 'TRUE',
        labels: 'international-premiere closing-night',
        ticket_url: 'https://tickets.example/mua-do',
        status: 'sold-out',
        edition: 'vietnamese-film-week-2025',
      }),
    ).toEqual({
      row: 2,
      film: 'mua-do',
      venue: 'pathe-palace',
      room: 'Salle 1',
      date: '2025-12-13',
      time: '20:00',
      start: '2025-12-13T19:00:00.000Z',
      end: '2025-12-13T21:04:00.000Z',
      version: 'original',
      audioLanguage: 'vi',
      subtitles: ['fr', 'en'],
      sdh: true,
      audioDescription: false,
      stepFree: true,
      labels: ['international-premiere', 'closing-night'],
      ticketUrl: 'https://tickets.example/mua-do',
      status: 'sold-out',
      edition: 'vietnamese-film-week-2025',
    })
  })

  test('columns not in the file stay undefined; empty cells take the defaults', () => {
    const absent = ok({})
    expect(absent.end).toBeUndefined()
    expect(absent.status).toBeUndefined()
    expect(absent.subtitles).toBeUndefined()
    const empty = ok({
      room: '',
      end_time: '',
      version: '',
      subtitles: '',
      sdh: '',
      status: '',
      ticket_url: '',
      edition: '',
    })
    expect(empty).toMatchObject({
      room: null,
      end: null,
      version: 'original',
      subtitles: [],
      sdh: false,
      status: 'scheduled',
      ticketUrl: null,
      edition: null,
    })
  })

  test('tickets: availability, the Paris time sales open, and prices with their labels', () => {
    expect(
      ok({
        ticket_availability: 'On-Sale-From',
        tickets_on_sale: '2025-11-17 10:00',
        prices: 'full 12 EUR | reduced 9,50 | Under-26 6 eur',
      }),
    ).toMatchObject({
      ticketAvailability: 'on-sale-from',
      ticketsOnSale: '2025-11-17T09:00:00.000Z',
      prices: [
        { label: 'full', amount: 12, currency: 'EUR' },
        { label: 'reduced', amount: 9.5, currency: 'EUR' },
        { label: 'under-26', amount: 6, currency: 'EUR' },
      ],
    })
    expect(ok({ ticket_availability: '', tickets_on_sale: '', prices: '' })).toMatchObject({
      ticketAvailability: null,
      ticketsOnSale: null,
      prices: [],
    })
  })

  test('Excel times with seconds and without a leading zero', () => {
    expect(ok({ time: '9:05' }).time).toBe('09:05')
    expect(ok({ time: '20:00:00' }).start).toBe('2025-12-13T19:00:00.000Z')
  })

  test('an end before the start is after midnight; across the autumn change it is still right', () => {
    expect(ok({ time: '23:00', end_time: '01:10' }).end).toBe('2025-12-14T00:10:00.000Z')
    expect(ok({ date: '2025-10-25', time: '23:30', end_time: '01:30' }).end).toBe('2025-10-25T23:30:00.000Z')
  })

  test.each([
    ['film', { film: ' ' }, /Missing: the film/],
    ['date', { date: '13/12/2025' }, /day\/month\/year: write dates as YYYY-MM-DD/],
    ['date', { date: '2025-02-30' }, /not a date as YYYY-MM-DD/],
    ['time', { time: '8pm' }, /not a time as HH:MM/],
    ['time', { date: '2025-03-30', time: '02:30' }, /does not exist in Paris/],
    ['end_time', { end_time: '20:00' }, /leave it empty/],
    ['version', { version: 'vfx' }, /"vfx" is not a version: use original, dubbed/],
    ['audio_language', { audio_language: 'vn' }, /"vn" is not a language code/],
    ['subtitles', { subtitles: 'fr jp' }, /"jp": not language codes/],
    ['sdh', { sdh: 'maybe' }, /"maybe" is not yes or no/],
    ['labels', { labels: 'premiere' }, /"premiere": not screening labels/],
    ['ticket_url', { ticket_url: 'www.tickets.example' }, /not a valid web address/],
    ['status', { status: 'postponed' }, /"postponed" is not a status/],
    ['ticket_availability', { ticket_availability: 'soon' }, /"soon" is not a ticket availability: use on-sale-from/],
    ['tickets_on_sale', { tickets_on_sale: '17/11/2025 10:00' }, /not a Paris date and time as YYYY-MM-DD HH:MM/],
    ['prices', { prices: 'full 12 EUR | senior 8 EUR' }, /"senior 8 EUR" is not a price/],
    ['prices', { prices: 'full twelve' }, /"full twelve" is not a price/],
  ])('%s: %j is refused', (column, cells, reason) => {
    expect(problems(cells)).toEqual([{ row: 7, column, reason: expect.stringMatching(reason) }])
  })

  test('every problem of a row is reported, each with its column', () => {
    expect(problems({ film: '', time: 'noon', sdh: 'oui' }).map((p) => p.column)).toEqual(['film', 'time', 'sdh'])
  })
})

describe('a row against its screening', () => {
  const row = (cells: RawRow['cells']): ImportRow => {
    const result = parseRow({
      row: 2,
      cells: { film: 'mua-do', venue: 'pathe-palace', date: '2025-12-13', time: '20:00', ...cells },
    })
    if (!result.ok) throw new Error(JSON.stringify(result.problems))
    return result.value
  }
  // 20:00 Paris, end estimated from the runtime, French and English subtitles.
  const doc = screening({ endIsEstimated: true, subtitles: ['fr', 'en'], ticketUrl: 'https://tickets.example/7' })

  test('columns the file leaves out are not compared', () => {
    expect(differences(wanted(row({}), undefined), current(doc))).toEqual([])
  })

  test('an estimated end is no end; list order does not matter; defaults fill empty fields', () => {
    const same = row({
      end_time: '',
      subtitles: 'en|fr',
      version: '',
      sdh: 'no',
      labels: '',
      ticket_url: 'https://tickets.example/7',
      status: '',
    })
    expect(differences(wanted(same, 1000), current(doc))).toEqual([])
  })

  test('what differs, and the data that writes it: null clears, the accessibility group is written whole', () => {
    const changed = row({ end_time: '22:30', ticket_url: '', step_free: 'yes', status: 'sold-out' })
    const keys = differences(wanted(changed, undefined), current(doc))
    expect(keys).toEqual(['end', 'stepFree', 'ticketUrl', 'status'])
    expect(toData(wanted(changed, undefined), keys, current(doc))).toEqual({
      end: '2025-12-13T21:30:00.000Z',
      end_tz: 'Europe/Paris',
      ticketUrl: null,
      status: 'sold-out',
      accessibility: { sdh: false, audioDescription: false, stepFree: true },
    })
    // An explicit end set back to empty returns to the runtime.
    const explicit = screening({ endIsEstimated: false })
    expect(toData(wanted(row({ end_time: '' }), undefined), ['end'], current(explicit))).toEqual({ end: null })
  })
})
