import { z } from 'zod'

import { withRequestLog } from '@/lib/requestLog'
import { expireHere } from '@/publication/nextCache'
import { verify } from '@/publication/signature'

const Body = z.object({
  tags: z.array(z.string().max(200)).max(500),
  paths: z
    .array(
      z
        .string()
        .regex(/^\/[a-z0-9/-]*$/)
        .max(300),
    )
    .max(100),
})

/** Expires cache tags and paths for publication events heard outside a request (jobs, other instances), signed with PAYLOAD_SECRET. */
export const POST = withRequestLog(async (request) => {
  const body = Body.safeParse(await request.json().catch(() => null))
  if (!body.success)
    return Response.json({ error: 'tags, paths: expected lists of cache tags and page paths' }, { status: 400 })
  if (!verify(body.data, request.headers.get('x-signature')))
    return Response.json({ error: 'x-signature: not signed by this server' }, { status: 403 })
  expireHere(body.data)
  return Response.json({ expired: body.data.tags.length + body.data.paths.length })
})
