import { answer400ForInvalidValues } from '@/api/rest/invalidValues'
import { restQueryProblem } from '@/api/rest/queryGuard'

const messageOf = async (response: Response | undefined) =>
  response && { status: response.status, ...((await response.json()) as { errors: { message: string }[] }).errors[0] }

test('REST paging parameters must be single numbers; geographic operators and a NUL in the path are refused', async () => {
  const problem = (query: string) => messageOf(restQueryProblem(new URL(`http://site.test/api/films?${query}`)))
  expect(await problem('limit=1&limit=2')).toEqual({
    status: 400,
    message: '"limit" must be given once, as a whole number.',
  })
  expect(await problem('depth[]=4')).toEqual({ status: 400, message: '"depth" must be given once, as a whole number.' })
  expect(await problem('where[createdAt][near]=1,2,3')).toEqual({
    status: 400,
    message: expect.stringContaining('where[createdAt][near]'),
  })
  expect(await problem('limit=10&page=2&where[title][like]=near')).toBeUndefined()
  expect(await messageOf(restQueryProblem(new URL('http://site.test/api/media/file/still%00.png')))).toEqual({
    status: 400,
    message: expect.stringContaining('NUL byte (%00)'),
  })
})

test("PostgreSQL's data exceptions, wrapped or not, become a 400 naming the value; other errors are left alone", async () => {
  const pgError = Object.assign(new Error('invalid input syntax for type integer: "NaN"'), { code: '22P02' })
  const hook = (error: Error) => answer400ForInvalidValues({ error, context: {}, req: {} as never })
  expect(await hook(new Error('Failed query: select …', { cause: pgError }))).toEqual({
    status: 400,
    response: { errors: [{ message: 'Invalid value in the request: invalid input syntax for type integer: "NaN".' }] },
  })
  expect(await hook(Object.assign(new Error('connection refused'), { code: '08006' }))).toBeUndefined()
  expect(await hook(new Error('boom'))).toBeUndefined()
})
