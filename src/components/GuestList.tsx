import Link from 'next/link'

import { getMedia, getPeople, type ReadContext } from '@/data'
import { unique } from '@/data/views'
import { editionGuests } from '@/data/website'
import type { Messages } from '@/i18n/messages'
import { routes } from '@/i18n/routes'
import type { WebsiteMessages } from '@/i18n/websiteMessages'
import { sortByText } from '@/lib/collate'
import { idOf } from '@/lib/relations'
import type { Edition } from '@/payload-types'

import { MediaImage } from './MediaImage'
import { ScreeningList } from './ScreeningList'

/**
 * The people who attend an edition (guests of its screenings: Q&As,
 * introductions), each with photo, role and the screenings they attend.
 */
export async function GuestList({ edition, ctx, t, w }: { edition: Edition; ctx: ReadContext; t: Messages; w: WebsiteMessages }) {
  const { guestScreenings, lookups } = await editionGuests(ctx, edition.id)
  const people = sortByText(await getPeople(ctx, [...guestScreenings.keys()]), (person) => person.sortName ?? person.name, ctx.locale)
  const photos = new Map((await getMedia(ctx, unique(people.map((person) => idOf(person.photo))))).map((media) => [media.id, media]))
  if (people.length === 0) return <p>{w.guests.empty}</p>
  return (
    <ul className="guests">
      {people.map((person) => {
        const photo = photos.get(idOf(person.photo) ?? -1)
        return (
          <li key={person.id} className="guest">
            {/* The name follows: the photo adds nothing a screen reader should repeat. */}
            {photo ? <MediaImage media={{ ...photo, alt: '' }} size="thumbnail" sizes="8rem" className="guest-photo" /> : null}
            <div>
              <h2>
                <Link href={routes.person(ctx.locale, person.slug)}>{person.name}</Link>
              </h2>
              {person.description ? <p className="guest-role">{person.description}</p> : null}
              <ScreeningList screenings={guestScreenings.get(person.id) ?? []} {...lookups} locale={ctx.locale} t={t} headingLevel="h3" />
            </div>
          </li>
        )
      })}
    </ul>
  )
}
