import { malformedRequest } from '@/security/malformedRequests'

const messageOf = async (response: Response | undefined) => response && { status: response.status, ...((await response.json()) as { errors: { message: string }[] }).errors[0] }

test('a path that does not decode, or multipart without a boundary, is a 400', async () => {
  for (const path of ['/en/films/%', '/en/films/%C0%AE%C0%AE%2f', '/en/films/%E2%82']) {
    expect(await messageOf(malformedRequest(path, null))).toEqual({ status: 400, message: expect.stringContaining('percent-encoded') })
  }
  expect(await messageOf(malformedRequest('/api/films', 'multipart/form-data'))).toEqual({ status: 400, message: expect.stringContaining('boundary') })
  expect(malformedRequest('/vi/films/m%C6%B0a-%C4%91%E1%BB%8F', 'multipart/form-data; boundary=xyz')).toBeUndefined()
  expect(malformedRequest('/en', 'application/json')).toBeUndefined()
})
