import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

import { deleteEmptyDrafts } from '../src/collections/emptyDrafts'

// Written by hand, no schema change: removes the empty drafts Payload's create
// view stored on opening (before drafts were validated), so lists and the
// dashboard's counts no longer show "<No Day> <No Film> <No Venue>" rows.
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  const deleted = await deleteEmptyDrafts(payload, req)
  payload.logger.info({ msg: 'Removed empty drafts left by the create view', deleted })
}

// Nothing to restore: the rows held no content.
export async function down(_args: MigrateDownArgs): Promise<void> {}
