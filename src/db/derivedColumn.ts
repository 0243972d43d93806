import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

/** Staff-only admin labels that name other documents and are refreshed when those are renamed. */
const LABELS = { screenings: 'title', quotes: 'label' } as const
export type Labelled = keyof typeof LABELS

/**
 * Writes an admin label into the document and its newest version, and
 * nothing else: a Local API update would publish a pending draft, add a
 * version and run every hook, for a value only the admin reads. Inside the
 * request's transaction when there is one.
 */
export async function writeLabel(
  req: PayloadRequest,
  collection: Labelled,
  id: number,
  label: { document?: string; newest?: string },
): Promise<void> {
  const adapter = req.payload.db as unknown as PostgresAdapter
  const transaction = req.transactionID === undefined ? undefined : adapter.sessions[String(await req.transactionID)]
  // The adapter types its sessions for SQLite too; PostgreSQL's transaction has the database's `execute`.
  const db = (transaction?.db as unknown as PostgresAdapter['drizzle'] | undefined) ?? adapter.drizzle
  const column = sql.identifier(LABELS[collection])
  const versionColumn = sql.identifier(`version_${LABELS[collection]}`)
  if (label.document !== undefined)
    await db.execute(sql`UPDATE ${sql.identifier(collection)} SET ${column} = ${label.document} WHERE id = ${id}`)
  if (label.newest !== undefined)
    await db.execute(
      sql`UPDATE ${sql.identifier(`_${collection}_v`)} SET ${versionColumn} = ${label.newest} WHERE parent_id = ${id} AND latest`,
    )
}
