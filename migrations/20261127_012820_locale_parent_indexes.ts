import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "editions_locales_parent_id_idx" ON "editions_locales" USING btree ("_parent_id");
  CREATE INDEX "_editions_v_locales_parent_id_idx" ON "_editions_v_locales" USING btree ("_parent_id");
  CREATE INDEX "films_credits_locales_parent_id_idx" ON "films_credits_locales" USING btree ("_parent_id");
  CREATE INDEX "films_box_office_locales_parent_id_idx" ON "films_box_office_locales" USING btree ("_parent_id");
  CREATE INDEX "films_awards_locales_parent_id_idx" ON "films_awards_locales" USING btree ("_parent_id");
  CREATE INDEX "films_locales_parent_id_idx" ON "films_locales" USING btree ("_parent_id");
  CREATE INDEX "_films_v_version_credits_locales_parent_id_idx" ON "_films_v_version_credits_locales" USING btree ("_parent_id");
  CREATE INDEX "_films_v_version_box_office_locales_parent_id_idx" ON "_films_v_version_box_office_locales" USING btree ("_parent_id");
  CREATE INDEX "_films_v_version_awards_locales_parent_id_idx" ON "_films_v_version_awards_locales" USING btree ("_parent_id");
  CREATE INDEX "_films_v_locales_parent_id_idx" ON "_films_v_locales" USING btree ("_parent_id");
  CREATE INDEX "people_locales_parent_id_idx" ON "people_locales" USING btree ("_parent_id");
  CREATE INDEX "_people_v_locales_parent_id_idx" ON "_people_v_locales" USING btree ("_parent_id");
  CREATE INDEX "quotes_locales_parent_id_idx" ON "quotes_locales" USING btree ("_parent_id");
  CREATE INDEX "_quotes_v_locales_parent_id_idx" ON "_quotes_v_locales" USING btree ("_parent_id");
  CREATE INDEX "venues_locales_parent_id_idx" ON "venues_locales" USING btree ("_parent_id");
  CREATE INDEX "_venues_v_locales_parent_id_idx" ON "_venues_v_locales" USING btree ("_parent_id");
  CREATE INDEX "organisations_locales_parent_id_idx" ON "organisations_locales" USING btree ("_parent_id");
  CREATE INDEX "_organisations_v_locales_parent_id_idx" ON "_organisations_v_locales" USING btree ("_parent_id");
  CREATE INDEX "media_locales_parent_id_idx" ON "media_locales" USING btree ("_parent_id");
  CREATE INDEX "site_navigation_locales_parent_id_idx" ON "site_navigation_locales" USING btree ("_parent_id");
  CREATE INDEX "site_locales_parent_id_idx" ON "site_locales" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "editions_locales_parent_id_idx";
  DROP INDEX "_editions_v_locales_parent_id_idx";
  DROP INDEX "films_credits_locales_parent_id_idx";
  DROP INDEX "films_box_office_locales_parent_id_idx";
  DROP INDEX "films_awards_locales_parent_id_idx";
  DROP INDEX "films_locales_parent_id_idx";
  DROP INDEX "_films_v_version_credits_locales_parent_id_idx";
  DROP INDEX "_films_v_version_box_office_locales_parent_id_idx";
  DROP INDEX "_films_v_version_awards_locales_parent_id_idx";
  DROP INDEX "_films_v_locales_parent_id_idx";
  DROP INDEX "people_locales_parent_id_idx";
  DROP INDEX "_people_v_locales_parent_id_idx";
  DROP INDEX "quotes_locales_parent_id_idx";
  DROP INDEX "_quotes_v_locales_parent_id_idx";
  DROP INDEX "venues_locales_parent_id_idx";
  DROP INDEX "_venues_v_locales_parent_id_idx";
  DROP INDEX "organisations_locales_parent_id_idx";
  DROP INDEX "_organisations_v_locales_parent_id_idx";
  DROP INDEX "media_locales_parent_id_idx";
  DROP INDEX "site_navigation_locales_parent_id_idx";
  DROP INDEX "site_locales_parent_id_idx";`)
}
