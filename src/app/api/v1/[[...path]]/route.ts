import { unknownPathHandlers } from '@/api/v1/http'

/** Any other /api/v1 path: the feed's own 404, rather than Payload's REST handler under /api. */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = unknownPathHandlers()
