/**
 * Regenerates src/payload-types.ts and the admin import map from the config.
 * Called in-process: the `payload` CLI was seen to exit 0 without doing
 * anything on these machines (see shared/notes).
 */
import config from '@payload-config'
import { generateImportMap } from 'payload'
import { generateTypes } from 'payload/node'

const sanitized = await config
await generateTypes(sanitized, { log: true })
await generateImportMap(sanitized, { force: true, log: true })
console.log('Generated src/payload-types.ts and the admin import map.')
process.exit(0)
