import { buildSchema, parse, validate } from 'graphql'

import { graphQLRequestProblem, MAX_BODY_BYTES, MAX_DEPTH } from '@/api/graphql/requestGuard'
import { selectionDepth } from '@/api/graphql/selectionDepth'
import { variablesFitTheirTypes } from '@/api/graphql/variablesRule'

const post = (body: string, contentType = 'application/json') =>
  new Request('http://site.test/api/graphql', { method: 'POST', headers: { 'content-type': contentType }, body })

async function problem(body: string, contentType?: string) {
  const response = await graphQLRequestProblem(post(body, contentType))
  return (
    response && {
      status: response.status,
      message: ((await response.json()) as { errors: { message: string }[] }).errors[0]!.message,
    }
  )
}

test('a small valid query passes, and its body can still be read by the handler', async () => {
  const request = post(JSON.stringify({ query: '{ Films { docs { title } } }', variables: { l: 1 } }))
  expect(await graphQLRequestProblem(request)).toBeUndefined()
  expect(await request.text()).toContain('Films')
})

test('a malformed body is a 400 (413, 415) that says what is wrong', async () => {
  expect(await problem('{ Films { docs { title } } }')).toEqual({
    status: 400,
    message: expect.stringMatching(/^The request body is not valid JSON/),
  })
  expect(await problem('[1]')).toEqual({ status: 400, message: expect.stringContaining('JSON object') })
  expect(await problem(JSON.stringify({ query: 1 }))).toEqual({
    status: 400,
    message: expect.stringContaining('"query"'),
  })
  expect(await problem(JSON.stringify({ query: '{ a }', variables: [1] }))).toEqual({
    status: 400,
    message: expect.stringContaining('"variables"'),
  })
  expect(await problem(JSON.stringify({ query: '{ Films' }))).toEqual({
    status: 400,
    message: expect.stringMatching(/^Syntax Error/),
  })
  expect(await problem('{"query":"{ a }"}', 'text/plain')).toEqual({
    status: 415,
    message: expect.stringContaining('application/json'),
  })
  expect(await problem(JSON.stringify({ query: `{ a }${' '.repeat(MAX_BODY_BYTES)}` }))).toEqual({
    status: 413,
    message: expect.stringContaining('larger'),
  })
})

test('a fragment that spreads itself, or a query nested too deep, is refused before validation', async () => {
  expect(await problem(JSON.stringify({ query: '{ Films { docs { ...F } } } fragment F on Film { ...F }' }))).toEqual({
    status: 400,
    message: expect.stringContaining('"F" spreads itself'),
  })
  const deep = '{ a '.repeat(MAX_DEPTH + 1) + '}'.repeat(MAX_DEPTH + 1)
  expect(await problem(JSON.stringify({ query: deep }))).toEqual({
    status: 400,
    message: expect.stringContaining(`at most ${MAX_DEPTH}`),
  })
})

test('a NUL character in a string of the query or of its variables (deeply nested too) is refused: PostgreSQL cannot take it', async () => {
  const nul = { status: 400, message: expect.stringContaining('NUL character (U+0000)') }
  expect(
    await problem(JSON.stringify({ query: '{ Films(where: { title: { like: "\\u0000" } }) { docs { id } } }' })),
  ).toEqual(nul)
  expect(
    await problem(
      JSON.stringify({
        query: 'query Q($w: JSON) { a(w: $w) }',
        variables: { w: [{ or: [{ title: { like: 'a\u0000' } }] }] },
      }),
    ),
  ).toEqual(nul)
  const deep = '{"a":'.repeat(15_000) + '"\\u0000"' + '}'.repeat(15_000)
  expect(await problem(`{"query":"{ a }","variables":${deep}}`)).toEqual(nul)
  expect(
    await problem(
      JSON.stringify({
        query: '{ Films(where: { title: { like: "\\\\u0000" } }) { docs { id } } }',
        variables: { t: '\\u0000' },
      }),
    ),
  ).toBeUndefined()
})

test('selection depth expands fragments and finds indirect cycles', () => {
  expect(selectionDepth(parse('{ a { b { ...F } } } fragment F on T { c { d } }'))).toEqual({ depth: 4 })
  expect(selectionDepth(parse('{ a { ... on T { b } } }'))).toEqual({ depth: 2 })
  expect(selectionDepth(parse('{ ...A } fragment A on Q { a { ...B } } fragment B on T { ...A }'))).toEqual({
    cycle: 'A',
  })
})

test('variables that do not fit their types are validation errors, not execution errors', () => {
  const schema = buildSchema('type Query { films(limit: Int): Int }')
  const document = parse('query Q($l: Int) { films(limit: $l) }')
  const args = (variableValues: Record<string, unknown>) => ({ schema, document, variableValues })
  expect(
    validate(schema, document, [variablesFitTheirTypes(args({ l: 'not-an-int' }))]).map((error) => error.message),
  ).toEqual([expect.stringContaining('"$l" got invalid value')])
  expect(validate(schema, document, [variablesFitTheirTypes(args({ l: 3 }))])).toEqual([])
})
