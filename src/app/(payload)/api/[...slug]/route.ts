import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { limitingByQuota } from '@/api/rest/anonymousQuota'
import { challenging401 } from '@/api/rest/authChallenge'
import { throttlingAuthForms } from '@/api/rest/authThrottle'
import { checkingWriteBodies } from '@/api/rest/objectBody'
import { ownBodyRoutes } from '@/api/rest/ownBodyRoutes'
import { checkingRestQueries } from '@/api/rest/queryGuard'
import { answering503WhenDatabaseIsDown } from '@/db/outage'

type Handler = ReturnType<typeof REST_GET>

const ownBody = config.then(ownBodyRoutes)

const guarded = (handler: Handler): Handler =>
  challenging401(
    answering503WhenDatabaseIsDown(
      limitingByQuota(checkingRestQueries(checkingWriteBodies(throttlingAuthForms(handler), ownBody))),
    ),
  )

export const GET = guarded(REST_GET(config))
export const POST = guarded(REST_POST(config))
export const DELETE = guarded(REST_DELETE(config))
export const PATCH = guarded(REST_PATCH(config))
export const PUT = guarded(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
