/** Calls the /api/v1 route handlers in process, exactly as Next does for a request. */
type Handler = (request: Request, context: { params: Promise<unknown> }) => Promise<Response>

export type FeedCall = { method?: string; headers?: Record<string, string>; params?: Record<string, string> }

export async function call(
  handler: Handler,
  path: string,
  { headers = {}, params = {}, method = 'GET' }: FeedCall = {},
) {
  const response = await handler(new Request(`http://localhost:3000${path}`, { method, headers }), {
    params: Promise.resolve(params),
  })
  const text = await response.text()
  const json =
    response.headers.get('content-type')?.includes('json') && text ? (JSON.parse(text) as unknown) : undefined
  return { status: response.status, headers: response.headers, text, json }
}
