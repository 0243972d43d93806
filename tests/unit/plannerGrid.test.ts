/** The programme planner's grid without a database: rows, Paris hours, overlaps, days outside the edition, slot starts. */
import { buildGrid, findOverlaps, type PlannerScreening } from '@/admin/planner/grid'

const edition = { id: 1, name: 'Week', startDate: '2025-12-08T12:00:00.000Z', endDate: '2025-12-13T12:00:00.000Z' }
const venues = [
  { id: 1, name: 'Pathé Palace', rooms: [] },
  { id: 2, name: 'Studio', rooms: ['Salle 1', 'Salle 2'] },
]
const screening = (id: number, patch: Partial<PlannerScreening>): PlannerScreening => ({
  id,
  film: `Film ${id}`,
  venue: 1,
  room: null,
  start: '2025-12-13T19:00:00.000Z',
  end: '2025-12-13T21:04:00.000Z',
  status: 'scheduled',
  ticketUrl: null,
  draft: false,
  ...patch,
})

const rowsOf = (grid: ReturnType<typeof buildGrid>, date: string) =>
  grid.days.find((day) => day.date === date)?.rows ?? []

test('one row per listed room, one whole-venue row for a venue without rooms, in Paris time', () => {
  const grid = buildGrid({ edition, venues, screenings: [screening(1, {})] })
  expect(grid.days.map((day) => day.date)).toEqual([
    '2025-12-08',
    '2025-12-09',
    '2025-12-10',
    '2025-12-11',
    '2025-12-12',
    '2025-12-13',
  ])
  expect(rowsOf(grid, '2025-12-13').map(({ row }) => row.label)).toEqual([
    'Pathé Palace',
    'Studio · Salle 1',
    'Studio · Salle 2',
  ])
  const [block] = rowsOf(grid, '2025-12-13')[0].blocks
  expect([block.from, block.until]).toEqual(['20:00', '22:04'])
  // 10:00 to midnight: 20:00 is 10 of 14 hours in.
  expect(grid.hours[0]).toBe(10)
  expect(block.left).toBeCloseTo((10 / 14) * 100)
  expect(block.overlaps).toEqual([])
})

test('screenings overlapping in one room are flagged both ways; other rooms and cancelled ones are not', () => {
  const screenings = [
    screening(1, {}),
    screening(2, { start: '2025-12-13T20:30:00.000Z', end: '2025-12-13T22:00:00.000Z' }),
    screening(3, { venue: 2, room: 'Salle 1' }),
    screening(4, { venue: 2, room: 'salle 2 ' }),
    screening(5, { status: 'cancelled' }),
    screening(6, { start: '2025-12-13T21:04:00.000Z', end: '2025-12-13T23:00:00.000Z' }),
  ]
  const overlaps = findOverlaps(screenings)
  expect(Object.fromEntries(overlaps)).toEqual({ 1: [2], 2: [1, 6], 6: [2] })
  const grid = buildGrid({ edition, venues, screenings })
  expect(grid.conflicts).toBe(3)
  // "salle 2 " sits in the venue's "Salle 2" row.
  expect(rowsOf(grid, '2025-12-13')[2].blocks.map((block) => block.id)).toEqual([4])
})

test('a screening outside the edition adds its day, flagged, and widens the hours', () => {
  const grid = buildGrid({
    edition,
    venues,
    screenings: [screening(1, { start: '2025-12-15T07:30:00.000Z', end: '2025-12-15T09:00:00.000Z' })],
  })
  const day = grid.days.at(-1)
  expect(day?.date).toBe('2025-12-15')
  expect(day?.outsideEdition).toBe(true)
  expect(day?.rows[0].blocks[0].outsideEdition).toBe(true)
  expect(grid.outside).toBe(1)
  expect(grid.hours[0]).toBe(8)
})

test('each empty hour links to its own start, as the instant of that Paris hour', () => {
  const grid = buildGrid({ edition, venues, screenings: [] })
  const slots = rowsOf(grid, '2025-12-13')[0].slots
  expect(slots[0]).toEqual({ hour: 10, start: '2025-12-13T09:00:00.000Z' })
  expect(slots.at(-1)).toEqual({ hour: 23, start: '2025-12-13T22:00:00.000Z' })
})

test('a room a screening names that the venue does not list gets a row of its own', () => {
  const grid = buildGrid({ edition, venues, screenings: [screening(1, { venue: 2, room: 'Terrasse' })] })
  expect(rowsOf(grid, '2025-12-13').map(({ row }) => row.label)).toEqual([
    'Pathé Palace',
    'Studio · Salle 1',
    'Studio · Salle 2',
    'Studio · Terrasse',
  ])
})
