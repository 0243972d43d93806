import { draftMode, headers } from 'next/headers'

import { isStaff } from '@/access/roles'
import type { Locale } from '@/i18n/locales'

import { payloadClient, type ReadContext } from './client'

/**
 * The read context of a page: drafts, uncached, only while an editor
 * previews. Draft mode alone is not enough: its cookie outlives the editor's
 * session, so the request's user is checked on every preview render, and a
 * browser without a staff session reads the published site.
 */
export async function pageContext(locale: Locale): Promise<ReadContext> {
  const { isEnabled } = await draftMode()
  if (!isEnabled) return { locale }
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return user && isStaff(user) && user.collection === 'users' ? { locale, draft: true, user } : { locale }
}
