import { createDocument } from 'zod-openapi'
import type { ZodOpenApiPathsObject } from 'zod-openapi'

import { env } from '@/env'

import { ENDPOINTS } from './endpoints'
import { ErrorBody } from './schemas/common'

const error = (description: string) => ({ description, content: { 'application/json': { schema: ErrorBody } } })

const headers = {
  ETag: { description: 'Send back as If-None-Match: an unchanged answer is a 304 without a body.', schema: { type: 'string' as const } },
  'RateLimit-Limit': { description: 'Requests allowed per minute', schema: { type: 'integer' as const } },
  'RateLimit-Remaining': { description: 'Requests left in this minute', schema: { type: 'integer' as const } },
  'RateLimit-Reset': { description: 'Seconds until the quota resets', schema: { type: 'integer' as const } },
}

/** The OpenAPI 3.1 document of /api/v1, generated from the endpoints' zod schemas. */
export function openApiDocument() {
  const paths: ZodOpenApiPathsObject = {}
  for (const endpoint of ENDPOINTS) {
    const isCalendar = endpoint.contentType === 'text/calendar'
    paths[endpoint.path] = {
      get: {
        summary: endpoint.summary,
        description: endpoint.description,
        requestParams: { query: endpoint.query, ...(endpoint.params ? { path: endpoint.params } : {}) },
        responses: {
          200: { description: 'OK', headers, content: { [isCalendar ? 'text/calendar' : 'application/json']: { schema: endpoint.response } } },
          304: { description: 'Not modified (If-None-Match matched the ETag)' },
          400: error('A query parameter is invalid: `issues` names each one and what was expected.'),
          401: error('The Authorization header holds an unknown or revoked key.'),
          404: error(`${endpoint.notFound ?? 'Not found.'} A slug given as a query parameter (edition, film, venue) that names nothing published is a 404 too, whose \`issues\` name that parameter.`),
          405: error('Only GET, HEAD and OPTIONS are allowed.'),
          429: { ...error('Rate limit reached: retry after Retry-After seconds.'), headers: { 'Retry-After': { description: 'Seconds to wait', schema: { type: 'integer' } } } },
        },
      },
    }
  }
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Film Week partner API',
      version: '1.0.0',
      description:
        'Read-only, stable feed of the festival programme, films, people, reactions and editions. Field names are this contract’s own and do not change without a new version. Anonymous use is rate-limited per IP address; partners get a key and a higher limit.',
    },
    servers: [{ url: new URL('/api/v1', env().SERVER_URL).toString() }],
    security: [{}, { partnerKey: [] }],
    components: {
      securitySchemes: {
        partnerKey: { type: 'apiKey', in: 'header', name: 'Authorization', description: 'The header value is `users API-Key <your key>`.' },
      },
    },
    paths,
  })
}
