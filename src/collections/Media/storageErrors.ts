import type { CollectionAfterErrorHook } from 'payload'

import { databaseReachable, isConnectionFailure, RETRY_AFTER_SECONDS } from '@/db/outage'

const LOG_EVERY_MS = 60_000
let lastLogged = 0

/**
 * An upload that fails because the media store (S3) cannot be reached gets a
 * 503 that says so, instead of Payload's generic 500: the editor's file was
 * not saved and nothing else is wrong. Logged once a minute, not per request.
 */
export const explainStorageOutage: CollectionAfterErrorHook = async ({ error, req }) => {
  if (!isConnectionFailure(error) || !(await databaseReachable())) return
  if (Date.now() - lastLogged > LOG_EVERY_MS) {
    lastLogged = Date.now()
    req.payload.logger.error({ msg: `Media storage unreachable: ${error.message}` })
  }
  return {
    status: 503,
    response: {
      errors: [
        {
          message: `Media storage is unavailable: the file was not saved. Try again in ${RETRY_AFTER_SECONDS} seconds.`,
        },
      ],
    },
  }
}
