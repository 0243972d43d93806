import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_screening_price_label" AS ENUM('full', 'reduced', 'under-26', 'child', 'member', 'pass');
  CREATE TYPE "public"."enum_screening_ticket_availability" AS ENUM('on-sale-from', 'on-sale', 'few-left', 'sold-out', 'free-registration', 'at-the-door');
  CREATE TYPE "public"."enum_screenings_ticketsonsale_tz" AS ENUM('Europe/Paris');
  CREATE TYPE "public"."enum__screenings_v_version_ticketsonsale_tz" AS ENUM('Europe/Paris');
  CREATE TABLE "screenings_prices" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" "enum_screening_price_label" DEFAULT 'full',
  	"amount" numeric,
  	"currency" varchar DEFAULT 'EUR'
  );
  
  CREATE TABLE "_screenings_v_version_prices" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" "enum_screening_price_label" DEFAULT 'full',
  	"amount" numeric,
  	"currency" varchar DEFAULT 'EUR',
  	"_uuid" varchar
  );
  
  ALTER TABLE "screenings" ADD COLUMN "ticket_availability" "enum_screening_ticket_availability";
  ALTER TABLE "screenings" ADD COLUMN "tickets_on_sale" timestamp(3) with time zone;
  ALTER TABLE "screenings" ADD COLUMN "ticketsonsale_tz" "enum_screenings_ticketsonsale_tz" DEFAULT 'Europe/Paris';
  ALTER TABLE "_screenings_v" ADD COLUMN "version_ticket_availability" "enum_screening_ticket_availability";
  ALTER TABLE "_screenings_v" ADD COLUMN "version_tickets_on_sale" timestamp(3) with time zone;
  ALTER TABLE "_screenings_v" ADD COLUMN "version_ticketsonsale_tz" "enum__screenings_v_version_ticketsonsale_tz" DEFAULT 'Europe/Paris';
  ALTER TABLE "screenings_prices" ADD CONSTRAINT "screenings_prices_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."screenings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_screenings_v_version_prices" ADD CONSTRAINT "_screenings_v_version_prices_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_screenings_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "screenings_prices_order_idx" ON "screenings_prices" USING btree ("_order");
  CREATE INDEX "screenings_prices_parent_id_idx" ON "screenings_prices" USING btree ("_parent_id");
  CREATE INDEX "_screenings_v_version_prices_order_idx" ON "_screenings_v_version_prices" USING btree ("_order");
  CREATE INDEX "_screenings_v_version_prices_parent_id_idx" ON "_screenings_v_version_prices" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "screenings_prices" CASCADE;
  DROP TABLE "_screenings_v_version_prices" CASCADE;
  ALTER TABLE "screenings" DROP COLUMN "ticket_availability";
  ALTER TABLE "screenings" DROP COLUMN "tickets_on_sale";
  ALTER TABLE "screenings" DROP COLUMN "ticketsonsale_tz";
  ALTER TABLE "_screenings_v" DROP COLUMN "version_ticket_availability";
  ALTER TABLE "_screenings_v" DROP COLUMN "version_tickets_on_sale";
  ALTER TABLE "_screenings_v" DROP COLUMN "version_ticketsonsale_tz";
  DROP TYPE "public"."enum_screening_price_label";
  DROP TYPE "public"."enum_screening_ticket_availability";
  DROP TYPE "public"."enum_screenings_ticketsonsale_tz";
  DROP TYPE "public"."enum__screenings_v_version_ticketsonsale_tz";`)
}
