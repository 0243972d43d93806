import { z } from 'zod'

import { defineEndpoint } from '../http'
import { openApiDocument } from '../openapi'

/** The OpenAPI document itself, served like every other answer (ETag, rate limit, JSON errors); not one of its own paths. */
export const openApi = defineEndpoint({
  path: '/openapi.json',
  summary: 'This API as OpenAPI 3.1',
  description: 'Generated from the zod schemas that validate every parameter and answer.',
  query: z.strictObject({}),
  response: z.custom<ReturnType<typeof openApiDocument>>(),
  handle: async () => openApiDocument(),
})
