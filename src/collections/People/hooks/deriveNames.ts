import type { CollectionBeforeChangeHook } from 'payload'

import type { Person } from '@/payload-types'
import { toUnaccented } from '@/lib/slug'

/**
 * Fills the sort name (defaults to the name as written: Vietnamese names sort
 * by family name, which comes first) and keeps the unaccented alternate name,
 * used by search, in step with the name.
 */
export const deriveNames: CollectionBeforeChangeHook<Person> = ({ data, originalDoc }) => {
  const name = data.name ?? originalDoc?.name
  if (!name) return data
  if (!data.sortName && !originalDoc?.sortName) data.sortName = name
  data.alternateName = toUnaccented(name)
  return data
}
