import type { BeforeListTableServerProps } from 'payload'

import { isStaff } from '@/access/roles'

import { ProgrammeImport } from './ProgrammeImport'

/** Above the screenings list: CSV import and export, for staff only (the endpoints refuse anyone else too). */
export function ProgrammeTools({ user }: BeforeListTableServerProps) {
  return isStaff(user) ? <ProgrammeImport /> : null
}
