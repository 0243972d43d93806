import type { ReadContext } from '@/data'
import { editionGuests } from '@/data/website'
import type { Messages } from '@/i18n/messages'
import { routes } from '@/i18n/routes'
import type { WebsiteMessages } from '@/i18n/websiteMessages'
import type { Edition } from '@/payload-types'

import { MediaImage } from './MediaImage'
import { ScreeningList } from './ScreeningList'

/**
 * The people who attend an edition (guests of its screenings: Q&As,
 * introductions), each with photo, role and the screenings they attend.
 */
export async function GuestList({
  edition,
  ctx,
  t,
  w,
}: {
  edition: Edition
  ctx: ReadContext
  t: Messages
  w: WebsiteMessages
}) {
  const guests = await editionGuests(ctx, edition.id)
  if (guests.length === 0) return <p>{w.guests.empty}</p>
  return (
    <ul className="guests">
      {guests.map(({ person, photo, rows }) => (
        <li key={person.id} className="guest">
          {/* The name follows: the photo adds nothing a screen reader should repeat. */}
          {photo ? (
            <MediaImage media={{ ...photo, alt: '' }} size="thumbnail" sizes="8rem" className="guest-photo" />
          ) : null}
          <div>
            <h2>
              <a href={routes.person(ctx.locale, person.slug)}>{person.name}</a>
            </h2>
            {person.description ? <p className="guest-role">{person.description}</p> : null}
            <ScreeningList rows={rows} locale={ctx.locale} t={t} headingLevel="h3" />
          </div>
        </li>
      ))}
    </ul>
  )
}
