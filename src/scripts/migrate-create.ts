/**
 * Writes a migration for the difference between the config and the last
 * migration's snapshot (nothing when they match). In-process rather than the
 * `payload migrate:create` CLI, which was seen to exit silently here.
 *
 *   MIGRATION_NAME=add_film_awards npm run migrate:create
 */
import config from '@payload-config'
import { getPayload } from 'payload'

process.env.DISABLE_PAYLOAD_HMR = 'true'

const migrationName = process.env.MIGRATION_NAME ?? 'change'
const payload = await getPayload({ config })
await payload.db.createMigration({ migrationName, payload, skipEmpty: true })
await payload.destroy()
process.exit(0)
