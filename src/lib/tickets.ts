/** Where a screening's ticket sales stand, as pages, feeds and structured data show them. */
import type { Screening } from '@/payload-types'

export type Availability = NonNullable<Screening['ticketAvailability']>

/**
 * Sales as of `now`: a sold-out or cancelled status wins; "on sale from" a
 * date that has passed is on sale; a ticket link with nothing said is on sale.
 * null: nothing is known (no link, no availability).
 */
export function ticketAvailability(
  screening: Pick<Screening, 'status' | 'ticketAvailability' | 'ticketsOnSale' | 'ticketUrl'>,
  now: Date = new Date(),
): Availability | null {
  if (screening.status === 'sold-out') return 'sold-out'
  const stated = screening.ticketAvailability ?? (screening.ticketUrl ? 'on-sale' : null)
  if (stated === 'on-sale-from' && screening.ticketsOnSale && new Date(screening.ticketsOnSale) <= now) return 'on-sale'
  return stated
}

/** Whether the ticket link is worth following now (the screening takes place and tickets can be had there). */
export const sellsOnline = (availability: Availability | null) =>
  availability === 'on-sale' || availability === 'few-left' || availability === 'free-registration'
