import fs from 'node:fs'
import path from 'node:path'

import type { Plugin, UploadConfig } from 'payload'

type FileHandler = NonNullable<UploadConfig['handlers']>[number]

const notFound = () =>
  Response.json({ errors: [{ message: 'Not Found: there is no media file by this name.' }] }, { status: 404 })

/**
 * Payload serves a local file whose name is not on disk (never uploaded, or
 * removed from MEDIA_DIR) as a 500 "Something went wrong": staff asking for
 * `/api/media/file/nonexistent.png` got one. A 404 instead; a file that
 * exists is left to Payload.
 */
export function missingFileIsNotFound(staticDir: string): FileHandler {
  const dir = path.resolve(staticDir)
  return (_req, { params }) => {
    const file = path.resolve(dir, params.filename)
    // A name outside the directory is Payload's to refuse (400), whether or not it exists.
    if (!file.startsWith(dir + path.sep)) return
    // One stat of a local file (Payload's own follows); undefined when nothing is there (ENOENT, ENOTDIR).
    if (!fs.statSync(file, { throwIfNoEntry: false })) return notFound()
  }
}

/** Media on local disk (no S3 bucket): a missing file answers 404. */
export const localMediaFiles: Plugin = (config) => ({
  ...config,
  collections: config.collections?.map((collection) =>
    collection.slug !== 'media' || typeof collection.upload !== 'object' || !collection.upload.staticDir
      ? collection
      : {
          ...collection,
          upload: {
            ...collection.upload,
            handlers: [...(collection.upload.handlers ?? []), missingFileIsNotFound(collection.upload.staticDir)],
          },
        },
  ),
})
