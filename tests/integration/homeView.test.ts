/**
 * The home page's view reads only what it shows: the highlighted films and
 * the next few screenings, not the whole line-up. What it shows must be what
 * reading everything gave: unpublished films skipped before counting, the
 * edition's own highlights only.
 */
import { homeView } from '@/data/homeView'

import { createTestPayloadWithRefs, minimal, type Refs } from '../helpers/fixtures'
import type { TestPayload } from '../helpers/payload'

let ctx: TestPayload
let refs: Refs
const ids: Record<string, number> = {}

beforeAll(async () => {
  ;({ ctx, refs } = await createTestPayloadWithRefs())
  const { payload } = ctx
  const other = await payload.create({
    collection: 'editions',
    data: { ...minimal.editions(refs), _status: 'published' },
  })
  await payload.updateGlobal({ slug: 'site', data: { siteName: 'Film Week', currentEdition: refs.edition } })
  const film = async (name: string, programme: { edition: number; highlight: boolean }[], published = true) =>
    (ids[name] = (
      await payload.create({
        collection: 'films',
        draft: !published,
        data: {
          ...minimal.films(refs),
          programme: programme.map((entry) => ({ ...entry, section: 'competition' as const })),
          _status: published ? 'published' : 'draft',
        },
      })
    ).id)
  await film('highlighted', [{ edition: refs.edition, highlight: true }])
  // Highlighted in another edition, only programmed in this one.
  await film('elsewhere', [
    { edition: other.id, highlight: true },
    { edition: refs.edition, highlight: false },
  ])
  await film('unpublished', [{ edition: refs.edition, highlight: true }], false)
  const screening = async (name: string, filmName: string, start: string) =>
    (ids[name] = (
      await payload.create({
        collection: 'screenings',
        data: { ...minimal.screenings(refs), film: ids[filmName], start, _status: 'published' },
      })
    ).id)
  await screening('first', 'unpublished', '2025-12-09T10:00:00.000Z')
  await screening('second', 'highlighted', '2025-12-09T12:00:00.000Z')
  await screening('third', 'elsewhere', '2025-12-09T14:00:00.000Z')
  await screening('fourth', 'highlighted', '2025-12-09T16:00:00.000Z')
}, 60_000)
afterAll(async () => ctx?.close())

const read = { locale: 'en' as const }
const limits = { screenings: 2, quotes: 3 }

test('the next screenings skip those whose film is unpublished, then count', async () => {
  const view = await homeView(read, new Date('2025-12-09T00:00:00.000Z'), limits)
  expect(view?.next.map(({ screening }) => screening.id)).toEqual([ids.second, ids.third])
  expect(view?.venues.map((venue) => venue.id)).toEqual([refs.venue])
})

test('between screenings, the next ones; after the edition, its first ones', async () => {
  const during = await homeView(read, new Date('2025-12-09T13:00:00.000Z'), limits)
  expect(during?.next.map(({ screening }) => screening.id)).toEqual([ids.third, ids.fourth])
  const after = await homeView(read, new Date('2026-01-01T00:00:00.000Z'), limits)
  expect(after?.next.map(({ screening }) => screening.id)).toEqual([ids.second, ids.third])
})

test('highlights are the films this edition highlights, published', async () => {
  const view = await homeView(read, new Date('2025-12-09T00:00:00.000Z'), limits)
  expect(view?.highlights.map(({ film }) => film.id)).toEqual([ids.highlighted])
})
