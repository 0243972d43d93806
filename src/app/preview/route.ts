import config from '@payload-config'
import { draftMode, headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { getPayload } from 'payload'

import { isStaff } from '@/access/roles'
import { isLocale } from '@/i18n/locales'

/** Only paths of our own public pages: never an open redirect. */
function safePath(value: string | null): string | null {
  if (!value || !/^\/[a-z]{2}(\/[a-z0-9-/]*)?$/.test(value)) return null
  return isLocale(value.slice(1, 3)) ? value : null
}

/**
 * Turns on draft mode for an editor and opens the page. A logged-in staff
 * session (the admin's cookie) is required: a link or secret alone is not enough.
 */
export async function GET(request: Request): Promise<Response> {
  const path = safePath(new URL(request.url).searchParams.get('path'))
  if (!path)
    return Response.json({ error: 'path: expected a public page path such as /en/films/mua-do' }, { status: 400 })
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: await headers() })
  if (!isStaff(user))
    return Response.json({ error: 'Previews are for logged-in editors: log in at /admin first.' }, { status: 401 })
  ;(await draftMode()).enable()
  redirect(path)
}
