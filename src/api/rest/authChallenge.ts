type Handler<Context> = (request: Request, context: Context) => Promise<Response>

/**
 * The ways Payload takes credentials besides its session cookie: an API key
 * (`Authorization: users API-Key <key>`) and a token from /api/users/login
 * (`Authorization: Bearer <token>`, or `JWT <token>`).
 */
export const AUTH_CHALLENGE = 'users API-Key, Bearer realm="Film Week"'

/** A 401 says how to authenticate (RFC 9110 §11.6.1): Payload sends none. */
export function challenging401<Context>(handler: Handler<Context>): Handler<Context> {
  return async (request, context) => {
    const response = await handler(request, context)
    if (response.status !== 401 || response.headers.has('www-authenticate')) return response
    const headers = new Headers(response.headers)
    headers.set('www-authenticate', AUTH_CHALLENGE)
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
  }
}
