import { openApiDocument } from '@/api/v1/openapi'

/** The partner API's OpenAPI 3.1 document, generated from its zod schemas. */
export function GET(): Response {
  return Response.json(openApiDocument(), { headers: { 'access-control-allow-origin': '*', 'cache-control': 'public, max-age=300' } })
}
