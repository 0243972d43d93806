import type { User } from '@/payload-types'

export const ROLES = ['admin', 'editor', 'partner'] as const
export type Role = (typeof ROLES)[number]

type MaybeUser = Pick<User, 'role'> | null | undefined

export const isAdmin = (user: MaybeUser): boolean => user?.role === 'admin'

/** Staff write content and see drafts: admins and editors. */
export const isStaff = (user: MaybeUser): boolean => user?.role === 'admin' || user?.role === 'editor'
