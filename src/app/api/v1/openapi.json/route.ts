import { openApiDocument } from '@/api/v1/openapi'
import { withRequestLog } from '@/lib/requestLog'

/** The partner API's OpenAPI 3.1 document, generated from its zod schemas. */
export const GET = withRequestLog(() => Response.json(openApiDocument(), { headers: { 'access-control-allow-origin': '*', 'cache-control': 'public, max-age=300' } }))
