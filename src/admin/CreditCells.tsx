import type { DefaultServerCellComponentProps } from 'payload'

import { creditRoleLabel } from '@/collections/Films/credits'
import { idOf } from '@/lib/relations'
import type { Film } from '@/payload-types'

/** Films list: the directors' names (credits hold people by id). */
export async function DirectorsCell({ rowData, payload }: DefaultServerCellComponentProps) {
  // Payload also renders the cell where there is no row (e.g. the create view): no data, no names.
  const ids = ((rowData as Partial<Film> | undefined)?.credits ?? [])
    .filter((credit) => credit.role === 'director')
    .flatMap((credit) => idOf(credit.person) ?? [])
  if (ids.length === 0) return <span>—</span>
  const { docs } = await payload.find({
    collection: 'people',
    where: { id: { in: ids } },
    depth: 0,
    draft: true,
    overrideAccess: true,
    select: { name: true },
    pagination: false,
  })
  return <span>{docs.map((person) => person.name).join(', ')}</span>
}

/** People list: the roles a person holds across films' credits. */
export async function RolesCell({ rowData, payload, i18n }: DefaultServerCellComponentProps) {
  const id = idOf((rowData as { id?: unknown } | undefined)?.id)
  if (id === undefined) return null
  const { docs } = await payload.find({
    collection: 'films',
    where: { 'credits.person': { equals: id } },
    depth: 0,
    draft: true,
    overrideAccess: true,
    select: { credits: true },
    pagination: false,
  })
  const roles = new Set(
    docs.flatMap((film) =>
      (film.credits ?? []).filter((credit) => idOf(credit.person) === id).map((credit) => credit.role),
    ),
  )
  return <span>{roles.size ? [...roles].map((role) => creditRoleLabel(role, i18n.language)).join(', ') : '—'}</span>
}
