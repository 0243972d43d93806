import { openApi } from '@/api/v1/endpoints/openapi'
import { routeHandlers } from '@/api/v1/http'

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeHandlers(openApi)
