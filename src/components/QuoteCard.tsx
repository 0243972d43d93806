import type { Locale } from '@/i18n/locales'
import type { Messages } from '@/i18n/messages'
import { routes } from '@/i18n/routes'
import { formatFestivalDay } from '@/lib/formatDate'
import type { PersonCard } from '@/data/views'
import type { Quote } from '@/payload-types'

/** A reaction with its speaker and source; reported words are marked as paraphrase, never shown as a quotation. */
export function QuoteCard({
  quote,
  speaker,
  locale,
  t,
}: {
  quote: Pick<Quote, 'kind' | 'text' | 'speakerRole' | 'source'>
  speaker?: PersonCard
  locale: Locale
  t: Messages
}) {
  const paraphrase = quote.kind === 'paraphrase'
  const source = quote.source
  return (
    <figure className={`quote quote-${quote.kind}`}>
      <p className="quote-kind">{paraphrase ? t.quotes.paraphrase : t.quotes.direct}</p>
      {paraphrase ? (
        <p className="quote-text">{quote.text}</p>
      ) : (
        <blockquote className="quote-text" cite={source?.url ?? undefined}>
          <p>{quote.text}</p>
        </blockquote>
      )}
      <figcaption>
        {speaker ? <a href={routes.person(locale, speaker.slug)}>{speaker.name}</a> : null}
        {quote.speakerRole ? <span className="quote-role">, {quote.speakerRole}</span> : null}
        {source?.publication ? (
          <span className="quote-source">
            {' · '}
            {t.quotes.source}:{' '}
            {source.url ? <a href={source.url}>{source.publication}</a> : <cite>{source.publication}</cite>}
            {source.date ? `, ${formatFestivalDay(source.date, locale)}` : null}
          </span>
        ) : null}
      </figcaption>
    </figure>
  )
}
