/**
 * Media in S3-compatible storage (s3rver from npm, on loopback): uploads land
 * in the bucket and not on disk, are served back through Payload, readiness
 * reports the store, and while the store is away an upload gets a 503 that
 * says so and leaves no half-made document.
 */
import fs from 'node:fs'

import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'

import { createAccounts, PASSWORD } from '../helpers/fixtures'
import { PNG_1PX } from '../helpers/images'
import { createTestPayload, type TestPayload } from '../helpers/payload'
import { authHeaders, login, send } from '../helpers/rest'
import { S3RVER_KEY, startLocalS3, type LocalS3 } from '../helpers/s3'

const BUCKET = 'filmweek-media'

let s3: LocalS3
let ctx: TestPayload
let token: string
let client: S3Client

beforeAll(async () => {
  s3 = await startLocalS3(BUCKET)
  // Read by src/env.ts when the config is imported (inside createTestPayload).
  Object.assign(process.env, {
    S3_BUCKET: BUCKET,
    S3_ENDPOINT: s3.endpoint,
    S3_ACCESS_KEY_ID: S3RVER_KEY,
    S3_SECRET_ACCESS_KEY: S3RVER_KEY,
    S3_FORCE_PATH_STYLE: 'true',
  })
  ctx = await createTestPayload()
  const accounts = await createAccounts(ctx.payload)
  token = await login(accounts.editor.email, PASSWORD)
  const { s3Settings } = await import('@/storage/s3')
  const { env } = await import('@/env')
  const settings = s3Settings(env())
  if (!settings) throw new Error('S3 settings were not picked up from the environment')
  client = new S3Client(settings.client)
})
afterAll(async () => {
  client?.destroy()
  await ctx?.close()
  await s3?.remove()
})

async function upload(name: string): Promise<Response> {
  const form = new FormData()
  form.append('file', new Blob([PNG_1PX], { type: 'image/png' }), name)
  form.append('_payload', JSON.stringify({ alt: 'A single pixel' }))
  return send(
    new Request('http://localhost:3000/api/media', { method: 'POST', headers: authHeaders({ token }), body: form }),
  )
}

const keysInBucket = async () =>
  ((await client.send(new ListObjectsV2Command({ Bucket: BUCKET }))).Contents ?? []).map((object) => object.Key)

test('an upload is stored in the bucket, not on local disk, and served back through Payload', async () => {
  const response = await upload('pixel-s3.png')
  expect(response.status).toBe(201)
  const { doc } = (await response.json()) as { doc: { filename: string } }

  expect(await keysInBucket()).toContain(doc.filename)
  expect(fs.existsSync(process.env.MEDIA_DIR ?? '') ? fs.readdirSync(process.env.MEDIA_DIR ?? '') : []).toEqual([])

  const stored = await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: doc.filename }))
  const bytes = await stored.Body?.transformToByteArray()
  expect(Buffer.from(bytes ?? []).equals(Buffer.from(PNG_1PX))).toBe(true)

  // As the editor: a file nothing published uses is for staff only (tests/integration/mediaVisibility.test.ts).
  const served = await send(
    new Request(`http://localhost:3000/api/media/file/${doc.filename}`, { headers: authHeaders({ token }) }),
  )
  expect(served.status).toBe(200)
  expect(Buffer.from(await served.arrayBuffer()).equals(Buffer.from(PNG_1PX))).toBe(true)
})

test('readiness reports the bucket, and an upload while it is away gets a 503 naming media storage and creates nothing', async () => {
  const { readiness } = await import('@/ops/readiness')
  expect((await readiness()).checks.storage.ok).toBe(true)
  const before = (await ctx.payload.count({ collection: 'media' })).totalDocs

  await s3.stop()
  try {
    expect((await readiness()).checks.storage).toMatchObject({ ok: false, detail: `S3 bucket ${BUCKET}: unreachable` })
    const response = await upload('pixel-during-outage.png')
    expect(response.status).toBe(503)
    const body = (await response.json()) as { errors: { message: string }[] }
    expect(body.errors[0].message).toMatch(/Media storage is unavailable: the file was not saved/)
    expect((await ctx.payload.count({ collection: 'media' })).totalDocs).toBe(before)
  } finally {
    await s3.start()
  }

  expect((await upload('pixel-after-outage.png')).status).toBe(201)
  expect((await readiness()).checks.storage.ok).toBe(true)
}, 60_000)
