import type { Payload } from 'payload'

// Any fixed 64-bit number, the same for every instance of the app.
const MIGRATION_LOCK = 7_420_251_205

/**
 * Runs `work` while holding a PostgreSQL advisory lock, so instances started
 * together (`npm start` migrates before serving) migrate one after the other:
 * the first applies what is pending, the others then find nothing to do. The
 * lock ends with its connection, so a crashed migrator never leaves it held.
 */
export async function withMigrationLock<T>(payload: Payload, work: () => Promise<T>): Promise<T> {
  const client = await payload.db.pool.connect()
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK])
    try {
      return await work()
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK])
    }
  } finally {
    client.release()
  }
}
