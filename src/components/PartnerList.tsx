import type { Messages } from '@/i18n/messages'
import { idOf } from '@/lib/relations'
import type { Edition, Media, Organisation } from '@/payload-types'

import { MediaImage } from './MediaImage'

/**
 * An edition's organisers and partners with their role, linked to their
 * sites, with their logos when `logos` holds them; unpublished ones are left out.
 */
export function PartnerList({ edition, organisations, logos, t }: { edition: Edition; organisations: Map<number, Organisation>; logos?: Map<number, Media>; t: Messages }) {
  const entries = (edition.organisations ?? []).flatMap((entry) => {
    const organisation = organisations.get(idOf(entry.organisation) ?? -1)
    return organisation ? [{ key: entry.id ?? String(organisation.id), role: entry.role, organisation }] : []
  })
  if (entries.length === 0) return null
  const withLogos = entries.some(({ organisation }) => logos?.has(idOf(organisation.logo) ?? -1))
  return (
    <ul className={withLogos ? 'partners partner-wall' : 'partners'}>
      {entries.map(({ key, role, organisation }) => {
        const logo = logos?.get(idOf(organisation.logo) ?? -1)
        // The logo stands for the name: its alt text is the organisation's name, whatever the image's own alt says.
        const name = logo ? <MediaImage media={{ ...logo, alt: organisation.name }} size="thumbnail" sizes="10rem" className="partner-logo" /> : organisation.name
        return (
          <li key={key}>
            <span className="partner-role">{t.edition.roles[role]}</span> {organisation.website ? <a href={organisation.website}>{name}</a> : name}
          </li>
        )
      })}
    </ul>
  )
}
