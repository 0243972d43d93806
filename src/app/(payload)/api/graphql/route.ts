import config from '@payload-config'
import '@payloadcms/next/css'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { checkingGraphQLRequests } from '@/api/graphql/requestGuard'
import { answering503WhenDatabaseIsDown } from '@/db/outage'

export const POST = answering503WhenDatabaseIsDown(checkingGraphQLRequests(GRAPHQL_POST(config)))
export const OPTIONS = REST_OPTIONS(config)
