import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { readerLimits } from '@/access/readerLimits'
import { env } from '@/env'
import { MEDIA_FILE_POLICY } from '@/security/contentSecurityPolicy'
import { publicationHooks } from '@/publication/record'

import { hiddenFileIsNotFound, mediaAccess, staffOnlyField } from './access'
import { explainStorageOutage } from './storageErrors'

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Media', plural: 'Media' },
  access: mediaAccess,
  hooks: {
    ...publicationHooks,
    beforeOperation: [readerLimits],
    afterError: [explainStorageOutage, hiddenFileIsNotFound],
  },
  admin: { useAsTitle: 'alt', defaultColumns: ['filename', 'alt', 'updatedAt'], group: 'Festival' },
  upload: {
    // Outside the source tree (git-ignored) so uploads never end up in a commit.
    staticDir: path.resolve(env().MEDIA_DIR),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/svg+xml'],
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', width: 320 },
      { name: 'card', width: 640 },
      { name: 'poster', width: 900, height: 1350, position: 'centre' },
      { name: 'hero', width: 1920 },
      { name: 'og', width: 1200, height: 630, position: 'centre' },
    ],
    adminThumbnail: 'thumbnail',
    // Payload gives XML files a policy of its own without `sandbox`; every file gets the locked one, as next.config.ts sets it.
    modifyResponseHeaders: ({ headers }) => {
      headers.set('Content-Security-Policy', MEDIA_FILE_POLICY)
      return headers
    },
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      localized: true,
      required: true,
      admin: { description: 'What the image shows, for people who cannot see it.' },
    },
    { name: 'caption', type: 'text', localized: true },
    { name: 'credit', type: 'text', admin: { description: 'Photographer or rights holder' } },
    {
      name: 'markedPublic',
      type: 'checkbox',
      label: 'Public',
      defaultValue: false,
      access: { read: staffOnlyField },
      admin: {
        position: 'sidebar',
        description: 'Visible to everyone even when no published page uses it (logos, press images).',
      },
    },
    {
      // Kept by ./use from the published versions of the documents that use this file; never typed in.
      name: 'usedByPublished',
      type: 'checkbox',
      label: 'Used by a published document',
      defaultValue: false,
      index: true,
      access: { read: staffOnlyField, create: () => false, update: () => false },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'Set automatically. Until then only staff see this file.',
      },
    },
  ],
}
