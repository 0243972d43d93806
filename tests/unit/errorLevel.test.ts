/**
 * Errors are logged at the level their status calls for, not their class
 * name (minified in production builds), and SQL stays at debug.
 */
import { Writable } from 'node:stream'

import { APIError, logError, type Payload } from 'payload'

import { createLogger } from '@/lib/log'

type Entry = Record<string, unknown> & { level: number }

function capture(level = 'info') {
  const lines: Entry[] = []
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Entry)
      done()
    },
  })
  const logger = createLogger(stream, level)
  // Payload's own error logging, as its REST and GraphQL handlers call it, with its default levels by class name.
  const payload = {
    logger,
    config: { loggingLevels: { Forbidden: 'info', NotFound: 'info', ValidationError: 'info' } },
  } as unknown as Payload
  return { lines, log: (err: unknown) => logError({ err, payload }) }
}

// What a minifier leaves of Payload's Forbidden: the same status, a name nobody configured.
class s extends APIError {
  constructor() {
    super('You are not allowed to perform this action.', 403)
  }
}

test('a 4xx whose class name was minified is logged at info, without a stack', () => {
  const { lines, log } = capture()
  const error = new s()
  expect(error.name).toBe('s')
  log(error)
  expect(lines).toHaveLength(1)
  expect(lines[0]).toMatchObject({ level: 30, msg: 'You are not allowed to perform this action.', status: 403 })
  expect(JSON.stringify(lines[0])).not.toMatch(/stack|at .*\.js/)
})

test('a rate limit or a lockout is a warning', () => {
  const { lines, log } = capture()
  log(new APIError('Too many requests', 429))
  log(new APIError('This account is locked', 423))
  expect(lines.map(({ level }) => level)).toEqual([40, 40])
})

function failedQuery(code: string, message: string) {
  const database = Object.assign(new Error(message), { code })
  return Object.assign(
    new Error(`Failed query: select "id", "title" from "films" where "films"."id" = $1\nparams: not-a-number`),
    {
      query: 'select "id", "title" from "films" where "films"."id" = $1',
      params: ['not-a-number'],
      cause: database,
    },
  )
}

test('a value the database refused is info, and neither the statement nor its parameters are logged', () => {
  const { lines, log } = capture()
  log(failedQuery('22P02', 'invalid input syntax for type integer: "not-a-number"'))
  expect(lines).toHaveLength(1)
  expect(lines[0]).toMatchObject({ level: 30, status: 400, code: '22P02' })
  expect(JSON.stringify(lines)).not.toMatch(/select|params|films"/)
})

test('a real database failure is an error with the database stack, its statement only at debug', () => {
  const quiet = capture()
  quiet.log(failedQuery('57P01', 'terminating connection due to administrator command'))
  expect(quiet.lines).toHaveLength(1)
  expect(quiet.lines[0]).toMatchObject({
    level: 50,
    msg: 'Database query failed: terminating connection due to administrator command',
    code: '57P01',
  })
  expect(String(quiet.lines[0].stack)).toContain('terminating connection')
  expect(JSON.stringify(quiet.lines)).not.toMatch(/select|not-a-number/)

  const verbose = capture('debug')
  verbose.log(failedQuery('57P01', 'terminating connection due to administrator command'))
  expect(verbose.lines.map(({ level }) => level)).toEqual([20, 50])
  expect(String(verbose.lines[0].sql)).toContain('select "id"')
})

test('a server error without a status keeps its level and stack', () => {
  const { lines, log } = capture()
  log(new Error('boom'))
  expect(lines[0]).toMatchObject({ level: 50 })
  expect(JSON.stringify(lines[0])).toContain('boom')
  expect(JSON.stringify(lines[0])).toContain('stack')
})

test('a database failure whose cause is not attached logs neither the statement nor its parameters', () => {
  const { lines, log } = capture()
  const { cause: _cause, ...bare } = failedQuery('2201X', 'OFFSET must not be negative')
  log(Object.assign(new Error(String(failedQuery('2201X', '').message)), bare))
  expect(lines[0]).toMatchObject({ level: 50, msg: 'Database query failed' })
  expect(String(lines[0].stack)).toMatch(/^\s+at /)
  expect(JSON.stringify(lines)).not.toMatch(/select|not-a-number/)
})

test('an error GraphQL wrapped is logged at its original status: a 403 at info, without a stack', () => {
  const { lines, log } = capture()
  const wrapped = Object.assign(new Error('You are not allowed to perform this action.'), {
    name: 'GraphQLError',
    originalError: new s(),
  })
  log(wrapped)
  expect(lines[0]).toMatchObject({ level: 30, status: 403 })
  expect(JSON.stringify(lines[0])).not.toMatch(/stack/)
})
