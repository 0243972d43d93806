import type { GlobalConfig } from 'payload'

import { isStaff } from '@/access/roles'
import { recordSiteChange } from '@/publication/record'
import { linkFields } from '@/fields/link'

export const Site: GlobalConfig = {
  slug: 'site',
  label: 'Site',
  admin: { group: 'Settings' },
  access: { read: () => true, update: ({ req }) => isStaff(req.user), readVersions: ({ req }) => isStaff(req.user) },
  // History and restore for the settings every page reads. No drafts: a
  // change to the name, navigation or current edition is small and goes live
  // when saved, like the settings it is.
  versions: { max: 50 },
  hooks: { afterChange: [recordSiteChange] },
  fields: [
    { name: 'siteName', type: 'text', localized: true, required: true },
    { name: 'tagline', type: 'text', localized: true },
    {
      name: 'currentEdition',
      type: 'relationship',
      relationTo: 'editions',
      admin: { description: 'The edition the home page, programme and partner feed show by default.' },
    },
    {
      name: 'navigation',
      label: 'Header navigation',
      type: 'array',
      fields: linkFields(),
    },
    {
      name: 'footerNavigation',
      label: 'Footer navigation',
      type: 'array',
      fields: linkFields(),
    },
    {
      type: 'collapsible',
      label: 'Look',
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'logo',
              type: 'upload',
              relationTo: 'media',
              admin: { description: 'Shown in the header on a light background. Empty: the site name.' },
            },
            {
              name: 'logoDark',
              type: 'upload',
              relationTo: 'media',
              admin: { description: 'For dark backgrounds (the browser’s dark mode). Empty: the light logo.' },
            },
          ],
        },
        {
          name: 'favicon',
          type: 'upload',
          relationTo: 'media',
          admin: {
            description:
              'A square image (PNG or SVG, 512×512 or more): the browser tab icon and the phone home-screen icons are made from it.',
          },
        },
      ],
    },
  ],
}
