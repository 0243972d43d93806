import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "films" ADD COLUMN "search_text" varchar;
  ALTER TABLE "_films_v" ADD COLUMN "version_search_text" varchar;
  ALTER TABLE "quotes_locales" ADD COLUMN "search_text" varchar;
  ALTER TABLE "_quotes_v_locales" ADD COLUMN "version_search_text" varchar;
  CREATE INDEX "films_search_text_idx" ON "films" USING btree ("search_text");
  CREATE INDEX "_films_v_version_version_search_text_idx" ON "_films_v" USING btree ("version_search_text");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "films_search_text_idx";
  DROP INDEX "_films_v_version_version_search_text_idx";
  ALTER TABLE "films" DROP COLUMN "search_text";
  ALTER TABLE "_films_v" DROP COLUMN "version_search_text";
  ALTER TABLE "quotes_locales" DROP COLUMN "search_text";
  ALTER TABLE "_quotes_v_locales" DROP COLUMN "version_search_text";`)
}
