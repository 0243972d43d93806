import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "screenings" ADD COLUMN "day" varchar;
  ALTER TABLE "_screenings_v" ADD COLUMN "version_day" varchar;
  CREATE INDEX "screenings_day_idx" ON "screenings" USING btree ("day");
  CREATE INDEX "_screenings_v_version_version_day_idx" ON "_screenings_v" USING btree ("version_day");`)
  // Existing screenings and versions get their Paris day, as the setDay hook sets it on save.
  await db.execute(sql`
  UPDATE "screenings" SET "day" = to_char("start" AT TIME ZONE 'Europe/Paris', 'YYYY-MM-DD') WHERE "start" IS NOT NULL;
  UPDATE "_screenings_v" SET "version_day" = to_char("version_start" AT TIME ZONE 'Europe/Paris', 'YYYY-MM-DD') WHERE "version_start" IS NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "screenings_day_idx";
  DROP INDEX "_screenings_v_version_version_day_idx";
  ALTER TABLE "screenings" DROP COLUMN "day";
  ALTER TABLE "_screenings_v" DROP COLUMN "version_day";`)
}
