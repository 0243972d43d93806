/**
 * npm run db:backup / db:restore, through the scripts themselves: a backup
 * restored into an empty database holds every document as it was; a restore
 * that fails partway leaves the target untouched; a database that is not empty is
 * refused without --clean and replaced with it.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import pg from 'pg'

import { userRelations } from '@/db/backup'

import { createRefs, minimal, type Refs } from '../helpers/fixtures'
import { createEmptyDatabase, createTestPayload, openPayloadOn, type TestPayload } from '../helpers/payload'

type Run = { code: number | null; stdout: string; stderr: string }

function script(name: 'db-backup' | 'db-restore', args: string[], databaseUrl: string): Promise<Run> {
  const child = spawn(path.resolve('node_modules/.bin/tsx'), [`src/scripts/${name}.ts`, ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })))
}

/** Every document of each collection in every locale, latest drafts included, and how many versions exist. */
async function snapshot(payload: Payload) {
  const all = { locale: 'all', draft: true, depth: 0, sort: 'id', pagination: false } as const
  const versions = async (collection: 'films' | 'people' | 'screenings') =>
    (await payload.countVersions({ collection })).totalDocs
  return {
    films: { docs: (await payload.find({ collection: 'films', ...all })).docs, versions: await versions('films') },
    people: { docs: (await payload.find({ collection: 'people', ...all })).docs, versions: await versions('people') },
    screenings: {
      docs: (await payload.find({ collection: 'screenings', ...all })).docs,
      versions: await versions('screenings'),
    },
  }
}

let source: TestPayload
let refs: Refs
let backupFile: string
let before: Awaited<ReturnType<typeof snapshot>>
let draftFilmId: number
let filmId: number
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'filmweek-backup-'))

// Boots Payload, migrates, seeds and runs pg_dump: slow on a busy machine.
beforeAll(async () => {
  source = await createTestPayload()
  const { payload } = source
  refs = await createRefs(payload)
  const director = await payload.create({
    collection: 'people',
    data: { ...minimal.people(refs), description: 'Film director', _status: 'published' },
  })
  await payload.update({ collection: 'people', id: director.id, locale: 'vi', data: { description: 'Đạo diễn' } })
  const film = await payload.create({
    collection: 'films',
    data: {
      ...minimal.films(refs),
      title: 'Red Rain',
      credits: [{ person: director.id, role: 'director' }],
      _status: 'published',
    },
  })
  filmId = film.id
  await payload.update({ collection: 'films', id: film.id, locale: 'vi', data: { title: 'Mưa Đỏ' } })
  await payload.update({ collection: 'films', id: film.id, locale: 'fr', data: { title: 'Pluie rouge' } })
  const draft = await payload.create({
    collection: 'films',
    draft: true,
    data: { ...minimal.films(refs), title: 'Working title', _status: 'draft' },
  })
  draftFilmId = draft.id
  await payload.create({
    collection: 'screenings',
    data: { ...minimal.screenings({ ...refs, film: film.id }), _status: 'published' },
  })
  before = await snapshot(payload)

  backupFile = path.join(workDir, 'festival.dump')
  const run = await script('db-backup', [backupFile], source.databaseUrl)
  expect(run).toMatchObject({ code: 0 })
  expect(run.stdout).toContain(backupFile)
}, 180_000)
afterAll(async () => {
  await source?.close()
  fs.rmSync(workDir, { recursive: true, force: true })
})

test('the snapshot holds what the restore must bring back (so the comparison can fail)', () => {
  const film = before.films.docs.find((doc) => doc.id === filmId)
  expect(film?.title).toEqual({ en: 'Red Rain', vi: 'Mưa Đỏ', fr: 'Pluie rouge' })
  expect(film?.credits?.[0]?.person).toEqual(expect.any(Number))
  expect(before.films.docs.find((doc) => doc.id === draftFilmId)?._status).toBe('draft')
  expect(before.screenings.docs[0]?.film).toBe(filmId)
  expect(before.films.versions).toBeGreaterThanOrEqual(4)
})

test('a backup restored into an empty database holds every document, locale, draft, relationship and version', async () => {
  const target = await createEmptyDatabase()
  try {
    const run = await script('db-restore', [backupFile], target.databaseUrl)
    expect(run).toMatchObject({ code: 0 })
    const restored = await openPayloadOn(target.databaseUrl)
    try {
      expect(await snapshot(restored.payload)).toEqual(before)
      // Ids keep counting from where they were: a new document takes no restored id.
      const next = await restored.payload.create({
        collection: 'films',
        data: { ...minimal.films(refs), title: 'After restore' },
      })
      expect(next.id).toBeGreaterThan(Math.max(...before.films.docs.map((doc) => doc.id)))
    } finally {
      await restored.close()
    }
  } finally {
    await target.drop()
  }
})

test('a restore that fails partway leaves the database as it was (one transaction)', async () => {
  const target = await createEmptyDatabase()
  const client = new pg.Client({ connectionString: target.databaseUrl })
  await client.connect()
  try {
    // The last type the backup creates already exists: the restore fails after creating 60-odd others.
    await client.query(`CREATE TYPE public.enum_venues_status AS ENUM ('conflict')`)
    const run = await script('db-restore', [backupFile], target.databaseUrl)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('enum_venues_status')
    expect(await userRelations(target.databaseUrl)).toEqual([])
    const { rows } = await client.query<{ typname: string }>(
      `SELECT typname FROM pg_type WHERE typnamespace = 'public'::regnamespace AND typtype = 'e'`,
    )
    expect(rows.map((row) => row.typname)).toEqual(['enum_venues_status'])
  } finally {
    await client.end()
    await target.drop()
  }
})

test('a restore over a database that is not empty is refused without --clean and changes nothing', async () => {
  const { payload } = source
  const added = await payload.create({
    collection: 'films',
    data: { ...minimal.films(refs), title: 'Added after the backup' },
  })
  const current = await snapshot(payload)

  const run = await script('db-restore', [backupFile], source.databaseUrl)
  expect(run.code).toBe(1)
  expect(run.stderr).toMatch(/is not empty \(public\..+\)\. Nothing was changed\. .*--clean/)
  expect(await snapshot(payload)).toEqual(current)
  expect(current.films.docs.map((doc) => doc.id)).toContain(added.id)
})

test('with --clean the backup replaces what the database held', async () => {
  const run = await script('db-restore', ['--clean', backupFile], source.databaseUrl)
  expect(run).toMatchObject({ code: 0 })
  expect(await snapshot(source.payload)).toEqual(before)
})
