import type { S3ClientConfig } from '@aws-sdk/client-s3'
import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

import { staffOnlyField } from '@/collections/Media/access'

import { localMediaFiles } from './localFiles'

import type { Env } from '@/env'

export type S3Settings = { bucket: string; client: S3ClientConfig }

/** The S3 bucket and client settings when S3_* are set (src/env.ts requires the three together); null means local disk. */
export function s3Settings(settings: Env): S3Settings | null {
  const { S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY } = settings
  if (!S3_BUCKET || !S3_ACCESS_KEY_ID || !S3_SECRET_ACCESS_KEY) return null
  return {
    bucket: S3_BUCKET,
    client: {
      region: settings.S3_REGION,
      endpoint: settings.S3_ENDPOINT,
      forcePathStyle: settings.S3_FORCE_PATH_STYLE,
      credentials: { accessKeyId: S3_ACCESS_KEY_ID, secretAccessKey: S3_SECRET_ACCESS_KEY },
      // Checksums only where S3 requires them: with the SDK's default, S3-compatible
      // servers (s3rver, some MinIO versions) stored the aws-chunked framing with the file.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      // An unreachable store fails an upload in seconds, not after the SDK's retries.
      maxAttempts: 2,
      requestHandler: { connectionTimeout: 3_000, requestTimeout: 30_000 },
    },
  }
}

/**
 * Media files in the bucket instead of MEDIA_DIR. Files are still served
 * through Payload (/api/media/file/…), so read access rules and same-origin
 * image optimisation stay as they are. The plugin is installed either way
 * (disabled without S3) so that the media table has the same columns with
 * and without a bucket, and one migration history fits both.
 */
export function mediaStorage(settings: Env): Plugin[] {
  const s3 = s3Settings(settings)
  const storage = [
    s3Storage({
      enabled: Boolean(s3),
      alwaysInsertFields: true,
      collections: { media: { prefix: '' } },
      bucket: s3?.bucket ?? '',
      config: s3?.client ?? {},
    }),
    storageKeysForStaff,
  ]
  return s3 ? storage : [...storage, localMediaFiles]
}

const STORAGE_KEYS = ['prefix', '_objectKey']

/** The fields the storage plugin adds say where files sit in the bucket: staff only (run after the plugin, which replaces them). */
const storageKeysForStaff: Plugin = (config) => ({
  ...config,
  collections: config.collections?.map((collection) =>
    collection.slug !== 'media'
      ? collection
      : {
          ...collection,
          fields: collection.fields.map((field) =>
            'name' in field && STORAGE_KEYS.includes(field.name) && field.type === 'text'
              ? { ...field, access: { ...field.access, read: staffOnlyField } }
              : field,
          ),
        },
  ),
})
