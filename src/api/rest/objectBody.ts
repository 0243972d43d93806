type Handler<Context> = (request: Request, context: Context) => Promise<Response>

const WRITES = new Set(['POST', 'PATCH', 'PUT'])

const rejected = (message: string) => Response.json({ errors: [{ message }] }, { status: 400, headers: { 'cache-control': 'no-store' } })

const kindOf = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : `a ${typeof value}`)

/**
 * What is wrong with a JSON write's body, as the 400 to answer, or nothing.
 * Payload takes any JSON value as a document's data: `[]` to
 * `POST /api/films?draft=true` created an empty draft.
 */
export async function jsonBodyProblem(request: Request): Promise<Response | undefined> {
  if (!WRITES.has(request.method)) return undefined
  const mediaType = (request.headers.get('content-type') ?? '').split(';', 1)[0]!.trim().toLowerCase()
  if (mediaType !== 'application/json') return undefined
  const text = await request.clone().text()
  // An empty body is Payload's to judge (logout, refresh-token and the like send none).
  if (!text.trim()) return undefined
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch (error) {
    return rejected(`The request body is not valid JSON: ${(error as SyntaxError).message}`)
  }
  const kind = kindOf(body)
  return kind === 'an object' ? undefined : rejected(`The request body must be a JSON object of fields, not ${kind}.`)
}

/** Payload's REST handler behind the check that a JSON body is an object. */
export function checkingJsonBodies<Context>(handler: Handler<Context>): Handler<Context> {
  return async (request, context) => (await jsonBodyProblem(request)) ?? handler(request, context)
}
