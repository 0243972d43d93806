import { createDocument } from 'zod-openapi'
import type { ZodOpenApiPathsObject } from 'zod-openapi'

import { env } from '@/env'

import { ENDPOINTS } from './endpoints'
import { z } from 'zod'

import { ErrorBody } from './schemas/common'
import { WebhookPayload } from './schemas/webhooks'

const error = (description: string) => ({ description, content: { 'application/json': { schema: ErrorBody } } })

const headers = {
  ETag: {
    description: 'Send back as If-None-Match: an unchanged answer is a 304 without a body.',
    schema: { type: 'string' as const },
  },
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
          200: {
            description: 'OK',
            headers,
            content: { [isCalendar ? 'text/calendar' : 'application/json']: { schema: endpoint.response } },
          },
          304: { description: 'Not modified (If-None-Match matched the ETag)' },
          400: error('A query parameter is invalid: `issues` names each one and what was expected.'),
          401: error('The Authorization header holds an unknown or revoked key.'),
          404: error(
            `${endpoint.notFound ?? 'Not found.'} A slug given as a query parameter (edition, film, venue) that names nothing published is a 404 too, whose \`issues\` name that parameter.`,
          ),
          405: error('Only GET, HEAD and OPTIONS are allowed.'),
          429: {
            ...error('Rate limit reached: retry after Retry-After seconds.'),
            headers: { 'Retry-After': { description: 'Seconds to wait', schema: { type: 'integer' } } },
          },
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
        partnerKey: {
          type: 'apiKey',
          in: 'header',
          name: 'Authorization',
          description: 'The header value is `users API-Key <your key>`.',
        },
      },
    },
    paths,
    // What partners' registered endpoints receive (src/webhooks): OpenAPI 3.1 describes requests we send, not serve, here.
    webhooks: {
      publication: {
        post: {
          summary: 'Something was published, unpublished, changed while published, or deleted',
          description:
            'POSTed to each endpoint the festival registered for you, signed per the Standard Webhooks specification (https://www.standardwebhooks.com) with your `whsec_` secret: verify `webhook-id`, `webhook-timestamp` and `webhook-signature` with a Standard Webhooks library before trusting the body. The body names what changed and the /api/v1 URLs to fetch again; it never holds content.',
          requestParams: {
            header: z.object({
              'webhook-id': z
                .string()
                .meta({ description: 'Unique per event, the same on every retry: drop duplicates with it.' }),
              'webhook-timestamp': z
                .string()
                .meta({ description: 'Seconds since the Unix epoch, when this attempt was signed.' }),
              'webhook-signature': z.string().meta({
                description:
                  'Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`.',
              }),
            }),
          },
          requestBody: { content: { 'application/json': { schema: WebhookPayload } } },
          responses: {
            200: {
              description:
                'Any 2xx within 10 seconds acknowledges the delivery. Anything else, or no answer, is retried with exponential backoff for about two hours; many failures in a row pause the endpoint.',
            },
          },
        },
      },
    },
  })
}
