import type { Partner } from '@/data/website'
import type { Messages } from '@/i18n/messages'

import { MediaImage } from './MediaImage'

/** An edition's organisers and partners with their role, linked to their sites, with their logos when read. */
export function PartnerList({ partners, t }: { partners: Partner[]; t: Messages }) {
  if (partners.length === 0) return null
  const withLogos = partners.some(({ logo }) => logo)
  return (
    <ul className={withLogos ? 'partners partner-wall' : 'partners'}>
      {partners.map(({ key, role, organisation, logo }) => {
        // The logo stands for the name: its alt text is the organisation's name, whatever the image's own alt says.
        const name = logo ? (
          <MediaImage
            media={{ ...logo, alt: organisation.name }}
            size="thumbnail"
            sizes="10rem"
            className="partner-logo"
          />
        ) : (
          organisation.name
        )
        return (
          <li key={key}>
            <span className="partner-role">{t.edition.roles[role]}</span>{' '}
            {organisation.website ? <a href={organisation.website}>{name}</a> : name}
          </li>
        )
      })}
    </ul>
  )
}
