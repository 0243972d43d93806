/**
 * Requests Next itself fails on with a bare 500 before any route runs: a path
 * whose percent-encoding does not decode (`/en/films/%`, `%C0%AE`), and a
 * multipart body without its boundary (Next reads it as a Server Action, the
 * REST API as an upload). The proxy's matcher picks out requests that may be such.
 */
const rejected = (message: string) => Response.json({ errors: [{ message }] }, { status: 400, headers: { 'cache-control': 'no-store' } })

/** The 400 for a malformed request, or nothing when the request is well-formed. */
export function malformedRequest(pathname: string, contentType: string | null): Response | undefined {
  if (pathname.includes('%')) {
    try {
      decodeURIComponent(pathname)
    } catch {
      return rejected('The path is not valid percent-encoded UTF-8.')
    }
  }
  if (contentType && /^\s*multipart\//i.test(contentType) && !/;\s*boundary=/i.test(contentType)) return rejected('A multipart body needs a boundary parameter in its Content-Type.')
  return undefined
}
