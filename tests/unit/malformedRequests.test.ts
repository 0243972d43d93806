import { malformedRequest, unreadablePageForm } from '@/security/malformedRequests'

const messageOf = async (response: Response | undefined) =>
  response && { status: response.status, ...((await response.json()) as { errors: { message: string }[] }).errors[0] }

test('a path that does not decode, or multipart without a boundary, is a 400', async () => {
  for (const path of ['/en/films/%', '/en/films/%C0%AE%C0%AE%2f', '/en/films/%E2%82']) {
    expect(await messageOf(malformedRequest(path, null))).toEqual({
      status: 400,
      message: expect.stringContaining('percent-encoded'),
    })
  }
  expect(await messageOf(malformedRequest('/api/films', 'multipart/form-data'))).toEqual({
    status: 400,
    message: expect.stringContaining('boundary'),
  })
  expect(malformedRequest('/vi/films/m%C6%B0a-%C4%91%E1%BB%8F', 'multipart/form-data; boundary=xyz')).toBeUndefined()
  expect(malformedRequest('/en', 'application/json')).toBeUndefined()
})

test('a form posted to a page that cannot be read is a 400; a readable one, and the REST API, are left to their handlers', async () => {
  const post = (path: string, body: string, boundary = 'AAA') =>
    unreadablePageForm(
      new Request(`http://site.test${path}`, {
        method: 'POST',
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
        body,
      }),
      path,
    )
  const unreadable = { status: 400, message: expect.stringContaining('could not be read') }
  expect(await messageOf(await post('/en/films', ''))).toEqual(unreadable)
  expect(
    await messageOf(
      await post('/en/films', '--BBB\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--BBB--\r\n'),
    ),
  ).toEqual(unreadable)
  expect(
    await messageOf(await post('/admin/login', '--AAA\r\nContent-Disposition: form-data; name="a"\r\n\r\n1')),
  ).toEqual(unreadable)
  expect(
    await post('/en/films', '--AAA\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--AAA--\r\n'),
  ).toBeUndefined()
  expect(await post('/api/media', '')).toBeUndefined()
})
