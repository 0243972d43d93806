/**
 * Malformed requests, generated deterministically from a seed: the same
 * seed gives the same requests, so a failure can be replayed.
 */
import { seededRandom } from '@/lib/seededRandom'

import { BAD_INPUT, type Staff } from './badInputCases'
import type { RawRequest } from './rawHttp'

type Random = ReturnType<typeof seededRandom>
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
const int = (random: Random, max: number) => Math.floor(random() * max)

/** What the requests aim at; `staff` signs the rows of BAD_INPUT that need a logged-in editor. */
export type Targets = { draftSlug: string; filmId: number; staff: Staff }

const pages = (t: Targets) => [
  '/en',
  '/fr/programme',
  '/vi/films/mua-do',
  `/en/films/${t.draftSlug}`,
  '/en/search',
  '/en/people/dang-thai-huyen',
  '/en/programme/calendar.ics',
  '/preview',
  '/admin/login',
  '/sitemap.xml',
]
const rest = (t: Targets) => [
  '/api/films',
  `/api/films/${t.filmId}`,
  '/api/screenings',
  '/api/people',
  '/api/users',
  '/api/media',
  '/api/venues',
  '/api/globals/site',
  '/api/users/login',
  '/api/users/me',
  '/api/films/versions',
  '/api/payload-jobs',
  '/api/access',
]
const feed = (t: Targets) => [
  '/api/v1/programme',
  '/api/v1/films',
  '/api/v1/films/mua-do',
  `/api/v1/films/${t.draftSlug}`,
  '/api/v1/quotes',
  '/api/v1/openapi.json',
  '/api/v1/programme/calendar.ics',
  '/api/v1/people/dang-thai-huyen',
]

const QUERY_PARTS = (t: Targets): ((random: Random) => string)[] => [
  (random) => `q=${'a'.repeat(1 + int(random, 7000))}`,
  () => 'q=%F0%9F%8E%AC%E2%80%AE%EF%BF%BF%ED%A0%80',
  () => 'q=M%C6%B0a%20%C4%90%E1%BB%8F&locale=vi',
  () => `where[slug][equals]=${t.draftSlug}`,
  () => 'where[_status][equals]=draft',
  () => 'where[or][0][_status][equals]=draft&where[or][1][title][exists]=true',
  () => 'where[title][like]=%27%20OR%201=1--',
  () => 'where[title][equals][$ne]=1',
  () => 'where[__proto__][polluted]=1',
  () => 'where[constructor][prototype][polluted]=1',
  () => 'where[hash][exists]=true',
  () => 'where[password][like]=a',
  () => 'where[id][in]=1,2,x',
  () => 'where[id][greater_than]=9999999999999999999999',
  () => 'where[' + '[a]'.repeat(200) + ']=1',
  () => 'where[createdAt][near]=1,2,3',
  () => 'depth=999',
  () => 'depth=-1',
  () => 'limit=-1',
  () => 'limit=99999999999',
  () => 'limit=abc',
  () => 'page=0',
  () => 'page=-5',
  () => 'locale=all',
  () => 'locale=../../etc',
  () => 'fallback-locale=none&locale=xx',
  () => 'draft=true',
  () => 'draft=1&trash=true',
  () => 'sort=-hash',
  () => 'sort=' + 'title,'.repeat(300),
  () => 'select[hash]=true&select[salt]=true',
  () => 'populate[films][title]=true',
  () => 'joins[screenings][limit]=-1',
  () => 'a[]=1&a[]=2&limit[]=3&depth[]=4',
  () => 'limit=1&limit=2',
  () => 'q=%00&slug=%00',
  () => 'q=%ZZ%',
  () => 'day=2025-13-45&venue=%3Cscript%3E',
  () => 'from=notadate&to=1e309',
  () => 'path=//example.com',
  () => 'path=/en/../admin',
]

const BODIES: ((random: Random) => { contentType: string; body: string })[] = [
  () => ({ contentType: 'application/json', body: '{"title": ' }),
  () => ({ contentType: 'application/json', body: 'not json at all' }),
  () => ({ contentType: 'application/json', body: '' }),
  () => ({ contentType: 'application/json', body: 'null' }),
  () => ({ contentType: 'application/json', body: '[1,2,3]' }),
  () => ({ contentType: 'application/json', body: '{"title": 42, "slug": [], "_status": {"a": 1}, "year": "x"}' }),
  () => ({ contentType: 'application/json', body: '{"_status": "published", "title": "fuzz"}' }),
  () => ({
    contentType: 'application/json',
    body: '{"__proto__": {"isAdmin": true}, "constructor": {"prototype": {"x": 1}}}',
  }),
  () => ({ contentType: 'application/json', body: '{"email": "nobody@fuzz.test", "password": {"$gt": ""}}' }),
  (random) => ({ contentType: 'application/json', body: '['.repeat(500 + int(random, 20_000)) + ']'.repeat(500) }),
  (random) => ({
    contentType: 'application/json',
    body: '{"a":'.repeat(500 + int(random, 5000)) + '1' + '}'.repeat(500),
  }),
  () => ({ contentType: 'application/json', body: JSON.stringify({ title: 'x'.repeat(2 * 1024 * 1024) }) }),
  () => ({ contentType: 'text/plain', body: '{"title": "fuzz"}' }),
  () => ({ contentType: 'application/x-www-form-urlencoded', body: 'title=fuzz&_status=published' }),
  () => ({
    contentType: 'multipart/form-data; boundary=xyz',
    body: '--xyz\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"title":"fuzz"}\r\n--xyz--',
  }),
  () => ({ contentType: 'multipart/form-data', body: 'garbage without boundary' }),
  () => ({ contentType: 'application/json; charset=utf-7', body: '{"title": "+ADw-script+AD4-"}' }),
  () => ({
    contentType: 'application/xml',
    body: '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
  }),
]

const HEADER_SETS: ((random: Random) => Record<string, string>)[] = [
  () => ({ 'accept-language': 'xx-YY;q=abc, *;q=-1, ,,;;' }),
  () => ({ 'accept-language': 'vi-VN,vi;q=0.9,'.repeat(400) }),
  () => ({ cookie: `payload-token=${'x'.repeat(8000)}` }),
  () => ({ cookie: 'payload-token=eyJhbGciOiJub25lIn0.eyJpZCI6MSwiY29sbGVjdGlvbiI6InVzZXJzIn0.' }),
  () => ({ cookie: '__prerender_bypass=1; __next_preview_data=garbage' }),
  () => ({ authorization: 'JWT not.a.token' }),
  () => ({ authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJpZCI6MX0.' }),
  () => ({ authorization: 'users API-Key ' }),
  (random) => ({ authorization: `users API-Key ${'k'.repeat(1 + int(random, 4000))}` }),
  () => ({ authorization: 'Basic YWRtaW46YWRtaW4=' }),
  () => ({ 'content-type': '%%%/;;;' }),
  () => ({ accept: 'application/x-does-not-exist' }),
  () => ({ 'if-none-match': '*'.repeat(3000) }),
  () => ({ 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'gopher' }),
  () => ({ origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }),
  () => ({ range: 'bytes=999999999-1' }),
  () => ({ rsc: '1', 'next-router-state-tree': '%7B%7D', 'next-router-prefetch': '1' }),
  () => ({ 'next-action': 'deadbeef' }),
  () => ({ 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' }),
]

const TRAVERSALS = [
  '/en/../admin',
  '/en/%2e%2e/%2e%2e/etc/passwd',
  '/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '/api/films/..%2f..%2fusers',
  '/api/v1/films/%2e%2e%2f%2e%2e%2fusers',
  '/api/v1/films/..%5c..%5cpackage.json',
  '/_next/static/..%2f..%2f.env',
  '/_next/static/%2e%2e/%2e%2e/package.json',
  '/api/media/file/..%2f..%2f..%2fpackage.json',
  '/api/media/file/%2e%2e%2f%2e%2e%2f.data%2fpayload-secret',
  '//etc/passwd',
  '/en/films/%00',
  '/en/films/%',
  '/en/films/%C0%AE%C0%AE%2f',
  '/en/films/' + 'a'.repeat(3000),
  '/vi/films/m%C6%B0a-%C4%91%E1%BB%8F',
  '/en/./././programme',
  '/en//programme',
]

const GRAPHQL_QUERIES = (t: Targets): ((random: Random) => string)[] => [
  () => '{ Films { docs { title } }',
  () => 'query { ',
  () => '{ __schema { types { name fields { name type { name ofType { name ofType { name ofType { name } } } } } } } }',
  () => `{ Films(draft: true, where: { slug: { equals: "${t.draftSlug}" } }) { docs { title slug _status } } }`,
  () => `{ Film(id: ${t.filmId}, draft: true) { title _status } }`,
  () => '{ Films(limit: -1, page: -1) { docs { id } } }',
  () => '{ Users { docs { email hash salt apiKey } } }',
  (random) =>
    '{ ' + Array.from({ length: 50 + int(random, 500) }, (_, i) => `a${i}: Films { totalDocs }`).join(' ') + ' }',
  (random) =>
    '{ Films { docs { ' +
    'director { ... on Person { films { docs { '.repeat(2 + int(random, 30)) +
    'id' +
    ' } } } }'.repeat(2 + int(random, 30)) +
    ' } } }',
  () => '{ Films { docs { ...F } } } fragment F on Film { ...F }',
  () => 'mutation { createFilm(data: { title: "fuzz" }) { id } }',
  () => `mutation { updateFilm(id: ${t.filmId}, data: { title: "fuzz" }) { id } }`,
  () => `mutation { deleteFilm(id: ${t.filmId}) { id } }`,
  () => 'mutation { loginUser(email: "nobody@fuzz.test", password: "x") { token } }',
  () => 'query Q($l: Int) { Films(limit: $l) { totalDocs } }',
]

const READ_METHODS = ['GET', 'GET', 'GET', 'HEAD', 'OPTIONS']
const WRITE_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE', 'TRACE', 'PROPFIND', 'CONNECTX']

/** `count` malformed requests from `seed`, covering every kind in turn. */
export function fuzzRequests(seed: number, count: number, targets: Targets): RawRequest[] {
  const random = seededRandom(seed)
  const queryParts = QUERY_PARTS(targets)
  const graphql = GRAPHQL_QUERIES(targets)
  const anyPath = () => pick(random, [...pages(targets), ...rest(targets), ...feed(targets)])
  const query = () => Array.from({ length: 1 + int(random, 3) }, () => pick(random, queryParts)(random)).join('&')
  // Each fuzz request seems to come from its own address, so the feed's per-address quota is not spent for the other tests.
  const address = () => `198.51.100.${int(random, 250)}`

  const kinds: (() => RawRequest)[] = [
    () => ({ method: pick(random, READ_METHODS), path: `${anyPath()}?${query()}` }),
    () => {
      const { contentType, body } = pick(random, BODIES)(random)
      return {
        method: pick(random, ['POST', 'PATCH', 'PUT', 'DELETE']),
        path: pick(random, [...rest(targets), ...feed(targets), ...pages(targets)]),
        headers: { 'content-type': contentType },
        body,
      }
    },
    () => ({
      method: pick(random, READ_METHODS),
      path: `${anyPath()}${random() < 0.5 ? `?${query()}` : ''}`,
      headers: pick(random, HEADER_SETS)(random),
    }),
    () => ({
      method: pick(random, WRITE_METHODS),
      path: anyPath(),
      headers: { 'content-type': 'application/json' },
      body: '{"title":"fuzz","_status":"published"}',
    }),
    () => ({ method: pick(random, ['GET', 'HEAD', 'POST']), path: pick(random, TRAVERSALS) }),
    () => {
      const text = pick(random, graphql)(random)
      if (random() < 0.3) return { method: 'GET', path: `/api/graphql?query=${encodeURIComponent(text)}` }
      const body =
        random() < 0.2
          ? text
          : JSON.stringify({ query: text, variables: random() < 0.3 ? { l: 'not-an-int' } : undefined })
      return {
        method: 'POST',
        path: '/api/graphql',
        headers: { 'content-type': random() < 0.9 ? 'application/json' : 'text/plain' },
        body,
      }
    },
    () => pick(random, BAD_INPUT).request(targets.staff),
  ]
  return Array.from({ length: count }, (_, index) => {
    const request = kinds[index % kinds.length]!()
    return { ...request, headers: { 'x-forwarded-for': address(), ...request.headers } }
  })
}
