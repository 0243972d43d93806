import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "screenings" ADD COLUMN "ics_sequence" numeric DEFAULT 0;
  ALTER TABLE "_screenings_v" ADD COLUMN "version_ics_sequence" numeric DEFAULT 0;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "screenings" DROP COLUMN "ics_sequence";
  ALTER TABLE "_screenings_v" DROP COLUMN "version_ics_sequence";`)
}
