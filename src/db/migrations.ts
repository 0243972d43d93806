import type { Migration } from 'payload'

import { migrations as generated } from '../../migrations'

/**
 * The committed migrations, in order. Payload types `migrate()`'s argument as
 * `(args: unknown) => Promise<void>`, which its own generated files (typed
 * with MigrateUpArgs) cannot satisfy, hence the one cast.
 */
export const migrations = generated as unknown as Migration[]
