/**
 * What reaches the logs: secrets and personal data redacted, request ids
 * honoured only when they are short tokens, and returned to the caller.
 */
import { Writable } from 'node:stream'

import { createLogger } from '@/lib/log'
import { requestIdOf, withRequestLog } from '@/lib/requestLog'

function capture() {
  const lines: string[] = []
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString())
      done()
    },
  })
  return { logger: createLogger(stream, 'info'), lines }
}

test('credentials and personal data are redacted, the rest is kept', () => {
  const { logger, lines } = capture()
  logger.info(
    {
      headers: {
        authorization: 'users API-Key sk-partner-123',
        cookie: 'payload-token=eyJhbGciOi',
        'user-agent': 'curl/8',
      },
      user: { email: 'lan@example.com', password: 'correct-horse', role: 'editor' },
      apiKey: 'partner-key-0123456789abcdef',
      req: { headers: { Authorization: 'Bearer eyJtoken' } },
    },
    'login',
  )
  const text = lines.join('')
  for (const secret of [
    'sk-partner-123',
    'payload-token',
    'lan@example.com',
    'correct-horse',
    'partner-key-0123456789abcdef',
    'eyJtoken',
  ]) {
    expect(text).not.toContain(secret)
  }
  const entry = JSON.parse(text)
  expect(entry).toMatchObject({
    msg: 'login',
    level: 30,
    headers: { authorization: '[redacted]', 'user-agent': 'curl/8' },
    user: { email: '[redacted]', role: 'editor' },
    apiKey: '[redacted]',
  })
})

test('a request id is kept when it is a short token, replaced otherwise', () => {
  const withId = (id: string) =>
    requestIdOf(new Request('http://localhost/api/v1/films', { headers: { 'x-request-id': id } }))
  expect(withId('lb-4f2a9c1e-0001')).toBe('lb-4f2a9c1e-0001')
  for (const bad of ['short', 'x'.repeat(65), 'abc def ghij', 'id"},"admin":true'])
    expect(withId(bad)).toMatch(/^[0-9a-f-]{36}$/)
})

test('a wrapped handler returns the request id, also when it throws', async () => {
  const ok = withRequestLog(() => new Response('ok'))
  const failing = withRequestLog(() => {
    throw new Error('boom')
  })
  const given = await ok(
    new Request('http://localhost/api/v1/films', { headers: { 'x-request-id': 'given-id-1234' } }),
    undefined,
  )
  expect(given.headers.get('x-request-id')).toBe('given-id-1234')
  const failed = await failing(new Request('http://localhost/api/v1/films'), undefined)
  expect(failed.status).toBe(500)
  const id = failed.headers.get('x-request-id')
  expect(id).toMatch(/^[0-9a-f-]{36}$/)
  expect(JSON.stringify(await failed.json())).toContain(id!)
})
