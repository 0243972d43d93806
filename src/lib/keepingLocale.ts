import type { PayloadRequest } from 'payload'

/**
 * Runs a nested Local API call that shares `req` (and its transaction) and
 * gives the request its locale back: Payload sets `req.locale` from the
 * nested call's, so without this a hook's read in another locale would send
 * the write under way to that locale and lose the editor's text.
 */
export async function keepingLocale<T>(req: PayloadRequest, call: () => Promise<T>): Promise<T> {
  const { locale, fallbackLocale } = req
  try {
    return await call()
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
}
