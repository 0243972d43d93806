/**
 * Drafts are validated (src/collections/editorial.ts): the admin's create view
 * can no longer store an empty draft, and the migration that cleans the ones
 * stored before removes exactly those, never a draft with content.
 */
import { ValidationError } from 'payload'

import { dashboardData } from '@/admin/dashboardData'
import { deleteEmptyDrafts } from '@/collections/emptyDrafts'

import { createTestPayloadWithRefs, minimal, type Refs } from '../helpers/fixtures'
import type { TestPayload } from '../helpers/payload'

let ctx: TestPayload
let refs: Refs
beforeAll(async () => ({ ctx, refs } = await createTestPayloadWithRefs()))
afterAll(async () => ctx?.close())

const screeningDrafts = async () =>
  (await dashboardData(ctx.payload)).drafts.find((entry) => entry.collection === 'screenings')?.count ?? 0

test('an empty draft is refused, naming the fields it lacks', async () => {
  const attempt = ctx.payload.create({ collection: 'screenings', draft: true, data: { _status: 'draft' } as never })
  await expect(attempt).rejects.toBeInstanceOf(ValidationError)
  await expect(attempt).rejects.toMatchObject({
    data: {
      errors: expect.arrayContaining([
        expect.objectContaining({ path: 'film' }),
        expect.objectContaining({ path: 'start' }),
      ]),
    },
  })
})

test('a draft that overlaps another screening in the same room is refused, not stored', async () => {
  const { payload } = ctx
  const slot = { ...minimal.screenings(refs), start: '2025-12-10T18:00:00.000Z', room: null }
  await payload.create({ collection: 'screenings', data: { ...slot, _status: 'published' } })
  const before = await payload.count({ collection: 'screenings', overrideAccess: true })
  const attempt = payload.create({
    collection: 'screenings',
    draft: true,
    data: { ...slot, start: '2025-12-10T18:30:00.000Z', _status: 'draft' },
  })
  await expect(attempt).rejects.toMatchObject({
    data: { errors: [expect.objectContaining({ path: 'start', message: expect.stringMatching(/^Overlaps with/) })] },
  })
  expect((await payload.count({ collection: 'screenings', overrideAccess: true })).totalDocs).toBe(before.totalDocs)
})

test('the clean-up removes the empty drafts left by the old create view, and only them', async () => {
  const { payload } = ctx
  const kept = await payload.create({
    collection: 'screenings',
    draft: true,
    data: { ...minimal.screenings(refs), start: '2025-12-11T09:00:00.000Z', _status: 'draft' },
  })
  const before = await screeningDrafts()
  // What Payload's create view stored on opening: the defaults and nothing else, with its version (written below validation, as it was then).
  const storeEmpty = async (collection: 'films' | 'screenings', data: Record<string, unknown>) => {
    const doc = await payload.db.create({ collection, data: { _status: 'draft', ...data } })
    const now = new Date().toISOString()
    await payload.db.createVersion({
      collectionSlug: collection,
      parent: doc.id,
      versionData: { ...doc },
      autosave: false,
      createdAt: now,
      updatedAt: now,
    })
    return doc
  }
  const empties = await Promise.all(
    [1, 2].map(() => storeEmpty('screenings', { status: 'scheduled', version: 'original', guestEvent: 'none' })),
  )
  const emptyFilm = await storeEmpty('films', {})
  expect(await screeningDrafts()).toBe(before + 2)

  const deleted = await deleteEmptyDrafts(payload)
  expect(deleted).toEqual({ screenings: 2, films: 1 })
  expect(await screeningDrafts()).toBe(before)
  expect(
    (await payload.countVersions({ collection: 'screenings', where: { parent: { in: empties.map((doc) => doc.id) } } }))
      .totalDocs,
  ).toBe(0)
  for (const { id } of empties)
    expect(await payload.findByID({ collection: 'screenings', id, draft: true, disableErrors: true })).toBeNull()
  expect(await payload.findByID({ collection: 'films', id: emptyFilm.id, draft: true, disableErrors: true })).toBeNull()
  expect((await payload.findByID({ collection: 'screenings', id: kept.id, draft: true }))._status).toBe('draft')
})
