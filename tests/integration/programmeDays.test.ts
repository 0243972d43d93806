/**
 * A programme too large for one page is paged by day: the page holds the
 * rows of one day (the first with a match unless the query names one), and
 * the day links count what the other filters leave on each day.
 */
import { WHOLE_PROGRAMME_MAX_ROWS, programmeView } from '@/data/programmeView'
import type { Edition } from '@/payload-types'

import { createTestPayloadWithRefs, minimal, type Refs } from '../helpers/fixtures'
import type { TestPayload } from '../helpers/payload'

let ctx: TestPayload
let refs: Refs
let edition: Edition
const DAYS = ['2025-12-09', '2025-12-10', '2025-12-11']
const perDay = Math.ceil((WHOLE_PROGRAMME_MAX_ROWS + 1) / DAYS.length)
let subtitled: number

beforeAll(async () => {
  ;({ ctx, refs } = await createTestPayloadWithRefs())
  const { payload } = ctx
  for (const [index, day] of DAYS.entries())
    for (let slot = 0; slot < perDay; slot += 1)
      await payload.create({
        collection: 'screenings',
        data: {
          ...minimal.screenings(refs),
          start: `${day}T${String(10 + (slot % 12)).padStart(2, '0')}:00:00.000Z`,
          // One screening with French subtitles, on the last day only.
          subtitles: index === DAYS.length - 1 && slot === 0 ? ['fr'] : [],
          _status: 'published',
        },
      })
  subtitled = (await payload.find({ collection: 'screenings', where: { subtitles: { in: ['fr'] } } })).docs[0].id
  edition = await payload.findByID({ collection: 'editions', id: refs.edition })
}, 120_000)
afterAll(async () => ctx?.close())

const read = { locale: 'en' as const }

test('without a day it shows the first one, and every day is linked with its count', async () => {
  const programme = await programmeView(read, edition)
  expect(programme.complete).toBe(false)
  expect(programme.day).toBe(DAYS[0])
  expect(programme.rows).toHaveLength(perDay)
  expect(programme.rows.every(({ screening }) => screening.start.startsWith(DAYS[0]))).toBe(true)
  expect(programme.days.map(({ key, count }) => [key, count])).toEqual(DAYS.map((day) => [day, perDay]))
  // Nothing is hidden on a paged page: it holds what the query asked for.
  expect(programme.shown).toBeUndefined()
})

test('a day in the query is the day shown', async () => {
  const programme = await programmeView(read, edition, { day: DAYS[1] })
  expect(programme.day).toBe(DAYS[1])
  expect(new Set(programme.rows.map(({ screening }) => screening.start.slice(0, 10)))).toEqual(new Set([DAYS[1]]))
})

test('other filters pick the first day they match, and the counts follow them', async () => {
  const programme = await programmeView(read, edition, { subtitles: 'fr' })
  expect(programme.day).toBe(DAYS[2])
  expect(programme.rows.map(({ screening }) => screening.id)).toEqual([subtitled])
  expect(programme.days.map(({ count }) => count)).toEqual([0, 0, 1])
})

test('a day the programme does not have shows nothing, and says which it was', async () => {
  const programme = await programmeView(read, edition, { day: '2024-01-01' })
  expect(programme.rows).toEqual([])
  expect(programme.chosen).toEqual([['day', '2024-01-01']])
})
