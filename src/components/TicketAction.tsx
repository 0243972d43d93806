import type { Locale } from '@/i18n/locales'
import { INTL_LOCALE } from '@/i18n/locales'
import type { Messages } from '@/i18n/messages'
import { formatFestivalDateTime, formatFestivalDay, formatFestivalTime } from '@/lib/formatDate'
import { numberFormat } from '@/lib/intlCache'
import { sellsOnline, ticketAvailability } from '@/lib/tickets'
import type { Screening } from '@/payload-types'

type Price = NonNullable<Screening['prices']>[number]

export const formatPrice = (price: Pick<Price, 'amount' | 'currency'>, locale: Locale) =>
  numberFormat(INTL_LOCALE[locale], {
    style: 'currency',
    currency: price.currency,
    minimumFractionDigits: Number.isInteger(price.amount) ? 0 : 2,
  }).format(price.amount)

/** "Full price €9.50 · Reduced €7": every price, in the order the editor gave them. */
export function priceList(prices: Screening['prices'], locale: Locale, t: Messages): string {
  return (prices ?? [])
    .map(
      (price) =>
        `${t.screening.priceLabels[price.label]} ${price.amount === 0 ? t.screening.free : formatPrice(price, locale)}`,
    )
    .join(' · ')
}

/** "from €5": the lowest price, for a programme row. */
function lowest(prices: Screening['prices'], locale: Locale, t: Messages): string | null {
  const [cheapest] = [...(prices ?? [])].sort((a, b) => a.amount - b.amount)
  if (!cheapest) return null
  if (cheapest.amount === 0) return t.screening.free
  return (prices ?? []).length > 1 ? t.screening.from(formatPrice(cheapest, locale)) : formatPrice(cheapest, locale)
}

/** What the screening is, for a ticket button's accessible name: "Red Rain, Saturday 13 December 2025, 20:00". */
export const screeningName = (filmTitle: string, start: string, locale: Locale) =>
  `${filmTitle}, ${formatFestivalDay(start, locale)}, ${formatFestivalTime(start, locale)}`

type Props = {
  screening: Screening
  filmTitle: string
  locale: Locale
  t: Messages
  /** All prices (film page) rather than the lowest (programme row). */ detailed?: boolean
  now?: Date
}

/**
 * A screening's ticket button, or where sales stand in words (sold out, on
 * sale from a date, at the door). The button's accessible name says which
 * screening it is for; its visible text stays short.
 */
export function TicketAction({ screening, filmTitle, locale, t, detailed = false, now }: Props) {
  if (screening.status === 'cancelled') return null
  const availability = ticketAvailability(screening, now)
  if (!availability) return null
  const price = detailed ? priceList(screening.prices, locale, t) : lowest(screening.prices, locale, t)
  const which = <span className="visually-hidden">{`, ${screeningName(filmTitle, screening.start, locale)}`}</span>
  const state =
    availability === 'on-sale-from' && screening.ticketsOnSale
      ? t.screening.onSaleFrom(formatFestivalDateTime(screening.ticketsOnSale, locale))
      : availability === 'on-sale'
        ? null
        : // A sold-out status already has its badge.
          availability === 'sold-out' && screening.status === 'sold-out'
          ? null
          : t.screening.availability[availability]
  return (
    <span className={`ticket ticket-${availability}`} data-availability={availability}>
      {screening.ticketUrl && sellsOnline(availability) ? (
        <a className="button ticket-button" href={screening.ticketUrl}>
          {availability === 'free-registration' ? t.screening.register : t.screening.tickets}
          {which}
        </a>
      ) : null}
      {state ? <span className="ticket-state">{state}</span> : null}
      {price && availability !== 'sold-out' && availability !== 'free-registration' ? (
        <span className="ticket-price">{price}</span>
      ) : null}
    </span>
  )
}
