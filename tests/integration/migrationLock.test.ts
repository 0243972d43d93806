import { setTimeout as sleep } from 'node:timers/promises'

import { withMigrationLock } from '@/db/migrationLock'

import { createTestPayload, type TestPayload } from '../helpers/payload'

let ctx: TestPayload
beforeAll(async () => {
  ctx = await createTestPayload()
})
afterAll(async () => ctx?.close())

test('instances starting together migrate one after the other, never at once', async () => {
  const events: string[] = []
  const migrate = (name: string) =>
    withMigrationLock(ctx.payload, async () => {
      events.push(`${name} start`)
      await sleep(200)
      events.push(`${name} end`)
    })
  await Promise.all([migrate('a'), migrate('b'), migrate('c')])
  // Each start is followed by its own end: no two ran interleaved.
  for (let i = 0; i < events.length; i += 2) expect(events[i + 1]).toBe(events[i].replace('start', 'end'))
  expect(events).toHaveLength(6)
})

test('the lock is released when the work fails', async () => {
  await expect(withMigrationLock(ctx.payload, async () => Promise.reject(new Error('bad migration')))).rejects.toThrow(
    'bad migration',
  )
  await expect(withMigrationLock(ctx.payload, async () => 'next one ran')).resolves.toBe('next one ran')
})
