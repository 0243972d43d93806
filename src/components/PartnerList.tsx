import type { Messages } from '@/i18n/messages'
import { idOf } from '@/lib/relations'
import type { Edition, Organisation } from '@/payload-types'

/** An edition's organisers and partners with their role, linked to their sites; unpublished ones are left out. */
export function PartnerList({ edition, organisations, t }: { edition: Edition; organisations: Map<number, Organisation>; t: Messages }) {
  const entries = (edition.organisations ?? []).flatMap((entry) => {
    const organisation = organisations.get(idOf(entry.organisation) ?? -1)
    return organisation ? [{ key: entry.id ?? String(organisation.id), role: entry.role, organisation }] : []
  })
  if (entries.length === 0) return null
  return (
    <ul className="partners">
      {entries.map(({ key, role, organisation }) => (
        <li key={key}>
          <span className="partner-role">{t.edition.roles[role]}</span> {organisation.website ? <a href={organisation.website}>{organisation.name}</a> : organisation.name}
        </li>
      ))}
    </ul>
  )
}
