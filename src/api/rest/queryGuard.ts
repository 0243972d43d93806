/** Paging parameters Payload passes to PostgreSQL as given: an array there becomes a record and a 500. */
const SINGLE_NUMBERS = ['limit', 'page', 'depth']
// No collection has a point field; Payload crashes (a TypeError) on these operators elsewhere.
const GEOGRAPHIC_OPERATOR = /\[(near|within|intersects)\]$/

type Handler<Context> = (request: Request, context: Context) => Promise<Response>

const rejected = (message: string) =>
  Response.json({ errors: [{ message }] }, { status: 400, headers: { 'cache-control': 'no-store' } })

/** What is wrong with a REST request's path or query string, as the 400 to answer, or nothing. */
export function restQueryProblem(url: URL): Response | undefined {
  // A NUL in a file name reached the file system (a 500 for staff) or PostgreSQL.
  if (url.pathname.includes('%00')) return rejected('The path contains a NUL byte (%00), which no name holds.')
  const keys = [...url.searchParams.keys()]
  for (const name of SINGLE_NUMBERS) {
    const given = keys.filter((key) => key === name || key.startsWith(`${name}[`))
    if (given.length > 1 || given.some((key) => key !== name))
      return rejected(`"${name}" must be given once, as a whole number.`)
  }
  const geographic = keys.find((key) => key.startsWith('where[') && GEOGRAPHIC_OPERATOR.test(key))
  if (geographic)
    return rejected(`"${geographic}": no field here holds a location, so geographic operators do not apply.`)
  return undefined
}

/** Payload's REST handler behind a check of the query parameters it would pass on unchecked. */
export function checkingRestQueries<Context>(handler: Handler<Context>): Handler<Context> {
  return async (request, context) => restQueryProblem(new URL(request.url)) ?? handler(request, context)
}
