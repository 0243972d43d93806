/**
 * The committed migrations are the schema's single source of truth (push mode
 * is off). The config's schema must equal the snapshot of the newest
 * migration, which is what `npm run migrate:create` compares: a field added
 * without a migration fails here.
 */
import fs from 'node:fs'
import path from 'node:path'

import { createTestPayload, type TestPayload } from '../helpers/payload'

let ctx: TestPayload
beforeAll(async () => {
  ctx = await createTestPayload()
})
afterAll(async () => ctx?.close())

test('push mode is off', () => {
  expect(ctx.payload.db.push).toBe(false)
})

test('the config has no schema change that a migration does not carry', async () => {
  const { db } = ctx.payload
  const { generateDrizzleJson, generateMigration } = db.requireDrizzleKit()
  const snapshots = fs
    .readdirSync(db.migrationDir)
    .filter((file) => file.endsWith('.json'))
    .sort()
  expect(snapshots.length).toBeGreaterThan(0)
  const latest = JSON.parse(fs.readFileSync(path.join(db.migrationDir, snapshots.at(-1)!), 'utf8'))
  const pending = await generateMigration(latest, await generateDrizzleJson(db.schema))
  expect(pending).toEqual([])
})

test('every committed migration is recorded as applied', async () => {
  const { migrations } = await import('@/db/migrations')
  const { docs } = await ctx.payload.find({ collection: 'payload-migrations', limit: 100, sort: 'name' })
  expect(docs.map((doc) => doc.name)).toEqual(migrations.map((migration) => migration.name))
})

test('every table of translations is indexed by its parent (src/db/localeIndexes.ts)', async () => {
  // Tables whose name ends in _locales, and those among them with an index whose first column is _parent_id.
  const { rows } = await ctx.payload.db.pool.query<{ table: string; indexed: boolean }>(`
    SELECT t.tablename AS table,
           EXISTS (SELECT 1 FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
                   WHERE i.indrelid = (quote_ident(t.schemaname) || '.' || quote_ident(t.tablename))::regclass AND a.attname = '_parent_id') AS indexed
    FROM pg_tables t WHERE t.schemaname = 'public' AND t.tablename LIKE '%\\_locales'`)
  expect(rows.length).toBeGreaterThan(10)
  expect(rows.filter((row) => !row.indexed).map((row) => row.table)).toEqual([])
})
