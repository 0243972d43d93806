import { draftMode } from 'next/headers'

import type { Locale } from '@/i18n/locales'

import type { ReadContext } from './client'

/** The read context of a page: drafts, uncached, only while an editor previews (draft mode). */
export async function pageContext(locale: Locale): Promise<ReadContext> {
  const { isEnabled } = await draftMode()
  return { locale, draft: isEnabled }
}
