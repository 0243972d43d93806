import { locale as rootLocale } from 'next/root-params'

import { DEFAULT_LOCALE, isLocale } from '@/i18n/locales'
import { getMessages } from '@/i18n/messages'
import { routes } from '@/i18n/routes'

/** The 404 page, inside the locale's layout and in its language. */
export default async function NotFound() {
  const requested = await rootLocale()
  const locale = requested && isLocale(requested) ? requested : DEFAULT_LOCALE
  const t = getMessages(locale)
  return (
    <section className="not-found">
      {/* A 404 has no page metadata to give it a title; React puts this one in the head. */}
      <title>{t.notFound.title}</title>
      <h1>{t.notFound.title}</h1>
      <p>{t.notFound.body}</p>
      <p>
        <a href={routes.home(locale)}>{t.notFound.home}</a>
      </p>
    </section>
  )
}
