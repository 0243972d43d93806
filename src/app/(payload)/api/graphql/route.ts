import config from '@payload-config'
import '@payloadcms/next/css'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { checkingGraphQLRequests } from '@/api/graphql/requestGuard'
import { limitingByQuota } from '@/api/rest/anonymousQuota'
import { challenging401 } from '@/api/rest/authChallenge'
import { answering503WhenDatabaseIsDown } from '@/db/outage'

export const POST = challenging401(
  answering503WhenDatabaseIsDown(limitingByQuota(checkingGraphQLRequests(GRAPHQL_POST(config)))),
)
export const OPTIONS = REST_OPTIONS(config)
