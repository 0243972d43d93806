/**
 * Media visibility follows use: a file and its record are readable by
 * anonymous visitors and partners only while a published document uses it,
 * or when an editor marked it public; staff see everything. Checked as a
 * matrix (role × how the file is used × record, list, file, GraphQL), then
 * through the changes that move a file in and out of public view.
 */
import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { createAccounts, createRefs, minimal, PASSWORD, type Refs } from '../helpers/fixtures'
import { PNG_1PX } from '../helpers/images'
import { createTestPayload, type TestPayload } from '../helpers/payload'
import { authHeaders, graphql, login, rest, send, type Credentials } from '../helpers/rest'

type Role = 'anonymous' | 'partner' | 'editor' | 'admin'
const ROLES: Role[] = ['anonymous', 'partner', 'editor', 'admin']
const STAFF = new Set<Role>(['editor', 'admin'])

type Use = 'draft-only' | 'published' | 'marked public' | 'unused'
const USES: Use[] = ['draft-only', 'published', 'marked public', 'unused']
const PUBLIC_USES = new Set<Use>(['published', 'marked public'])

type Upload = { id: number; filename: string }

let ctx: TestPayload
let payload: Payload
let refs: Refs
const credentials = {} as Record<Role, Credentials>
const media = {} as Record<Use, Upload>

let counter = 0
async function upload(extra: { markedPublic?: boolean } = {}): Promise<Upload> {
  const name = `visibility-${++counter}`
  const doc = await payload.create({
    collection: 'media',
    data: { alt: `Alt of ${name}`, caption: `Caption of ${name}`, ...extra },
    file: { data: Buffer.from(PNG_1PX), mimetype: 'image/png', name: `${name}.png`, size: PNG_1PX.length },
  })
  return { id: doc.id, filename: doc.filename ?? '' }
}

const film = (status: 'draft' | 'published', data: Record<string, unknown>) =>
  payload.create({
    collection: 'films',
    draft: status === 'draft',
    data: { ...minimal.films(refs), ...data, _status: status },
  })

async function visibleTo(
  role: Role,
  item: Upload,
): Promise<{ record: number; listed: boolean; file: number; graphql: boolean }> {
  const record = await rest('GET', `/media/${item.id}`, credentials[role])
  const list = await rest('GET', '/media?limit=100', credentials[role])
  const file = await send(
    new Request(`http://localhost:3000/api/media/file/${item.filename}`, { headers: authHeaders(credentials[role]) }),
  )
  await file.arrayBuffer()
  const { body } = await graphql(
    `
      {
        allMedia(limit: 100) {
          docs {
            id
          }
        }
      }
    `,
    credentials[role],
  )
  const graphqlIds = ((body.data?.allMedia as { docs: { id: number }[] } | undefined)?.docs ?? []).map(({ id }) => id)
  const listed = ((list.body as { docs?: { id: number }[] }).docs ?? []).some(({ id }) => id === item.id)
  return { record: record.status, listed, file: file.status, graphql: graphqlIds.includes(item.id) }
}

const expected = (visible: boolean) => ({
  record: visible ? 200 : 404,
  listed: visible,
  file: visible ? 200 : 404,
  graphql: visible,
})

beforeAll(async () => {
  ctx = await createTestPayload()
  payload = ctx.payload
  const accounts = await createAccounts(payload)
  refs = await createRefs(payload)
  credentials.anonymous = {}
  credentials.partner = { apiKey: accounts.partnerKey }
  credentials.editor = { token: await login(accounts.editor.email, PASSWORD) }
  credentials.admin = { token: await login(accounts.admin.email, PASSWORD) }

  media['draft-only'] = await upload()
  media.published = await upload()
  media['marked public'] = await upload({ markedPublic: true })
  media.unused = await upload()
  await film('draft', { poster: media['draft-only'].id })
  await film('published', { poster: media.published.id })
})
afterAll(async () => ctx?.close())

describe.each(USES)('media %s', (use) => {
  test.each(ROLES)('%s: record, list, file and GraphQL', async (role) => {
    const visible = STAFF.has(role) || PUBLIC_USES.has(use)
    expect(await visibleTo(role, media[use])).toEqual(expected(visible))
  })
})

const anonymousSees = async (item: Upload) => (await visibleTo('anonymous', item)).record === 200
const isVisible = async (item: Upload) => {
  const seen = await visibleTo('anonymous', item)
  // The four doors agree, whatever the answer.
  expect(seen).toEqual(expected(seen.record === 200))
  return seen.record === 200
}

describe('what a reader gets of a visible file', () => {
  test.each(['anonymous', 'partner'] as const)('%s: no storage keys or bookkeeping fields', async (role) => {
    const { body } = await rest('GET', `/media/${media.published.id}`, credentials[role])
    expect(Object.keys(body as object)).toEqual(expect.arrayContaining(['id', 'alt', 'url']))
    for (const field of ['prefix', '_objectKey', 'usedByPublished', 'markedPublic'])
      expect(body).not.toHaveProperty(field)
  })

  test('staff get the bookkeeping fields (so the test above can fail)', async () => {
    const { body } = await rest('GET', `/media/${media.published.id}`, credentials.editor)
    expect(body).toMatchObject({ usedByPublished: true, markedPublic: false, prefix: expect.any(String) })
  })

  test('a published film read at depth 1 carries its poster, populated', async () => {
    const { docs } = await payload.find({ collection: 'films', where: { poster: { equals: media.published.id } } })
    const { body } = await rest('GET', `/films/${docs[0].id}?depth=1`)
    expect(body).toMatchObject({ poster: { id: media.published.id, filename: media.published.filename } })
  })

  test('the list is capped like every other collection, even when asked for everything', async () => {
    const { status, body } = await rest('GET', '/media?limit=0&pagination=false')
    expect(status).toBe(200)
    expect(body).toMatchObject({ limit: 100, page: 1 })
  })

  test('nobody outside the staff can mark a file public', async () => {
    const target = await upload()
    expect(
      (await rest('PATCH', `/media/${target.id}`, { ...credentials.partner, body: { markedPublic: true } })).status,
    ).toBe(403)
    expect(await isVisible(target)).toBe(false)
    expect(
      (await rest('PATCH', `/media/${target.id}`, { ...credentials.editor, body: { markedPublic: true } })).status,
    ).toBe(200)
    expect(await isVisible(target)).toBe(true)
  })

  test('the usage flag cannot be set by hand, even by staff', async () => {
    const target = await upload()
    await rest('PATCH', `/media/${target.id}`, { ...credentials.admin, body: { usedByPublished: true } })
    expect(await isVisible(target)).toBe(false)
  })
})

describe('visibility follows publication', () => {
  test('publishing a film shows its poster; unpublishing hides it again', async () => {
    const poster = await upload()
    const { id } = await film('draft', { poster: poster.id })
    expect(await isVisible(poster)).toBe(false)
    await payload.update({ collection: 'films', id, data: { _status: 'published' } })
    expect(await isVisible(poster)).toBe(true)
    await payload.update({ collection: 'films', id, data: { _status: 'draft' } })
    expect(await isVisible(poster)).toBe(false)
  })

  test('a draft of a published film that changes its poster shows nothing new until it is published; then the old poster goes', async () => {
    const [before, after] = [await upload(), await upload()]
    const { id } = await film('published', { poster: before.id })
    await payload.update({ collection: 'films', id, draft: true, data: { poster: after.id } })
    expect([await isVisible(before), await isVisible(after)]).toEqual([true, false])
    await payload.update({ collection: 'films', id, data: { _status: 'published' } })
    expect([await isVisible(before), await isVisible(after)]).toEqual([false, true])
  })

  test('a file two published documents use stays visible until neither does (unpublish, then delete)', async () => {
    const shared = await upload()
    const first = await film('published', { stills: [shared.id] })
    const person = await payload.create({
      collection: 'people',
      data: { ...minimal.people(refs), photo: shared.id, _status: 'published' },
    })
    await payload.update({ collection: 'films', id: first.id, data: { _status: 'draft' } })
    expect(await isVisible(shared)).toBe(true)
    await payload.delete({ collection: 'people', id: person.id })
    expect(await isVisible(shared)).toBe(false)
  })

  test('an organisation logo and an upload in a localized rich text count as uses', async () => {
    const [logo, inline] = [await upload(), await upload()]
    const organisation = await payload.create({
      collection: 'organisations',
      data: { ...minimal.organisations(refs), logo: logo.id, _status: 'published' },
    })
    const uploadNode = {
      type: 'upload',
      version: 3,
      format: '',
      relationTo: 'media',
      value: inline.id,
      fields: null,
      id: 'upload-node',
    }
    const description = {
      root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [uploadNode] },
    }
    const edition = await payload.create({
      collection: 'editions',
      data: { ...minimal.editions(refs), _status: 'published' },
    })
    expect(await isVisible(inline)).toBe(false)
    // French only: the English write that follows must not lose it.
    await payload.update({
      collection: 'editions',
      id: edition.id,
      locale: 'fr',
      data: { name: 'Semaine du film', city: 'Paris', description: description as never, _status: 'published' },
    })
    await payload.update({
      collection: 'editions',
      id: edition.id,
      locale: 'en',
      data: { city: 'Lyon', _status: 'published' },
    })
    expect([await isVisible(logo), await isVisible(inline)]).toEqual([true, true])
    await payload.update({ collection: 'organisations', id: organisation.id, data: { _status: 'draft' } })
    await payload.update({ collection: 'editions', id: edition.id, locale: 'en', data: { _status: 'draft' } })
    expect([await anonymousSees(logo), await anonymousSees(inline)]).toEqual([false, false])
  })

  test('restoring an earlier version of Site settings without their logo hides the logo', async () => {
    // Payload marks a restore in the request's context, which the nested media write shares: it was refused (alt, MIME type).
    const logo = await upload()
    await payload.updateGlobal({ slug: 'site', data: { siteName: 'Film Week' } })
    const [withoutLogo] = (await payload.findGlobalVersions({ slug: 'site', sort: '-updatedAt', limit: 1 })).docs
    await payload.updateGlobal({ slug: 'site', data: { logo: logo.id } })
    expect(await isVisible(logo)).toBe(true)
    await payload.restoreGlobalVersion({ slug: 'site', id: withoutLogo.id })
    expect(await isVisible(logo)).toBe(false)
  })

  test('restoring an earlier published version of a film shows its old poster and hides the one it dropped', async () => {
    // Payload runs a restore's beforeChange hooks with a proxy of the request: the row before is found through the context.
    const [first, second] = [await upload(), await upload()]
    const { id } = await film('published', { poster: first.id })
    const [firstVersion] = (
      await payload.findVersions({
        collection: 'films',
        where: { parent: { equals: id } },
        sort: '-updatedAt',
        limit: 1,
      })
    ).docs
    await payload.update({ collection: 'films', id, data: { poster: second.id, _status: 'published' } })
    expect([await isVisible(first), await isVisible(second)]).toEqual([false, true])
    await payload.restoreVersion({ collection: 'films', id: firstVersion.id })
    expect([await isVisible(first), await isVisible(second)]).toEqual([true, false])
  })

  test("the migration's backfill recomputes every flag from the published documents", async () => {
    const { backfill } = await import('../../migrations/20261202_004318_media_use')
    const { drizzle } = payload.db as unknown as PostgresAdapter
    await drizzle.execute(sql`UPDATE media SET used_by_published = NOT used_by_published`)
    expect(await anonymousSees(media.published)).toBe(false)
    await drizzle.execute(backfill)
    expect([
      await anonymousSees(media.published),
      await anonymousSees(media['draft-only']),
      await anonymousSees(media.unused),
    ]).toEqual([true, false, false])
  })
})
