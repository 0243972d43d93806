import type { Locale } from '@/i18n/locales'
import type { Messages } from '@/i18n/messages'
import { routes } from '@/i18n/routes'
import type { FilmView } from '@/data/filmView'
import type { Film, Person } from '@/payload-types'

type Role = NonNullable<Film['credits']>[number]['role']

/** Credits grouped by role in the film's order, each name linking to the person's page. */
export function FilmCredits({ credits, locale, t }: { credits: FilmView['credits']; locale: Locale; t: Messages }) {
  const groups = new Map<Role, { person: Person; character?: string | null }[]>()
  for (const { role, person, character } of credits)
    groups.set(role, [...(groups.get(role) ?? []), { person, character }])
  if (groups.size === 0) return null
  return (
    <dl className="credits">
      {[...groups].map(([role, entries]) => (
        <div key={role} className="credit">
          <dt>{t.film.roles[role]}</dt>
          <dd>
            {entries.map(({ person, character }, index) => (
              <span key={`${person.id}-${index}`}>
                {index > 0 ? ', ' : null}
                <a href={routes.person(locale, person.slug)}>{person.name}</a>
                {character ? ` (${character})` : null}
              </span>
            ))}
          </dd>
        </div>
      ))}
    </dl>
  )
}
