import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "editions_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_editions_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "people_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_people_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "venues_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_venues_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "organisations_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_organisations_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  ALTER TABLE "editions_texts" ADD CONSTRAINT "editions_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."editions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_editions_v_texts" ADD CONSTRAINT "_editions_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_editions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "people_texts" ADD CONSTRAINT "people_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_people_v_texts" ADD CONSTRAINT "_people_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_people_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "venues_texts" ADD CONSTRAINT "venues_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."venues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_venues_v_texts" ADD CONSTRAINT "_venues_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_venues_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organisations_texts" ADD CONSTRAINT "organisations_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_organisations_v_texts" ADD CONSTRAINT "_organisations_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_organisations_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "editions_texts_order_parent" ON "editions_texts" USING btree ("order","parent_id");
  CREATE INDEX "editions_texts_text_idx" ON "editions_texts" USING btree ("text");
  CREATE INDEX "_editions_v_texts_order_parent" ON "_editions_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "people_texts_order_parent" ON "people_texts" USING btree ("order","parent_id");
  CREATE INDEX "people_texts_text_idx" ON "people_texts" USING btree ("text");
  CREATE INDEX "_people_v_texts_order_parent" ON "_people_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "venues_texts_order_parent" ON "venues_texts" USING btree ("order","parent_id");
  CREATE INDEX "venues_texts_text_idx" ON "venues_texts" USING btree ("text");
  CREATE INDEX "_venues_v_texts_order_parent" ON "_venues_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "organisations_texts_order_parent" ON "organisations_texts" USING btree ("order","parent_id");
  CREATE INDEX "organisations_texts_text_idx" ON "organisations_texts" USING btree ("text");
  CREATE INDEX "_organisations_v_texts_order_parent" ON "_organisations_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "films_texts_text_idx" ON "films_texts" USING btree ("text");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "editions_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_editions_v_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "people_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_people_v_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "venues_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_venues_v_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "organisations_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_organisations_v_texts" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "editions_texts" CASCADE;
  DROP TABLE "_editions_v_texts" CASCADE;
  DROP TABLE "people_texts" CASCADE;
  DROP TABLE "_people_v_texts" CASCADE;
  DROP TABLE "venues_texts" CASCADE;
  DROP TABLE "_venues_v_texts" CASCADE;
  DROP TABLE "organisations_texts" CASCADE;
  DROP TABLE "_organisations_v_texts" CASCADE;
  DROP INDEX "films_texts_text_idx";`)
}
