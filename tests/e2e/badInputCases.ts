/**
 * Malformed requests that were answered 5xx (issue 18), each with the 4xx and
 * the words it must get now. tests/e2e/badInput.test.ts checks every row;
 * the fuzz corpus (fuzzCases.ts) sends them too.
 */
import { api, login } from './api'
import type { RawRequest } from './rawHttp'

/** Who the authenticated rows are: a staff member's JWT (an editor) and that user's id. */
export type Staff = { token: string; userId: number }

export async function loginStaff(): Promise<Staff> {
  const token = await login('editor')
  const { body } = await api<{ user: { id: number } }>('GET', '/users/me', { token })
  return { token, userId: body.user.id }
}

export type BadInputCase = {
  name: string
  request: (staff: Staff) => RawRequest
  status: number
  message: RegExp
  /** The collection the request would write to, if it wrote: it must be left as it was. */
  writes?: 'media' | 'films' | 'users' | 'payload-preferences'
}

const BOUNDARY = 'AAA'
const MULTIPART = { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` }
const part = (disposition: string, content: string, type?: string) =>
  `--${BOUNDARY}\r\nContent-Disposition: form-data; ${disposition}\r\n${type ? `Content-Type: ${type}\r\n` : ''}\r\n${content}\r\n`

/** Multipart bodies no parser can read. */
const UNREADABLE: [string, string][] = [
  ['an empty body', ''],
  [
    'a mismatched boundary',
    `--BBB\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"alt":"x"}\r\n--BBB--\r\n`,
  ],
  [
    'a truncated body',
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="still.png"\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n`,
  ],
]
const UNREADABLE_FORM =
  /multipart\/form-data body could not be read: it is empty, cut short, or its parts do not use the boundary/

/** Bodies Payload does not read as a document's fields. */
const NOT_FIELDS: [string, string][] = [
  ['text/plain', '{"name":"bad input"}'],
  ['application/x-www-form-urlencoded', 'name=bad+input&title=bad+input'],
  ['text/csv', 'name,title\nbad input,bad input\n'],
]

const withStaff = (staff: Staff, headers: Record<string, string>) => ({
  authorization: `JWT ${staff.token}`,
  ...headers,
})

const graphql = (body: object): RawRequest => ({
  method: 'POST',
  path: '/api/graphql',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
})

export const BAD_INPUT: BadInputCase[] = [
  {
    name: 'GET /api/media/file/nonexistent.png, anonymous',
    request: () => ({ method: 'GET', path: '/api/media/file/nonexistent.png' }),
    status: 404,
    message: /^Not Found/,
  },
  {
    name: 'GET /api/media/file/nonexistent.png, as staff',
    request: (staff) => ({ method: 'GET', path: '/api/media/file/nonexistent.png', headers: withStaff(staff, {}) }),
    status: 404,
    message: /no media file by this name/,
  },
  {
    name: 'GET /api/media/file/ with a NUL byte (%00), anonymous',
    request: () => ({ method: 'GET', path: '/api/media/file/still%00.png' }),
    status: 400,
    message: /NUL byte \(%00\)/,
  },
  {
    name: 'GET /api/media/file/ with a NUL byte (%00), as staff',
    request: (staff) => ({ method: 'GET', path: '/api/media/file/still%00.png', headers: withStaff(staff, {}) }),
    status: 400,
    message: /NUL byte \(%00\)/,
  },
  ...UNREADABLE.map(([what, body]): BadInputCase => ({
    name: `anonymous POST /api/media, multipart with ${what}`,
    request: () => ({ method: 'POST', path: '/api/media', headers: MULTIPART, body }),
    status: 400,
    message: UNREADABLE_FORM,
    writes: 'media',
  })),
  {
    name: 'anonymous POST /api/media, multipart whose _payload is not JSON',
    request: () => ({
      method: 'POST',
      path: '/api/media',
      headers: MULTIPART,
      body: `${part('name="_payload"', '{alt: not json')}--${BOUNDARY}--\r\n`,
    }),
    status: 400,
    message: /"_payload" field is not valid JSON/,
    writes: 'media',
  },
  {
    name: 'anonymous POST /api/media, multipart with a 200 kB file name',
    request: () => ({
      method: 'POST',
      path: '/api/media',
      headers: MULTIPART,
      body: `${part(`name="file"; filename="${'a'.repeat(200_000)}.png"`, '\x89PNG', 'image/png')}--${BOUNDARY}--\r\n`,
    }),
    status: 400,
    message: /file name is 200004 bytes long; at most 255/,
    writes: 'media',
  },
  ...UNREADABLE.map(([what, body]): BadInputCase => ({
    name: `POST /en/films (a page, Next's Server Action path), multipart with ${what}`,
    request: () => ({ method: 'POST', path: '/en/films', headers: MULTIPART, body }),
    status: 400,
    message: UNREADABLE_FORM,
  })),
  ...NOT_FIELDS.flatMap(([type, body]): BadInputCase[] => [
    {
      name: `PATCH /api/users/:id as staff, Content-Type ${type}`,
      request: (staff) => ({
        method: 'PATCH',
        path: `/api/users/${staff.userId}`,
        headers: withStaff(staff, { 'content-type': type }),
        body,
      }),
      status: 415,
      message: new RegExp(`fields as "application/json".*not "${type.replace('/', '\\/')}"`),
      writes: 'users',
    },
    {
      name: `POST /api/films as staff, Content-Type ${type}`,
      request: (staff) => ({
        method: 'POST',
        path: '/api/films',
        headers: withStaff(staff, { 'content-type': type }),
        body,
      }),
      status: 415,
      message: new RegExp(`fields as "application/json".*not "${type.replace('/', '\\/')}"`),
      writes: 'films',
    },
  ]),
  {
    name: 'PATCH /api/users/:id as staff, no body and no Content-Type',
    request: (staff) => ({ method: 'PATCH', path: `/api/users/${staff.userId}`, headers: withStaff(staff, {}) }),
    status: 415,
    message: /not a body without a Content-Type/,
    writes: 'users',
  },
  {
    name: 'PATCH /api/users/:id as staff, JSON body null',
    request: (staff) => ({
      method: 'PATCH',
      path: `/api/users/${staff.userId}`,
      headers: withStaff(staff, { 'content-type': 'application/json' }),
      body: 'null',
    }),
    status: 400,
    message: /must be a JSON object of fields, not null/,
    writes: 'users',
  },
  {
    name: 'POST /api/films as staff, JSON body null',
    request: (staff) => ({
      method: 'POST',
      path: '/api/films?draft=true',
      headers: withStaff(staff, { 'content-type': 'application/json' }),
      body: 'null',
    }),
    status: 400,
    message: /must be a JSON object of fields, not null/,
    writes: 'films',
  },
  {
    name: 'DELETE /api/payload-preferences/<missing> as staff',
    request: (staff) => ({
      method: 'DELETE',
      path: '/api/payload-preferences/bad-input-never-set',
      headers: withStaff(staff, {}),
    }),
    status: 404,
    message: /no preference named "bad-input-never-set"/,
    writes: 'payload-preferences',
  },
  {
    name: 'GraphQL like filter whose value is a NUL byte',
    request: () => graphql({ query: '{ Films(where: { title: { like: "\\u0000" } }) { docs { id } } }' }),
    status: 400,
    message: /NUL character \(U\+0000\)/,
  },
  {
    name: 'GraphQL like filter whose variable is a NUL byte',
    request: () =>
      graphql({
        query: 'query Q($t: String) { Films(where: { title: { like: $t } }) { docs { id } } }',
        variables: { t: '\u0000' },
      }),
    status: 400,
    message: /NUL character \(U\+0000\)/,
  },
  {
    name: 'GET /api/payload-migrations, anonymous',
    request: () => ({ method: 'GET', path: '/api/payload-migrations' }),
    status: 404,
    message: /Route not found "\/api\/payload-migrations"/,
  },
  {
    name: 'GET /api/payload-migrations, as staff',
    request: (staff) => ({ method: 'GET', path: '/api/payload-migrations', headers: withStaff(staff, {}) }),
    status: 404,
    message: /Route not found "\/api\/payload-migrations"/,
  },
]
