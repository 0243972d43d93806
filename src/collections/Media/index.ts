import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { publicReadAccess } from '@/access/content'
import { revalidateOnChange, revalidateOnDelete } from '@/data/revalidate'
import { purgeEdgeOnChange, purgeEdgeOnDelete } from '@/edge/trigger'
import { env } from '@/env'

import { explainStorageOutage } from './storageErrors'

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Media', plural: 'Media' },
  access: publicReadAccess,
  hooks: { afterChange: [revalidateOnChange, purgeEdgeOnChange], afterDelete: [revalidateOnDelete, purgeEdgeOnDelete], afterError: [explainStorageOutage] },
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
  ],
}
