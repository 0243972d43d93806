import type { Locale } from '@/i18n/locales'
import type { Messages } from '@/i18n/messages'
import { formatDateRange } from '@/lib/formatDate'
import { numberFormat } from '@/lib/intlCache'
import { colon } from '@/lib/typography'
import type { Edition } from '@/payload-types'

/** "More than 6,000 attendees", with numbers in the reader's format. */
export function figureText(
  value: number | null | undefined,
  precision: string | null | undefined,
  label: (n: string) => string,
  locale: Locale,
  t: Messages,
) {
  if (value === null || value === undefined) return null
  const prefix = t.edition.precision[(precision ?? 'exact') as keyof Messages['edition']['precision']]
  const number = numberFormat(locale).format(value)
  return [prefix, label(number)].filter(Boolean).join(' ')
}

export function EditionSummary({ edition, locale, t }: { edition: Edition; locale: Locale; t: Messages }) {
  const figures = [
    figureText(edition.figures?.attendees, edition.figures?.attendeesPrecision, t.edition.attendees, locale, t),
    figureText(edition.figures?.countries, edition.figures?.countriesPrecision, t.edition.countries, locale, t),
  ].filter(Boolean)
  return (
    <div className="edition-summary">
      {edition.theme ? <p className="edition-theme">{edition.theme}</p> : null}
      <p className="edition-when">
        <time dateTime={edition.startDate.slice(0, 10)}>
          {formatDateRange(edition.startDate, edition.endDate, locale)}
        </time>{' '}
        · {edition.city}
      </p>
      {figures.length ? (
        <p className="edition-figures">
          <span className="visually-hidden">{`${t.edition.figures}${colon(locale)}`}</span>
          {figures.join(' · ')}
        </p>
      ) : null}
    </div>
  )
}
