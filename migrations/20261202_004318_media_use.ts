import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Media ids the published documents use, as the schema stands at this
 * migration (the app derives the same set from the config at run time:
 * src/collections/Media/use). Upload nodes in rich text count as uses.
 */
const richTextUses = (table: string, column: string) => `
  SELECT (node.value #>> '{}')::integer FROM "${table}_locales" l JOIN "${table}" d ON d.id = l._parent_id,
    jsonb_path_query(l."${column}", '$.** ? (@.type == "upload" && @.relationTo == "media").value') AS node(value)
  WHERE d._status = 'published' AND jsonb_typeof(node.value) = 'number'`

export const backfill = sql.raw(`
  UPDATE "media" SET "used_by_published" = "id" IN (
    SELECT poster_id FROM films WHERE _status = 'published' AND poster_id IS NOT NULL
    UNION SELECT r.media_id FROM films_rels r JOIN films f ON f.id = r.parent_id WHERE f._status = 'published' AND r.media_id IS NOT NULL
    UNION SELECT photo_id FROM people WHERE _status = 'published' AND photo_id IS NOT NULL
    UNION SELECT logo_id FROM organisations WHERE _status = 'published' AND logo_id IS NOT NULL
    UNION ${richTextUses('films', 'synopsis')}
    UNION ${richTextUses('people', 'bio')}
    UNION ${richTextUses('editions', 'description')}
  )`)

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media" ADD COLUMN "marked_public" boolean DEFAULT false;
  ALTER TABLE "media" ADD COLUMN "used_by_published" boolean DEFAULT false;
  CREATE INDEX "media_used_by_published_idx" ON "media" USING btree ("used_by_published");`)
  await db.execute(backfill)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "media_used_by_published_idx";
  ALTER TABLE "media" DROP COLUMN "marked_public";
  ALTER TABLE "media" DROP COLUMN "used_by_published";`)
}
