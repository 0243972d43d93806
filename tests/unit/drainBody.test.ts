import { drainBody } from '@/lib/drainBody'

const streaming = (chunks: number, size: number) => {
  let sent = 0
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent++ < chunks) controller.enqueue(new Uint8Array(size))
      else controller.close()
    },
  })
  return { request: new Request('http://site.test/api/v1/films', { method: 'POST', body, duplex: 'half' } as RequestInit), chunksRead: () => sent }
}

test('reads a refused body to its end, so the answer reaches the client', async () => {
  const { request, chunksRead } = streaming(5, 1024)
  await drainBody(request)
  expect(chunksRead()).toBe(6) // five chunks, then the end
})

test('stops reading past the limit', async () => {
  const { request, chunksRead } = streaming(100, 1024)
  await drainBody(request, 4 * 1024)
  expect(chunksRead()).toBeLessThan(10)
})

test('a request without a body is left alone', async () => {
  await expect(drainBody(new Request('http://site.test/api/v1/films', { method: 'DELETE' }))).resolves.toBeUndefined()
})
