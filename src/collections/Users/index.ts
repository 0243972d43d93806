import type { CollectionConfig } from 'payload'

import { ROLES } from '@/access/roles'
import { env } from '@/env'

import { adminOnly, adminOnlyField, adminOrOwnStaffAccount, staffPanel } from './access'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { passwordPolicyOnReset, passwordPolicyOnSave } from './hooks/passwordPolicy'
import { authForms } from './hooks/authForms'
import { refuseUnauthorizedAccountChanges } from './hooks/selfServiceChanges'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'User', plural: 'Users' },
  auth: {
    useAPIKey: true,
    // Payload's lockout counts per known account only, and says "locked" for those alone, so it
    // tells which emails exist; and anyone could trigger it from one address. Logins are throttled
    // per address, then per account (known or not), before Payload: src/api/rest/authThrottle.ts.
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
    // HttpOnly always (Payload). Secure whenever the site is served over HTTPS, as production is;
    // not on a plain-http `npm start` at localhost, where some browsers would drop it.
    // Lax: sent on top-level navigations to us, never on cross-site subrequests.
    cookies: { secure: env().SERVER_URL.startsWith('https:'), sameSite: 'Lax' },
  },
  access: {
    admin: staffPanel,
    read: adminOrOwnStaffAccount,
    create: adminOnly,
    update: adminOrOwnStaffAccount,
    delete: adminOnly,
    unlock: adminOnly,
  },
  hooks: {
    beforeOperation: [authForms, passwordPolicyOnReset, refuseUnauthorizedAccountChanges],
    beforeValidate: [passwordPolicyOnSave],
    beforeChange: [firstUserIsAdmin],
  },
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
    // Payload's API key fields (enableAPIKey, apiKey, apiKeyIndex, hasAPIKey) take their access from a
    // field of this name (auth/getAuthFields). Its default lets anyone into the admin panel, editors
    // included, give themselves a key: keys are for admins to hand out. Never read back: shown once, when made.
    { name: 'apiKey', type: 'text', access: { create: adminOnlyField, update: adminOnlyField, read: () => false } },
    // Never stored nor read back: checked when someone changes their own email or password (hooks/selfServiceChanges.ts).
    {
      name: 'currentPassword',
      type: 'text',
      virtual: true,
      access: { read: () => false },
      admin: {
        description: 'Needed to change your own email or password.',
        condition: (data, _siblingData, { user }) => Boolean(user) && data?.id === user?.id,
      },
    },
  ],
}
