import Link from 'next/link'
import type { ServerProps } from 'payload'

import { isStaff } from '@/access/roles'
import type { User } from '@/payload-types'

/** The planner's entry in the admin's side navigation, for staff. */
export function PlannerNavLink({ user, payload }: ServerProps) {
  if (!isStaff(user as User | undefined)) return null
  return (
    <Link href={`${payload.config.routes.admin}/planner`} className="nav__link planner-nav-link">
      <span className="nav__link-label">Programme planner</span>
    </Link>
  )
}
