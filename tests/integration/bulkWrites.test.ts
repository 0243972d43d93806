/**
 * Bulk updates and deletes over REST are all or nothing: when one matching
 * document cannot be written, the answer is a 400 naming it and no document
 * was changed (Payload committed the others before).
 */
import { createAccounts, createRefs, minimal, PASSWORD, type Refs } from '../helpers/fixtures'
import { createTestPayload, type TestPayload } from '../helpers/payload'
import { login, rest } from '../helpers/rest'

let ctx: TestPayload
let refs: Refs
let token: string

beforeAll(async () => {
  ctx = await createTestPayload()
  const accounts = await createAccounts(ctx.payload)
  refs = await createRefs(ctx.payload)
  token = await login(accounts.editor.email, PASSWORD)
})
afterAll(async () => ctx?.close())

const errorMessages = (body: unknown) =>
  ((body as { errors?: { message: string }[] }).errors ?? []).map(({ message }) => message).join(' ')

test('a bulk update that fails for one document changes none', async () => {
  const published = await ctx.payload.create({
    collection: 'quotes',
    data: { ...minimal.quotes(refs), _status: 'published' },
  })
  const refusing = await ctx.payload.create({
    collection: 'quotes',
    data: { ...minimal.quotes(refs), _status: 'published' },
  })
  // Drafts are validated like published documents, so no stored draft fails a rule: a hook refusing one
  // document stands for any per-document failure (a rule added since it was saved, a hook's check).
  const hooks = ctx.payload.collections.quotes.config.hooks
  const refuse: (typeof hooks.beforeChange)[number] = ({ data, originalDoc }) => {
    if (originalDoc?.id === refusing.id) throw new Error('This quote is kept')
    return data
  }
  hooks.beforeChange.push(refuse)
  try {
    const answer = await rest('PATCH', `/quotes?where[id][in]=${refusing.id},${published.id}`, {
      token,
      body: { text: 'Changed in bulk', _status: 'published' },
    })
    expect(answer.status).toBe(400)
    expect(errorMessages(answer.body)).toContain(`${refusing.id}:`)
    expect(errorMessages(answer.body)).toMatch(/Nothing was updated/)
  } finally {
    hooks.beforeChange.splice(hooks.beforeChange.indexOf(refuse), 1)
  }
  const after = await ctx.payload.findByID({ collection: 'quotes', id: published.id, draft: true })
  expect(after.text).toBe(published.text)
  const versions = await ctx.payload.findVersions({ collection: 'quotes', where: { parent: { equals: published.id } } })
  expect(versions.totalDocs).toBe(1)
})

test('a bulk update that every document accepts changes them all', async () => {
  const first = await ctx.payload.create({
    collection: 'quotes',
    data: { ...minimal.quotes(refs), _status: 'published' },
  })
  const second = await ctx.payload.create({
    collection: 'quotes',
    data: { ...minimal.quotes(refs), _status: 'published' },
  })
  const answer = await rest('PATCH', `/quotes?where[id][in]=${first.id},${second.id}`, {
    token,
    body: { text: 'Both changed' },
  })

  expect(answer.status).toBe(200)
  for (const id of [first.id, second.id])
    expect((await ctx.payload.findByID({ collection: 'quotes', id, draft: true })).text).toBe('Both changed')
})

test('a bulk delete that fails for one document deletes none', async () => {
  const kept = await ctx.payload.create({
    collection: 'quotes',
    data: { ...minimal.quotes(refs), _status: 'published' },
  })
  const refusing = await ctx.payload.create({
    collection: 'quotes',
    data: { ...minimal.quotes(refs), _status: 'published' },
  })
  // A hook that refuses one document stands for any per-document failure (a constraint, a hook's check).
  const hooks = ctx.payload.collections.quotes.config.hooks
  const refuse: (typeof hooks.beforeDelete)[number] = ({ id }) => {
    if (id === refusing.id) throw new Error('This quote is kept')
  }
  hooks.beforeDelete.push(refuse)
  try {
    const answer = await rest('DELETE', `/quotes?where[id][in]=${kept.id},${refusing.id}`, { token })
    expect(answer.status).toBe(400)
    expect(errorMessages(answer.body)).toMatch(/Nothing was deleted/)
  } finally {
    hooks.beforeDelete.splice(hooks.beforeDelete.indexOf(refuse), 1)
  }
  expect(
    (await ctx.payload.count({ collection: 'quotes', where: { id: { in: [kept.id, refusing.id] } } })).totalDocs,
  ).toBe(2)
})
