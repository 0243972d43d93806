import { post } from '@/api/v1/endpoints'
import { routeHandlers } from '@/api/v1/http'

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeHandlers(post)
