import { isMultipart, readMultipart } from '@/security/multipartForms'

type Handler<Context> = (request: Request, context: Context) => Promise<Response>

const WRITES = new Set(['POST', 'PATCH', 'PUT'])
/** Payload's own file names: longer ones cannot be stored on disk, and busboy refuses part headers past 16 kB. */
const MAX_NAME_BYTES = 255

/** Creating or updating a document (or a global): without a body Payload read, the operation had no data and failed with a 500. */
const writesDocument = (method: string, pathname: string) =>
  method === 'PATCH' || (method === 'POST' && /^\/api\/(?:globals\/)?[^/]+\/?$/.test(pathname))

const rejected = (message: string, status = 400) =>
  Response.json({ errors: [{ message }] }, { status, headers: { 'cache-control': 'no-store' } })

const kindOf = (value: unknown) =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'an array'
      : typeof value === 'object'
        ? 'an object'
        : `a ${typeof value}`

function objectProblem(text: string, what: string): Response | undefined {
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch (error) {
    return rejected(`${what} is not valid JSON: ${(error as SyntaxError).message}`)
  }
  const kind = kindOf(body)
  return kind === 'an object' ? undefined : rejected(`${what} must be a JSON object of fields, not ${kind}.`)
}

/** A form Payload would read: its `_payload` field (the document, as the admin sends it) a JSON object, its names short enough. */
async function formProblem(request: Request): Promise<Response | undefined> {
  const form = await readMultipart(request)
  if (form instanceof Response) return form
  for (const [name, value] of form) {
    if (Buffer.byteLength(name) > MAX_NAME_BYTES)
      return rejected(
        `A form field name is ${Buffer.byteLength(name)} bytes long; at most ${MAX_NAME_BYTES} are allowed.`,
      )
    if (typeof value !== 'string' && Buffer.byteLength(value.name) > MAX_NAME_BYTES)
      return rejected(
        `The file name is ${Buffer.byteLength(value.name)} bytes long; at most ${MAX_NAME_BYTES} are allowed.`,
      )
  }
  const fields = form.get('_payload')
  if (fields === null) return undefined
  return typeof fields === 'string'
    ? objectProblem(fields, 'The "_payload" field')
    : rejected('The "_payload" field must be a JSON object of fields, not a file.')
}

/**
 * What is wrong with a write's body, as the 4xx to answer, or nothing.
 * Payload reads a body only when its Content-Type is exactly
 * `application/json` or `multipart/form-data`; with any other (or none),
 * a document's create or update got no data and failed with a 500. It
 * takes any JSON value as a document's data: `[]` to
 * `POST /api/films?draft=true` created an empty draft. A malformed form or
 * a `_payload` that is not JSON was a 500 too.
 * `ownBody` lists the routes that read their body themselves.
 */
export async function writeBodyProblem(request: Request, ownBody: Set<string>): Promise<Response | undefined> {
  if (!WRITES.has(request.method)) return undefined
  const { pathname } = new URL(request.url)
  if (ownBody.has(`${request.method} ${pathname.replace(/\/$/, '')}`)) return undefined
  const header = request.headers.get('content-type') ?? ''
  const mediaType = header.split(';', 1)[0]!
  if (mediaType === 'multipart/form-data' && isMultipart(header)) return formProblem(request)
  const text = await request.clone().text()
  // An empty JSON body is read as no fields; Payload judges the rest (logout and refresh-token send none).
  if (mediaType === 'application/json') return text.trim() ? objectProblem(text, 'The request body') : undefined
  // A POST that Payload turns into a GET (the admin's long relationship queries) carries a query string.
  const readAsGet =
    request.headers.get('x-payload-http-method-override') === 'GET' ||
    request.headers.get('x-http-method-override') === 'GET'
  if (readAsGet || (!text && !writesDocument(request.method, pathname))) return undefined
  return rejected(
    `A write takes its fields as "application/json" (or "multipart/form-data" with a "_payload" field of JSON), not ${mediaType ? `"${mediaType}"` : 'a body without a Content-Type'}.`,
    415,
  )
}

/** Payload's REST handler behind the checks of a write's body; `ownBody` resolves to the routes that read theirs themselves. */
export function checkingWriteBodies<Context>(
  handler: Handler<Context>,
  ownBody: Promise<Set<string>>,
): Handler<Context> {
  return async (request, context) => (await writeBodyProblem(request, await ownBody)) ?? handler(request, context)
}
