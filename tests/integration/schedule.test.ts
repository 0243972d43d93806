/**
 * Scheduled publishing: Payload queues a job with the time an editor picks;
 * the runner publishes (or unpublishes) the document when it is due.
 */
import { JOB_RUNNER_LOCK, jobRunnerLock } from '@/ops/jobRunnerLock'

import { createTestPayloadWithRefs, minimal, type Refs } from '../helpers/fixtures'
import type { TestPayload } from '../helpers/payload'

let ctx: TestPayload
let refs: Refs
beforeAll(async () => ({ ctx, refs } = await createTestPayloadWithRefs()))
afterAll(async () => ctx?.close())

const schedule = (id: number, type: 'publish' | 'unpublish', waitUntil: Date) =>
  ctx.payload.jobs.queue({
    task: 'schedulePublish',
    input: { type, doc: { relationTo: 'films', value: id } },
    waitUntil,
  })

test('a due publication is carried out by the runner; a future one waits', async () => {
  const { payload } = ctx
  const due = await payload.create({
    collection: 'films',
    draft: true,
    data: { ...minimal.films(refs), _status: 'draft' },
  })
  const later = await payload.create({
    collection: 'films',
    draft: true,
    data: { ...minimal.films(refs), _status: 'draft' },
  })
  await schedule(due.id, 'publish', new Date(Date.now() - 1000))
  await schedule(later.id, 'publish', new Date(Date.now() + 3_600_000))
  await payload.jobs.run({ allQueues: true })
  expect((await payload.findByID({ collection: 'films', id: due.id }))._status).toBe('published')
  expect((await payload.findByID({ collection: 'films', id: later.id }))._status).toBe('draft')
})

test('a scheduled unpublication takes the film off the site', async () => {
  const { payload } = ctx
  const film = await payload.create({ collection: 'films', data: { ...minimal.films(refs), _status: 'published' } })
  await schedule(film.id, 'unpublish', new Date(Date.now() - 1000))
  await payload.jobs.run({ allQueues: true })
  const { docs } = await payload.find({
    collection: 'films',
    where: { id: { equals: film.id } },
    overrideAccess: false,
  })
  expect(docs).toEqual([])
})

test('only a running Next server with JOBS_RUNNER runs the queue by itself', async () => {
  const { jobs } = ctx.payload.config
  expect(await jobs.shouldAutoRun?.(ctx.payload)).toBe(false)
})

test('of several runners, only the one holding the advisory lock runs jobs; another takes over when it stops', async () => {
  const [first, second] = [jobRunnerLock(ctx.databaseUrl), jobRunnerLock(ctx.databaseUrl)]
  try {
    expect(await first.held()).toBe(true)
    expect(await second.held()).toBe(false)
    // Every tick asks again: the holder keeps it, the other still waits.
    expect([await first.held(), await second.held()]).toEqual([true, false])
    await first.release()
    expect(await second.held()).toBe(true)
    expect(await first.held()).toBe(false)
  } finally {
    await Promise.all([first.release(), second.release()])
  }
})

test('a runner whose connection is killed loses the lock to the next one', async () => {
  const [first, second] = [jobRunnerLock(ctx.databaseUrl), jobRunnerLock(ctx.databaseUrl)]
  try {
    expect(await first.held()).toBe(true)
    // As when the holder's process dies or its connection drops: its session ends.
    const killed = await ctx.payload.db.pool.query(
      "SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND granted AND ((classid::bigint << 32) | objid::bigint) = $1",
      [JOB_RUNNER_LOCK],
    )
    expect(killed.rowCount).toBe(1)
    expect(await second.held()).toBe(true)
    expect(await first.held()).toBe(false)
  } finally {
    await Promise.all([first.release(), second.release()])
  }
})
