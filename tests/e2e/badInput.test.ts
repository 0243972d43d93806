import { api, baseUrl, login } from './api'
import { BAD_INPUT, type BadInputCase, loginStaff, type Staff } from './badInputCases'
import { closeConnections, send } from './rawHttp'

// Each malformed request that was answered 5xx (issue 18) gets its 4xx, with
// a message naming what is wrong, and writes nothing, against the production
// server. The fuzz test sends the same requests among its own.
let admin: string
let staff: Staff

beforeAll(async () => {
  admin = await login('admin')
  staff = await loginStaff()
  // A preference the editor has: a DELETE of a missing one must leave it.
  const kept = await api('POST', '/payload-preferences/bad-input-kept', {
    token: staff.token,
    body: { value: { kept: true } },
  })
  expect(kept.status).toBe(200)
})
afterAll(() => closeConnections())

/** Every document of `collection` (drafts included) as id@updatedAt: any write changes it. */
async function snapshot(collection: NonNullable<BadInputCase['writes']>): Promise<string> {
  // Preferences are each user's own: the editor's, whom the requests act as.
  const token = collection === 'payload-preferences' ? staff.token : admin
  const { status, body } = await api<{ docs: { id: number; updatedAt: string }[] }>(
    'GET',
    `/${collection}?limit=0&pagination=false&depth=0&draft=true&sort=id`,
    { token },
  )
  expect(status).toBe(200)
  return body.docs.map((doc) => `${doc.id}@${doc.updatedAt}`).join(',')
}

const messageOf = (body: string): string => {
  const parsed = JSON.parse(body) as { errors?: { message?: string }[]; message?: string }
  return parsed.errors?.[0]?.message ?? parsed.message ?? ''
}

test.each(BAD_INPUT.map((row) => [row.name, row] as const))(
  '%s',
  async (_name, { request, status, message, writes }) => {
    const before = writes && (await snapshot(writes))
    const response = await send(new URL(baseUrl()), request(staff))
    expect(response.status).toBe(status)
    expect(messageOf(response.body)).toMatch(message)
    if (writes) expect(await snapshot(writes)).toBe(before)
  },
)

test("the editor's own preference survived the DELETE of a missing one", async () => {
  const kept = await api<{ value?: { kept?: boolean } }>('GET', '/payload-preferences/bad-input-kept', {
    token: staff.token,
  })
  expect(kept.body.value).toEqual({ kept: true })
})
