import { findClashes, travelMinutes, type Slot } from '@/myFestival/clashes'
import { decodeShare, encodeShare } from '@/myFestival/saved'
import { editionPhase, nextEdition } from '@/lib/editionPhase'

const palace = { latitude: 48.8706, longitude: 2.3317 }
// About 5 km away, across the river (13th arrondissement).
const southEast = { latitude: 48.8266, longitude: 2.3718 }

const slot = (id: number, start: string, end: string, venue = 'palace', geo: Slot['geo'] = palace): Slot => ({
  id,
  film: `Film ${id}`,
  start,
  end,
  venue,
  geo,
})

describe('clashes in a personal schedule', () => {
  test('two screenings that overlap', () => {
    const clashes = findClashes([
      slot(2, '2025-12-13T19:00:00Z', '2025-12-13T21:04:00Z'),
      slot(1, '2025-12-13T17:30:00Z', '2025-12-13T19:34:00Z'),
    ])
    expect(clashes).toEqual([
      { kind: 'overlap', first: expect.objectContaining({ id: 1 }), second: expect.objectContaining({ id: 2 }) },
    ])
  })

  test('back to back in one venue is fine; at another venue it needs the travel time', () => {
    const first = slot(1, '2025-12-13T17:00:00Z', '2025-12-13T18:50:00Z')
    expect(findClashes([first, slot(2, '2025-12-13T19:00:00Z', '2025-12-13T21:00:00Z')])).toEqual([])
    const elsewhere = slot(3, '2025-12-13T19:00:00Z', '2025-12-13T21:00:00Z', 'centre', southEast)
    expect(findClashes([first, elsewhere])).toEqual([{ kind: 'travel', first, second: elsewhere, gapMinutes: 10 }])
    // With an hour between them there is time.
    expect(findClashes([first, { ...elsewhere, start: '2025-12-13T19:50:00Z' }])).toEqual([])
  })

  test('travel time grows with distance, and is half an hour when a place is unknown', () => {
    const a = slot(1, '', '')
    expect(travelMinutes(a, a)).toBe(0)
    expect(travelMinutes(a, slot(2, '', '', 'centre', southEast))).toBe(33) // 10 + 4 × 5.7 km
    expect(travelMinutes(a, slot(2, '', '', 'elsewhere', null))).toBe(30)
  })
})

describe('the share link', () => {
  test('round-trips a list, sorted and without duplicates', () => {
    expect(encodeShare([34, 12, 34])).toBe('12.34')
    expect(decodeShare('12.34')).toEqual([12, 34])
  })
  test('ignores what is not a screening id', () => {
    expect(decodeShare('12.abc.-3.0.1e3.<script>')).toEqual([12, 1000])
    expect(decodeShare(null)).toEqual([])
  })
})

describe('where the site is in the festival year', () => {
  const edition = { startDate: '2025-12-08T12:00:00.000Z', endDate: '2025-12-13T12:00:00.000Z' }
  test.each([
    ['2025-11-20T10:00:00Z', 'before'],
    ['2025-12-07T22:59:00Z', 'before'], // 23:59 in Paris on the 7th
    ['2025-12-07T23:00:00Z', 'during'], // midnight in Paris on the 8th
    ['2025-12-13T22:00:00Z', 'during'],
    ['2025-12-13T23:00:00Z', 'after'],
    ['2026-12-02T00:00:00Z', 'after'],
  ])('at %s it is %s', (now, phase) => {
    expect(editionPhase(edition, new Date(now))).toBe(phase)
  })
  test('the next edition is the first one still to start', () => {
    const editions = [edition, { startDate: '2027-12-01T12:00:00.000Z' }, { startDate: '2026-12-07T12:00:00.000Z' }]
    expect(nextEdition(editions, new Date('2026-12-02T00:00:00Z'))).toEqual({ startDate: '2026-12-07T12:00:00.000Z' })
    expect(nextEdition([edition], new Date('2026-12-02T00:00:00Z'))).toBeNull()
  })
})
