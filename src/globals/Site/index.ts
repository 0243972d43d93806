import type { GlobalConfig } from 'payload'

import { isStaff } from '@/access/roles'
import { revalidateSite } from '@/data/revalidate'
import { purgeEdgeOnSiteChange } from '@/edge/trigger'

export const Site: GlobalConfig = {
  slug: 'site',
  label: 'Site',
  admin: { group: 'Settings' },
  access: { read: () => true, update: ({ req }) => isStaff(req.user), readVersions: ({ req }) => isStaff(req.user) },
  // History and restore for the settings every page reads. No drafts: a
  // change to the name, navigation or current edition is small and goes live
  // when saved, like the settings it is.
  versions: { max: 50 },
  hooks: { afterChange: [revalidateSite, purgeEdgeOnSiteChange] },
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
      type: 'array',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'label', type: 'text', localized: true, required: true },
            { name: 'path', type: 'text', required: true, admin: { description: 'Path after the language, e.g. /programme' } },
          ],
        },
      ],
    },
  ],
}
