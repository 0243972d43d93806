import type { PayloadRequest } from 'payload'

/**
 * A request for a Local API call made inside a hook: same transaction, user and
 * context, but its own locale and query. The Local API sets the locale (and
 * query depth) of the request it is given, so a read with `locale: 'all'` on
 * the hook's own request would make the write being hooked continue in 'all'.
 */
export const nestedReq = (req: PayloadRequest): PayloadRequest => ({ ...req, query: { ...req.query } })
