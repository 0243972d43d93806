import config from '@payload-config'
import '@payloadcms/next/css'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { checkingGraphQLRequests } from '@/api/graphql/requestGuard'
import { challenging401 } from '@/api/rest/authChallenge'
import { answering503WhenDatabaseIsDown } from '@/db/outage'

export const POST = challenging401(answering503WhenDatabaseIsDown(checkingGraphQLRequests(GRAPHQL_POST(config))))
export const OPTIONS = REST_OPTIONS(config)
