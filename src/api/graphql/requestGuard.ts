import { type DocumentNode, GraphQLError, Kind, parse, visit } from 'graphql'

import { pagingOutOfRange } from './paging'
import { selectionDepth } from './selectionDepth'

/** Far above any query the site or the admin sends; a body this big is an attack or a mistake. */
export const MAX_BODY_BYTES = 100_000
/** Caps parsing work (and the nesting of a document) before any validation runs. */
export const MAX_TOKENS = 5_000
/** Field nesting, fragments expanded: Films → docs → director → films → docs … stays well inside it. */
export const MAX_DEPTH = 12

type Handler<Context> = (request: Request, context: Context) => Promise<Response>

const rejected = (message: string, status = 400) =>
  Response.json({ errors: [{ message }] }, { status, headers: { 'cache-control': 'no-store' } })

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** A NUL (U+0000) in a string of the variables (keys too), walked without recursion: a 100 kB body nests deep. */
function nulIn(variables: unknown): boolean {
  const pending = [variables]
  while (pending.length) {
    const value = pending.pop()
    if (typeof value === 'string' && value.includes('\0')) return true
    if (typeof value === 'object' && value !== null)
      for (const [key, item] of Object.entries(value)) pending.push(key, item)
  }
  return false
}

/** A NUL in the document's strings or in the variables: PostgreSQL refuses it, and Payload answered with a 500 inside a 200. */
function holdsNul(document: DocumentNode, variables: unknown): boolean {
  let found = nulIn(variables)
  visit(document, {
    [Kind.STRING]: (node) => {
      if (node.value.includes('\0')) found = true
    },
  })
  return found
}

/** Why a GraphQL POST cannot be run, as the answer to give, or nothing when it can. */
export async function graphQLRequestProblem(request: Request): Promise<Response | undefined> {
  const mediaType = (request.headers.get('content-type') ?? '').split(';', 1)[0]!.trim().toLowerCase()
  // Payload parses multipart and other bodies itself before graphql-http refuses them, and fails on malformed ones.
  if (mediaType !== 'application/json') return rejected('GraphQL requests must be sent as application/json.', 415)
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES)
    return rejected(`The request body is larger than ${MAX_BODY_BYTES} bytes.`, 413)
  const text = await request.clone().text()
  if (Buffer.byteLength(text) > MAX_BODY_BYTES)
    return rejected(`The request body is larger than ${MAX_BODY_BYTES} bytes.`, 413)

  let body: unknown
  try {
    body = JSON.parse(text)
  } catch (error) {
    return rejected(`The request body is not valid JSON: ${(error as SyntaxError).message}`)
  }
  if (!isRecord(body)) return rejected('The request body must be a JSON object with a "query".')
  if (typeof body.query !== 'string') return rejected('"query" must be a string holding a GraphQL document.')
  if (body.variables != null && !isRecord(body.variables)) return rejected('"variables" must be an object.')
  if (body.operationName != null && typeof body.operationName !== 'string')
    return rejected('"operationName" must be a string.')

  let document: DocumentNode
  try {
    document = parse(body.query, { maxTokens: MAX_TOKENS })
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error
    return Response.json(
      { errors: [{ message: error.message, locations: error.locations }] },
      { status: 400, headers: { 'cache-control': 'no-store' } },
    )
  }
  if (holdsNul(document, body.variables))
    return rejected('A string in the query or its variables holds a NUL character (U+0000), which no field can hold.')
  const paging = pagingOutOfRange(document, isRecord(body.variables) ? body.variables : {})
  if (paging) return rejected(paging)
  const depth = selectionDepth(document)
  if ('cycle' in depth) return rejected(`Fragment "${depth.cycle}" spreads itself: it would never end.`)
  if (depth.depth > MAX_DEPTH)
    return rejected(`The query nests ${depth.depth} fields deep; at most ${MAX_DEPTH} are allowed.`)
  return undefined
}

/**
 * Payload's GraphQL handler answers a bare 500 to an unparsable body, and
 * overflows the stack on a fragment that spreads itself: such requests get a
 * 400 (or 413, 415) in GraphQL's error shape before they reach it.
 */
export function checkingGraphQLRequests<Context>(handler: Handler<Context>): Handler<Context> {
  return async (request, context) => (await graphQLRequestProblem(request)) ?? handler(request, context)
}
