import type { PayloadRequest } from 'payload'

import { isStaff } from './roles'

const staffOnly = ({ req }: { req: PayloadRequest }) => isStaff(req.user)

/**
 * Who may run, queue or cancel jobs (scheduled publishing), over
 * `/api/payload-jobs/run` or the Local API with access checked. Payload's
 * default is any logged-in user, which includes partners' API keys.
 */
export const jobsAccess = { run: staffOnly, queue: staffOnly, cancel: staffOnly }
