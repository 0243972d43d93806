/**
 * Requests Next itself fails on with a bare 500 before any route runs: a path
 * whose percent-encoding does not decode (`/en/films/%`, `%C0%AE`), a
 * multipart body without its boundary (Next reads it as a Server Action, the
 * REST API as an upload), and a form posted to a page that cannot be read.
 * The proxy's matcher picks out requests that may be such.
 */
import { isMultipart, readMultipart } from './multipartForms'

const rejected = (message: string) =>
  Response.json({ errors: [{ message }] }, { status: 400, headers: { 'cache-control': 'no-store' } })

/** The 400 for a malformed request, or nothing when the request is well-formed. */
export function malformedRequest(pathname: string, contentType: string | null): Response | undefined {
  if (pathname.includes('%')) {
    try {
      decodeURIComponent(pathname)
    } catch {
      return rejected('The path is not valid percent-encoded UTF-8.')
    }
  }
  if (contentType && /^\s*multipart\//i.test(contentType) && !/;\s*boundary=/i.test(contentType))
    return rejected('A multipart body needs a boundary parameter in its Content-Type.')
  return undefined
}

/**
 * A multipart POST to a page (or the admin) may be a Server Action sent
 * without JavaScript: Next reads the form and failed with a 500 on an empty,
 * cut-short or mismatched body. The REST API checks its own (its uploads are
 * larger than the proxy may read).
 */
export async function unreadablePageForm(request: Request, pathname: string): Promise<Response | undefined> {
  if (request.method !== 'POST' || pathname.startsWith('/api/') || !isMultipart(request.headers.get('content-type')))
    return undefined
  const form = await readMultipart(request)
  return form instanceof Response ? form : undefined
}
