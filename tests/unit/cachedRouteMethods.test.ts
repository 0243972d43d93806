import { cachedRouteMethod } from '@/security/cachedRouteMethods'

test.each(['GET', 'HEAD'])('%s reaches a cached calendar file', (method) => {
  expect(cachedRouteMethod('/en/programme/calendar.ics', method)).toBeUndefined()
})

test('OPTIONS is answered by the proxy, so its 204 is never cached as the file', () => {
  const response = cachedRouteMethod('/fr/films/mua-do/calendar.ics', 'OPTIONS')
  expect(response?.status).toBe(204)
  expect(response?.headers.get('allow')).toBe('GET, HEAD, OPTIONS')
})

test.each(['POST', 'PUT', 'PATCH', 'DELETE'])('%s gets a 405 naming the allowed methods', async (method) => {
  const response = cachedRouteMethod('/vi/screenings/12/calendar.ics', method)
  expect(response?.status).toBe(405)
  expect(((await response?.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(
    /read-only \(GET, HEAD, OPTIONS\)/,
  )
})

test("the partner feed's calendars and other paths are left alone", () => {
  expect(cachedRouteMethod('/api/v1/programme/calendar.ics', 'OPTIONS')).toBeUndefined()
  expect(cachedRouteMethod('/en/programme', 'POST')).toBeUndefined()
})
