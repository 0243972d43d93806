import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { checkingRestQueries } from '@/api/rest/queryGuard'
import { answering503WhenDatabaseIsDown } from '@/db/outage'

export const GET = answering503WhenDatabaseIsDown(checkingRestQueries(REST_GET(config)))
export const POST = answering503WhenDatabaseIsDown(checkingRestQueries(REST_POST(config)))
export const DELETE = answering503WhenDatabaseIsDown(checkingRestQueries(REST_DELETE(config)))
export const PATCH = answering503WhenDatabaseIsDown(checkingRestQueries(REST_PATCH(config)))
export const PUT = answering503WhenDatabaseIsDown(checkingRestQueries(REST_PUT(config)))
export const OPTIONS = REST_OPTIONS(config)
