import type { CollectionConfig } from 'payload'

import { ROLES } from '@/access/roles'

import { adminOnly, adminOnlyField, adminOrOwnStaffAccount, staffPanel } from './access'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'User', plural: 'Users' },
  auth: {
    useAPIKey: true,
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
  },
  access: {
    admin: staffPanel,
    read: adminOrOwnStaffAccount,
    create: adminOnly,
    update: adminOrOwnStaffAccount,
    delete: adminOnly,
    unlock: adminOnly,
  },
  hooks: { beforeChange: [firstUserIsAdmin] },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'role'],
    group: 'Settings',
    // Editors manage content only: no user management in their menu.
    hidden: ({ user }) => (user as { role?: string } | null)?.role !== 'admin',
  },
  fields: [
    { name: 'name', type: 'text' },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      options: ROLES.map((role) => ({ label: role[0].toUpperCase() + role.slice(1), value: role })),
      saveToJWT: true,
      access: { create: adminOnlyField, update: adminOnlyField },
      admin: { description: 'Admins manage users and keys; editors manage content; partners read the API with a key.' },
    },
  ],
}
