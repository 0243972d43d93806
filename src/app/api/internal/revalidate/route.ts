import { revalidateTag } from 'next/cache'
import { z } from 'zod'

import { verifyTags } from '@/data/selfRevalidate'

const Body = z.object({ tags: z.array(z.string().max(200)).max(500) })

/** Expires cache tags on behalf of this server's own background jobs (signed with PAYLOAD_SECRET). */
export async function POST(request: Request): Promise<Response> {
  const body = Body.safeParse(await request.json().catch(() => null))
  if (!body.success) return Response.json({ error: 'tags: expected a list of cache tags' }, { status: 400 })
  if (!verifyTags(body.data.tags, request.headers.get('x-signature'))) return Response.json({ error: 'x-signature: not signed by this server' }, { status: 403 })
  for (const tag of body.data.tags) revalidateTag(tag, { expire: 0 })
  return Response.json({ expired: body.data.tags.length })
}
