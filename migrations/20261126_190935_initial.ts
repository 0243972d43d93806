import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('en', 'fr', 'vi');
  CREATE TYPE "public"."enum_editions_organisations_role" AS ENUM('organiser', 'co-organiser', 'patron', 'partner', 'sponsor');
  CREATE TYPE "public"."enum_editions_figures_attendees_precision" AS ENUM('exact', 'more-than', 'nearly');
  CREATE TYPE "public"."enum_editions_figures_countries_precision" AS ENUM('exact', 'more-than', 'nearly');
  CREATE TYPE "public"."enum_editions_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__editions_v_version_organisations_role" AS ENUM('organiser', 'co-organiser', 'patron', 'partner', 'sponsor');
  CREATE TYPE "public"."enum__editions_v_version_figures_attendees_precision" AS ENUM('exact', 'more-than', 'nearly');
  CREATE TYPE "public"."enum__editions_v_version_figures_countries_precision" AS ENUM('exact', 'more-than', 'nearly');
  CREATE TYPE "public"."enum__editions_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__editions_v_published_locale" AS ENUM('en', 'fr', 'vi');
  CREATE TYPE "public"."enum_films_genres" AS ENUM('drama', 'war', 'history', 'documentary', 'comedy', 'romance', 'family', 'thriller', 'action', 'animation', 'horror', 'musical');
  CREATE TYPE "public"."enum_films_credits_role" AS ENUM('director', 'screenwriter', 'source-author', 'producer', 'cast', 'cinematographer', 'editor', 'composer');
  CREATE TYPE "public"."enum_films_age_rating_advisories" AS ENUM('war-violence', 'violence', 'death', 'strong-language', 'distressing-images', 'sexual-content', 'drug-use');
  CREATE TYPE "public"."enum_films_awards_result" AS ENUM('won', 'nominated', 'shortlisted', 'national-submission', 'official-selection');
  CREATE TYPE "public"."enum_films_programme_section" AS ENUM('opening', 'closing', 'competition', 'panorama', 'documentary', 'shorts', 'retrospective', 'special');
  CREATE TYPE "public"."enum_films_source_work_kind" AS ENUM('novel', 'short-story', 'play', 'memoir', 'comic', 'true-events');
  CREATE TYPE "public"."enum_films_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__films_v_version_genres" AS ENUM('drama', 'war', 'history', 'documentary', 'comedy', 'romance', 'family', 'thriller', 'action', 'animation', 'horror', 'musical');
  CREATE TYPE "public"."enum__films_v_version_credits_role" AS ENUM('director', 'screenwriter', 'source-author', 'producer', 'cast', 'cinematographer', 'editor', 'composer');
  CREATE TYPE "public"."enum__films_v_version_age_rating_advisories" AS ENUM('war-violence', 'violence', 'death', 'strong-language', 'distressing-images', 'sexual-content', 'drug-use');
  CREATE TYPE "public"."enum__films_v_version_awards_result" AS ENUM('won', 'nominated', 'shortlisted', 'national-submission', 'official-selection');
  CREATE TYPE "public"."enum__films_v_version_programme_section" AS ENUM('opening', 'closing', 'competition', 'panorama', 'documentary', 'shorts', 'retrospective', 'special');
  CREATE TYPE "public"."enum__films_v_version_source_work_kind" AS ENUM('novel', 'short-story', 'play', 'memoir', 'comic', 'true-events');
  CREATE TYPE "public"."enum__films_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__films_v_published_locale" AS ENUM('en', 'fr', 'vi');
  CREATE TYPE "public"."enum_screenings_subtitles" AS ENUM('vi', 'fr', 'en', 'de', 'es');
  CREATE TYPE "public"."enum_screenings_labels" AS ENUM('world-premiere', 'international-premiere', 'european-premiere', 'french-premiere', 'opening-night', 'closing-night');
  CREATE TYPE "public"."enum_screenings_start_tz" AS ENUM('Europe/Paris');
  CREATE TYPE "public"."enum_screenings_end_tz" AS ENUM('Europe/Paris');
  CREATE TYPE "public"."enum_screening_status" AS ENUM('scheduled', 'sold-out', 'cancelled', 'rescheduled');
  CREATE TYPE "public"."enum_screenings_previousstart_tz" AS ENUM('Europe/Paris');
  CREATE TYPE "public"."enum_screenings_version" AS ENUM('original', 'dubbed');
  CREATE TYPE "public"."enum_screenings_audio_language" AS ENUM('vi', 'fr', 'en', 'de', 'es');
  CREATE TYPE "public"."enum_screenings_guest_event" AS ENUM('none', 'qa', 'introduction', 'guest-appearance');
  CREATE TYPE "public"."enum_screenings_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__screenings_v_version_subtitles" AS ENUM('vi', 'fr', 'en', 'de', 'es');
  CREATE TYPE "public"."enum__screenings_v_version_labels" AS ENUM('world-premiere', 'international-premiere', 'european-premiere', 'french-premiere', 'opening-night', 'closing-night');
  CREATE TYPE "public"."enum__screenings_v_version_start_tz" AS ENUM('Europe/Paris');
  CREATE TYPE "public"."enum__screenings_v_version_end_tz" AS ENUM('Europe/Paris');
  CREATE TYPE "public"."enum__screenings_v_version_previousstart_tz" AS ENUM('Europe/Paris');
  CREATE TYPE "public"."enum__screenings_v_version_version" AS ENUM('original', 'dubbed');
  CREATE TYPE "public"."enum__screenings_v_version_audio_language" AS ENUM('vi', 'fr', 'en', 'de', 'es');
  CREATE TYPE "public"."enum__screenings_v_version_guest_event" AS ENUM('none', 'qa', 'introduction', 'guest-appearance');
  CREATE TYPE "public"."enum__screenings_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__screenings_v_published_locale" AS ENUM('en', 'fr', 'vi');
  CREATE TYPE "public"."enum_people_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__people_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__people_v_published_locale" AS ENUM('en', 'fr', 'vi');
  CREATE TYPE "public"."enum_quotes_kind" AS ENUM('direct', 'paraphrase');
  CREATE TYPE "public"."enum_quotes_original_locale" AS ENUM('en', 'fr', 'vi');
  CREATE TYPE "public"."enum_quotes_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__quotes_v_version_kind" AS ENUM('direct', 'paraphrase');
  CREATE TYPE "public"."enum__quotes_v_version_original_locale" AS ENUM('en', 'fr', 'vi');
  CREATE TYPE "public"."enum__quotes_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__quotes_v_published_locale" AS ENUM('en', 'fr', 'vi');
  CREATE TYPE "public"."enum_venues_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__venues_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__venues_v_published_locale" AS ENUM('en', 'fr', 'vi');
  CREATE TYPE "public"."enum_organisations_kind" AS ENUM('association', 'company', 'embassy', 'cinema', 'press', 'public-institution');
  CREATE TYPE "public"."enum_organisations_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__organisations_v_version_kind" AS ENUM('association', 'company', 'embassy', 'cinema', 'press', 'public-institution');
  CREATE TYPE "public"."enum__organisations_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__organisations_v_published_locale" AS ENUM('en', 'fr', 'vi');
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'editor', 'partner');
  CREATE TABLE "editions_organisations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"organisation_id" integer,
  	"role" "enum_editions_organisations_role"
  );
  
  CREATE TABLE "editions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"start_date" timestamp(3) with time zone,
  	"end_date" timestamp(3) with time zone,
  	"figures_attendees" numeric,
  	"figures_attendees_precision" "enum_editions_figures_attendees_precision" DEFAULT 'exact',
  	"figures_countries" numeric,
  	"figures_countries_precision" "enum_editions_figures_countries_precision" DEFAULT 'exact',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_editions_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "editions_locales" (
  	"name" varchar,
  	"theme" varchar,
  	"city" varchar,
  	"description" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "editions_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"venues_id" integer
  );
  
  CREATE TABLE "_editions_v_version_organisations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"organisation_id" integer,
  	"role" "enum__editions_v_version_organisations_role",
  	"_uuid" varchar
  );
  
  CREATE TABLE "_editions_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar,
  	"version_start_date" timestamp(3) with time zone,
  	"version_end_date" timestamp(3) with time zone,
  	"version_figures_attendees" numeric,
  	"version_figures_attendees_precision" "enum__editions_v_version_figures_attendees_precision" DEFAULT 'exact',
  	"version_figures_countries" numeric,
  	"version_figures_countries_precision" "enum__editions_v_version_figures_countries_precision" DEFAULT 'exact',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__editions_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__editions_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_editions_v_locales" (
  	"version_name" varchar,
  	"version_theme" varchar,
  	"version_city" varchar,
  	"version_description" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_editions_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"venues_id" integer
  );
  
  CREATE TABLE "films_genres" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_films_genres",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "films_credits" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"person_id" integer,
  	"role" "enum_films_credits_role"
  );
  
  CREATE TABLE "films_credits_locales" (
  	"character" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "films_age_rating_advisories" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_films_age_rating_advisories",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "films_box_office" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"amount" numeric,
  	"currency" varchar,
  	"approximate" boolean DEFAULT false,
  	"as_of" timestamp(3) with time zone,
  	"source" varchar
  );
  
  CREATE TABLE "films_box_office_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "films_awards" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"year" numeric,
  	"result" "enum_films_awards_result"
  );
  
  CREATE TABLE "films_awards_locales" (
  	"event" varchar,
  	"category" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "films_programme" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"edition_id" integer,
  	"section" "enum_films_programme_section",
  	"highlight" boolean DEFAULT false
  );
  
  CREATE TABLE "films" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"original_title" varchar,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"year" numeric,
  	"runtime" numeric,
  	"source_work_kind" "enum_films_source_work_kind",
  	"source_work_author_id" integer,
  	"poster_id" integer,
  	"trailer_url" varchar,
  	"age_rating_rating" varchar,
  	"age_rating_authority" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_films_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "films_locales" (
  	"title" varchar,
  	"logline" varchar,
  	"synopsis" jsonb,
  	"source_work_title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "films_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "films_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "_films_v_version_genres" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__films_v_version_genres",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_films_v_version_credits" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"person_id" integer,
  	"role" "enum__films_v_version_credits_role",
  	"_uuid" varchar
  );
  
  CREATE TABLE "_films_v_version_credits_locales" (
  	"character" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_films_v_version_age_rating_advisories" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__films_v_version_age_rating_advisories",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_films_v_version_box_office" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"amount" numeric,
  	"currency" varchar,
  	"approximate" boolean DEFAULT false,
  	"as_of" timestamp(3) with time zone,
  	"source" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_films_v_version_box_office_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_films_v_version_awards" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"year" numeric,
  	"result" "enum__films_v_version_awards_result",
  	"_uuid" varchar
  );
  
  CREATE TABLE "_films_v_version_awards_locales" (
  	"event" varchar,
  	"category" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_films_v_version_programme" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"edition_id" integer,
  	"section" "enum__films_v_version_programme_section",
  	"highlight" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_films_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_original_title" varchar,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar,
  	"version_year" numeric,
  	"version_runtime" numeric,
  	"version_source_work_kind" "enum__films_v_version_source_work_kind",
  	"version_source_work_author_id" integer,
  	"version_poster_id" integer,
  	"version_trailer_url" varchar,
  	"version_age_rating_rating" varchar,
  	"version_age_rating_authority" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__films_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__films_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_films_v_locales" (
  	"version_title" varchar,
  	"version_logline" varchar,
  	"version_synopsis" jsonb,
  	"version_source_work_title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_films_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_films_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "screenings_subtitles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_screenings_subtitles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "screenings_labels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_screenings_labels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "screenings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"film_id" integer,
  	"edition_id" integer,
  	"venue_id" integer,
  	"room" varchar,
  	"start" timestamp(3) with time zone,
  	"start_tz" "enum_screenings_start_tz" DEFAULT 'Europe/Paris',
  	"end" timestamp(3) with time zone,
  	"end_tz" "enum_screenings_end_tz" DEFAULT 'Europe/Paris',
  	"end_is_estimated" boolean DEFAULT false,
  	"status" "enum_screening_status" DEFAULT 'scheduled',
  	"previous_start" timestamp(3) with time zone,
  	"previousstart_tz" "enum_screenings_previousstart_tz" DEFAULT 'Europe/Paris',
  	"version" "enum_screenings_version" DEFAULT 'original',
  	"audio_language" "enum_screenings_audio_language",
  	"accessibility_sdh" boolean DEFAULT false,
  	"accessibility_audio_description" boolean DEFAULT false,
  	"accessibility_step_free" boolean DEFAULT false,
  	"guest_event" "enum_screenings_guest_event" DEFAULT 'none',
  	"ticket_url" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_screenings_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "screenings_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"people_id" integer
  );
  
  CREATE TABLE "_screenings_v_version_subtitles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__screenings_v_version_subtitles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_screenings_v_version_labels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__screenings_v_version_labels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_screenings_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_film_id" integer,
  	"version_edition_id" integer,
  	"version_venue_id" integer,
  	"version_room" varchar,
  	"version_start" timestamp(3) with time zone,
  	"version_start_tz" "enum__screenings_v_version_start_tz" DEFAULT 'Europe/Paris',
  	"version_end" timestamp(3) with time zone,
  	"version_end_tz" "enum__screenings_v_version_end_tz" DEFAULT 'Europe/Paris',
  	"version_end_is_estimated" boolean DEFAULT false,
  	"version_status" "enum_screening_status" DEFAULT 'scheduled',
  	"version_previous_start" timestamp(3) with time zone,
  	"version_previousstart_tz" "enum__screenings_v_version_previousstart_tz" DEFAULT 'Europe/Paris',
  	"version_version" "enum__screenings_v_version_version" DEFAULT 'original',
  	"version_audio_language" "enum__screenings_v_version_audio_language",
  	"version_accessibility_sdh" boolean DEFAULT false,
  	"version_accessibility_audio_description" boolean DEFAULT false,
  	"version_accessibility_step_free" boolean DEFAULT false,
  	"version_guest_event" "enum__screenings_v_version_guest_event" DEFAULT 'none',
  	"version_ticket_url" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__screenings_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__screenings_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_screenings_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"people_id" integer
  );
  
  CREATE TABLE "people_same_as" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar
  );
  
  CREATE TABLE "people" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"sort_name" varchar,
  	"alternate_name" varchar,
  	"photo_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_people_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "people_locales" (
  	"description" varchar,
  	"bio" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_people_v_version_same_as" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_people_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar,
  	"version_sort_name" varchar,
  	"version_alternate_name" varchar,
  	"version_photo_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__people_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__people_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_people_v_locales" (
  	"version_description" varchar,
  	"version_bio" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "quotes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"kind" "enum_quotes_kind" DEFAULT 'paraphrase',
  	"original_locale" "enum_quotes_original_locale" DEFAULT 'en',
  	"featured" boolean DEFAULT false,
  	"speaker_id" integer,
  	"film_id" integer,
  	"screening_id" integer,
  	"edition_id" integer,
  	"source_publication" varchar,
  	"source_url" varchar,
  	"source_date" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_quotes_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "quotes_locales" (
  	"text" varchar,
  	"speaker_role" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_quotes_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_label" varchar,
  	"version_kind" "enum__quotes_v_version_kind" DEFAULT 'paraphrase',
  	"version_original_locale" "enum__quotes_v_version_original_locale" DEFAULT 'en',
  	"version_featured" boolean DEFAULT false,
  	"version_speaker_id" integer,
  	"version_film_id" integer,
  	"version_screening_id" integer,
  	"version_edition_id" integer,
  	"version_source_publication" varchar,
  	"version_source_url" varchar,
  	"version_source_date" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__quotes_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__quotes_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_quotes_v_locales" (
  	"version_text" varchar,
  	"version_speaker_role" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "venues_rooms" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"capacity" numeric,
  	"step_free" boolean DEFAULT false
  );
  
  CREATE TABLE "venues" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"address_street" varchar,
  	"address_postal_code" varchar,
  	"address_city" varchar,
  	"address_country" varchar DEFAULT 'FR',
  	"coordinates_latitude" numeric,
  	"coordinates_longitude" numeric,
  	"website" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_venues_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "venues_locales" (
  	"access" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_venues_v_version_rooms" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"capacity" numeric,
  	"step_free" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_venues_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar,
  	"version_address_street" varchar,
  	"version_address_postal_code" varchar,
  	"version_address_city" varchar,
  	"version_address_country" varchar DEFAULT 'FR',
  	"version_coordinates_latitude" numeric,
  	"version_coordinates_longitude" numeric,
  	"version_website" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__venues_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__venues_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_venues_v_locales" (
  	"version_access" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "organisations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"short_name" varchar,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"kind" "enum_organisations_kind",
  	"logo_id" integer,
  	"website" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_organisations_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "organisations_locales" (
  	"name" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_organisations_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_short_name" varchar,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar,
  	"version_kind" "enum__organisations_v_version_kind",
  	"version_logo_id" integer,
  	"version_website" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__organisations_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__organisations_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_organisations_v_locales" (
  	"version_name" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"credit" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_poster_url" varchar,
  	"sizes_poster_width" numeric,
  	"sizes_poster_height" numeric,
  	"sizes_poster_mime_type" varchar,
  	"sizes_poster_filesize" numeric,
  	"sizes_poster_filename" varchar,
  	"sizes_hero_url" varchar,
  	"sizes_hero_width" numeric,
  	"sizes_hero_height" numeric,
  	"sizes_hero_mime_type" varchar,
  	"sizes_hero_filesize" numeric,
  	"sizes_hero_filename" varchar,
  	"sizes_og_url" varchar,
  	"sizes_og_width" numeric,
  	"sizes_og_height" numeric,
  	"sizes_og_mime_type" varchar,
  	"sizes_og_filesize" numeric,
  	"sizes_og_filename" varchar
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar NOT NULL,
  	"caption" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"role" "enum_users_role" DEFAULT 'editor' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"enable_a_p_i_key" boolean,
  	"api_key" varchar,
  	"api_key_index" varchar,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"editions_id" integer,
  	"films_id" integer,
  	"screenings_id" integer,
  	"people_id" integer,
  	"quotes_id" integer,
  	"venues_id" integer,
  	"organisations_id" integer,
  	"media_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "site_navigation" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"path" varchar NOT NULL
  );
  
  CREATE TABLE "site_navigation_locales" (
  	"label" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "site" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"current_edition_id" integer,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "site_locales" (
  	"site_name" varchar NOT NULL,
  	"tagline" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "editions_organisations" ADD CONSTRAINT "editions_organisations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "editions_organisations" ADD CONSTRAINT "editions_organisations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."editions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "editions_locales" ADD CONSTRAINT "editions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."editions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "editions_rels" ADD CONSTRAINT "editions_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."editions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "editions_rels" ADD CONSTRAINT "editions_rels_venues_fk" FOREIGN KEY ("venues_id") REFERENCES "public"."venues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_editions_v_version_organisations" ADD CONSTRAINT "_editions_v_version_organisations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_editions_v_version_organisations" ADD CONSTRAINT "_editions_v_version_organisations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_editions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_editions_v" ADD CONSTRAINT "_editions_v_parent_id_editions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."editions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_editions_v_locales" ADD CONSTRAINT "_editions_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_editions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_editions_v_rels" ADD CONSTRAINT "_editions_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_editions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_editions_v_rels" ADD CONSTRAINT "_editions_v_rels_venues_fk" FOREIGN KEY ("venues_id") REFERENCES "public"."venues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "films_genres" ADD CONSTRAINT "films_genres_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."films"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "films_credits" ADD CONSTRAINT "films_credits_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "films_credits" ADD CONSTRAINT "films_credits_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."films"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "films_credits_locales" ADD CONSTRAINT "films_credits_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."films_credits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "films_age_rating_advisories" ADD CONSTRAINT "films_age_rating_advisories_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."films"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "films_box_office" ADD CONSTRAINT "films_box_office_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."films"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "films_box_office_locales" ADD CONSTRAINT "films_box_office_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."films_box_office"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "films_awards" ADD CONSTRAINT "films_awards_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."films"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "films_awards_locales" ADD CONSTRAINT "films_awards_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."films_awards"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "films_programme" ADD CONSTRAINT "films_programme_edition_id_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."editions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "films_programme" ADD CONSTRAINT "films_programme_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."films"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "films" ADD CONSTRAINT "films_source_work_author_id_people_id_fk" FOREIGN KEY ("source_work_author_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "films" ADD CONSTRAINT "films_poster_id_media_id_fk" FOREIGN KEY ("poster_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "films_locales" ADD CONSTRAINT "films_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."films"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "films_texts" ADD CONSTRAINT "films_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."films"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "films_rels" ADD CONSTRAINT "films_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."films"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "films_rels" ADD CONSTRAINT "films_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_films_v_version_genres" ADD CONSTRAINT "_films_v_version_genres_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_films_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_films_v_version_credits" ADD CONSTRAINT "_films_v_version_credits_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_films_v_version_credits" ADD CONSTRAINT "_films_v_version_credits_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_films_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_films_v_version_credits_locales" ADD CONSTRAINT "_films_v_version_credits_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_films_v_version_credits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_films_v_version_age_rating_advisories" ADD CONSTRAINT "_films_v_version_age_rating_advisories_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_films_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_films_v_version_box_office" ADD CONSTRAINT "_films_v_version_box_office_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_films_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_films_v_version_box_office_locales" ADD CONSTRAINT "_films_v_version_box_office_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_films_v_version_box_office"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_films_v_version_awards" ADD CONSTRAINT "_films_v_version_awards_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_films_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_films_v_version_awards_locales" ADD CONSTRAINT "_films_v_version_awards_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_films_v_version_awards"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_films_v_version_programme" ADD CONSTRAINT "_films_v_version_programme_edition_id_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."editions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_films_v_version_programme" ADD CONSTRAINT "_films_v_version_programme_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_films_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_films_v" ADD CONSTRAINT "_films_v_parent_id_films_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."films"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_films_v" ADD CONSTRAINT "_films_v_version_source_work_author_id_people_id_fk" FOREIGN KEY ("version_source_work_author_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_films_v" ADD CONSTRAINT "_films_v_version_poster_id_media_id_fk" FOREIGN KEY ("version_poster_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_films_v_locales" ADD CONSTRAINT "_films_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_films_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_films_v_texts" ADD CONSTRAINT "_films_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_films_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_films_v_rels" ADD CONSTRAINT "_films_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_films_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_films_v_rels" ADD CONSTRAINT "_films_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "screenings_subtitles" ADD CONSTRAINT "screenings_subtitles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."screenings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "screenings_labels" ADD CONSTRAINT "screenings_labels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."screenings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "screenings" ADD CONSTRAINT "screenings_film_id_films_id_fk" FOREIGN KEY ("film_id") REFERENCES "public"."films"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "screenings" ADD CONSTRAINT "screenings_edition_id_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."editions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "screenings" ADD CONSTRAINT "screenings_venue_id_venues_id_fk" FOREIGN KEY ("venue_id") REFERENCES "public"."venues"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "screenings_rels" ADD CONSTRAINT "screenings_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."screenings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "screenings_rels" ADD CONSTRAINT "screenings_rels_people_fk" FOREIGN KEY ("people_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_screenings_v_version_subtitles" ADD CONSTRAINT "_screenings_v_version_subtitles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_screenings_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_screenings_v_version_labels" ADD CONSTRAINT "_screenings_v_version_labels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_screenings_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_screenings_v" ADD CONSTRAINT "_screenings_v_parent_id_screenings_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."screenings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_screenings_v" ADD CONSTRAINT "_screenings_v_version_film_id_films_id_fk" FOREIGN KEY ("version_film_id") REFERENCES "public"."films"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_screenings_v" ADD CONSTRAINT "_screenings_v_version_edition_id_editions_id_fk" FOREIGN KEY ("version_edition_id") REFERENCES "public"."editions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_screenings_v" ADD CONSTRAINT "_screenings_v_version_venue_id_venues_id_fk" FOREIGN KEY ("version_venue_id") REFERENCES "public"."venues"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_screenings_v_rels" ADD CONSTRAINT "_screenings_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_screenings_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_screenings_v_rels" ADD CONSTRAINT "_screenings_v_rels_people_fk" FOREIGN KEY ("people_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "people_same_as" ADD CONSTRAINT "people_same_as_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "people" ADD CONSTRAINT "people_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "people_locales" ADD CONSTRAINT "people_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_people_v_version_same_as" ADD CONSTRAINT "_people_v_version_same_as_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_people_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_people_v" ADD CONSTRAINT "_people_v_parent_id_people_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_people_v" ADD CONSTRAINT "_people_v_version_photo_id_media_id_fk" FOREIGN KEY ("version_photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_people_v_locales" ADD CONSTRAINT "_people_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_people_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "quotes" ADD CONSTRAINT "quotes_speaker_id_people_id_fk" FOREIGN KEY ("speaker_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quotes" ADD CONSTRAINT "quotes_film_id_films_id_fk" FOREIGN KEY ("film_id") REFERENCES "public"."films"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quotes" ADD CONSTRAINT "quotes_screening_id_screenings_id_fk" FOREIGN KEY ("screening_id") REFERENCES "public"."screenings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quotes" ADD CONSTRAINT "quotes_edition_id_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."editions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quotes_locales" ADD CONSTRAINT "quotes_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."quotes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_quotes_v" ADD CONSTRAINT "_quotes_v_parent_id_quotes_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."quotes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_quotes_v" ADD CONSTRAINT "_quotes_v_version_speaker_id_people_id_fk" FOREIGN KEY ("version_speaker_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_quotes_v" ADD CONSTRAINT "_quotes_v_version_film_id_films_id_fk" FOREIGN KEY ("version_film_id") REFERENCES "public"."films"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_quotes_v" ADD CONSTRAINT "_quotes_v_version_screening_id_screenings_id_fk" FOREIGN KEY ("version_screening_id") REFERENCES "public"."screenings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_quotes_v" ADD CONSTRAINT "_quotes_v_version_edition_id_editions_id_fk" FOREIGN KEY ("version_edition_id") REFERENCES "public"."editions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_quotes_v_locales" ADD CONSTRAINT "_quotes_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_quotes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "venues_rooms" ADD CONSTRAINT "venues_rooms_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."venues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "venues_locales" ADD CONSTRAINT "venues_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."venues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_venues_v_version_rooms" ADD CONSTRAINT "_venues_v_version_rooms_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_venues_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_venues_v" ADD CONSTRAINT "_venues_v_parent_id_venues_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."venues"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_venues_v_locales" ADD CONSTRAINT "_venues_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_venues_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organisations" ADD CONSTRAINT "organisations_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "organisations_locales" ADD CONSTRAINT "organisations_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_organisations_v" ADD CONSTRAINT "_organisations_v_parent_id_organisations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_organisations_v" ADD CONSTRAINT "_organisations_v_version_logo_id_media_id_fk" FOREIGN KEY ("version_logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_organisations_v_locales" ADD CONSTRAINT "_organisations_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_organisations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_editions_fk" FOREIGN KEY ("editions_id") REFERENCES "public"."editions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_films_fk" FOREIGN KEY ("films_id") REFERENCES "public"."films"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_screenings_fk" FOREIGN KEY ("screenings_id") REFERENCES "public"."screenings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_people_fk" FOREIGN KEY ("people_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_quotes_fk" FOREIGN KEY ("quotes_id") REFERENCES "public"."quotes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_venues_fk" FOREIGN KEY ("venues_id") REFERENCES "public"."venues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_organisations_fk" FOREIGN KEY ("organisations_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_navigation" ADD CONSTRAINT "site_navigation_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_navigation_locales" ADD CONSTRAINT "site_navigation_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_navigation"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site" ADD CONSTRAINT "site_current_edition_id_editions_id_fk" FOREIGN KEY ("current_edition_id") REFERENCES "public"."editions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "site_locales" ADD CONSTRAINT "site_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "editions_organisations_order_idx" ON "editions_organisations" USING btree ("_order");
  CREATE INDEX "editions_organisations_parent_id_idx" ON "editions_organisations" USING btree ("_parent_id");
  CREATE INDEX "editions_organisations_organisation_idx" ON "editions_organisations" USING btree ("organisation_id");
  CREATE UNIQUE INDEX "editions_slug_idx" ON "editions" USING btree ("slug");
  CREATE INDEX "editions_start_date_idx" ON "editions" USING btree ("start_date");
  CREATE INDEX "editions_updated_at_idx" ON "editions" USING btree ("updated_at");
  CREATE INDEX "editions_created_at_idx" ON "editions" USING btree ("created_at");
  CREATE INDEX "editions__status_idx" ON "editions" USING btree ("_status");
  CREATE UNIQUE INDEX "editions_locales_locale_parent_id_unique" ON "editions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "editions_rels_order_idx" ON "editions_rels" USING btree ("order");
  CREATE INDEX "editions_rels_parent_idx" ON "editions_rels" USING btree ("parent_id");
  CREATE INDEX "editions_rels_path_idx" ON "editions_rels" USING btree ("path");
  CREATE INDEX "editions_rels_venues_id_idx" ON "editions_rels" USING btree ("venues_id");
  CREATE INDEX "_editions_v_version_organisations_order_idx" ON "_editions_v_version_organisations" USING btree ("_order");
  CREATE INDEX "_editions_v_version_organisations_parent_id_idx" ON "_editions_v_version_organisations" USING btree ("_parent_id");
  CREATE INDEX "_editions_v_version_organisations_organisation_idx" ON "_editions_v_version_organisations" USING btree ("organisation_id");
  CREATE INDEX "_editions_v_parent_idx" ON "_editions_v" USING btree ("parent_id");
  CREATE INDEX "_editions_v_version_version_slug_idx" ON "_editions_v" USING btree ("version_slug");
  CREATE INDEX "_editions_v_version_version_start_date_idx" ON "_editions_v" USING btree ("version_start_date");
  CREATE INDEX "_editions_v_version_version_updated_at_idx" ON "_editions_v" USING btree ("version_updated_at");
  CREATE INDEX "_editions_v_version_version_created_at_idx" ON "_editions_v" USING btree ("version_created_at");
  CREATE INDEX "_editions_v_version_version__status_idx" ON "_editions_v" USING btree ("version__status");
  CREATE INDEX "_editions_v_created_at_idx" ON "_editions_v" USING btree ("created_at");
  CREATE INDEX "_editions_v_updated_at_idx" ON "_editions_v" USING btree ("updated_at");
  CREATE INDEX "_editions_v_snapshot_idx" ON "_editions_v" USING btree ("snapshot");
  CREATE INDEX "_editions_v_published_locale_idx" ON "_editions_v" USING btree ("published_locale");
  CREATE INDEX "_editions_v_latest_idx" ON "_editions_v" USING btree ("latest");
  CREATE INDEX "_editions_v_autosave_idx" ON "_editions_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_editions_v_locales_locale_parent_id_unique" ON "_editions_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_editions_v_rels_order_idx" ON "_editions_v_rels" USING btree ("order");
  CREATE INDEX "_editions_v_rels_parent_idx" ON "_editions_v_rels" USING btree ("parent_id");
  CREATE INDEX "_editions_v_rels_path_idx" ON "_editions_v_rels" USING btree ("path");
  CREATE INDEX "_editions_v_rels_venues_id_idx" ON "_editions_v_rels" USING btree ("venues_id");
  CREATE INDEX "films_genres_order_idx" ON "films_genres" USING btree ("order");
  CREATE INDEX "films_genres_parent_idx" ON "films_genres" USING btree ("parent_id");
  CREATE INDEX "films_credits_order_idx" ON "films_credits" USING btree ("_order");
  CREATE INDEX "films_credits_parent_id_idx" ON "films_credits" USING btree ("_parent_id");
  CREATE INDEX "films_credits_person_idx" ON "films_credits" USING btree ("person_id");
  CREATE UNIQUE INDEX "films_credits_locales_locale_parent_id_unique" ON "films_credits_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "films_age_rating_advisories_order_idx" ON "films_age_rating_advisories" USING btree ("order");
  CREATE INDEX "films_age_rating_advisories_parent_idx" ON "films_age_rating_advisories" USING btree ("parent_id");
  CREATE INDEX "films_box_office_order_idx" ON "films_box_office" USING btree ("_order");
  CREATE INDEX "films_box_office_parent_id_idx" ON "films_box_office" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "films_box_office_locales_locale_parent_id_unique" ON "films_box_office_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "films_awards_order_idx" ON "films_awards" USING btree ("_order");
  CREATE INDEX "films_awards_parent_id_idx" ON "films_awards" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "films_awards_locales_locale_parent_id_unique" ON "films_awards_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "films_programme_order_idx" ON "films_programme" USING btree ("_order");
  CREATE INDEX "films_programme_parent_id_idx" ON "films_programme" USING btree ("_parent_id");
  CREATE INDEX "films_programme_edition_idx" ON "films_programme" USING btree ("edition_id");
  CREATE UNIQUE INDEX "films_slug_idx" ON "films" USING btree ("slug");
  CREATE INDEX "films_source_work_source_work_author_idx" ON "films" USING btree ("source_work_author_id");
  CREATE INDEX "films_poster_idx" ON "films" USING btree ("poster_id");
  CREATE INDEX "films_updated_at_idx" ON "films" USING btree ("updated_at");
  CREATE INDEX "films_created_at_idx" ON "films" USING btree ("created_at");
  CREATE INDEX "films__status_idx" ON "films" USING btree ("_status");
  CREATE UNIQUE INDEX "films_locales_locale_parent_id_unique" ON "films_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "films_texts_order_parent" ON "films_texts" USING btree ("order","parent_id");
  CREATE INDEX "films_rels_order_idx" ON "films_rels" USING btree ("order");
  CREATE INDEX "films_rels_parent_idx" ON "films_rels" USING btree ("parent_id");
  CREATE INDEX "films_rels_path_idx" ON "films_rels" USING btree ("path");
  CREATE INDEX "films_rels_media_id_idx" ON "films_rels" USING btree ("media_id");
  CREATE INDEX "_films_v_version_genres_order_idx" ON "_films_v_version_genres" USING btree ("order");
  CREATE INDEX "_films_v_version_genres_parent_idx" ON "_films_v_version_genres" USING btree ("parent_id");
  CREATE INDEX "_films_v_version_credits_order_idx" ON "_films_v_version_credits" USING btree ("_order");
  CREATE INDEX "_films_v_version_credits_parent_id_idx" ON "_films_v_version_credits" USING btree ("_parent_id");
  CREATE INDEX "_films_v_version_credits_person_idx" ON "_films_v_version_credits" USING btree ("person_id");
  CREATE UNIQUE INDEX "_films_v_version_credits_locales_locale_parent_id_unique" ON "_films_v_version_credits_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_films_v_version_age_rating_advisories_order_idx" ON "_films_v_version_age_rating_advisories" USING btree ("order");
  CREATE INDEX "_films_v_version_age_rating_advisories_parent_idx" ON "_films_v_version_age_rating_advisories" USING btree ("parent_id");
  CREATE INDEX "_films_v_version_box_office_order_idx" ON "_films_v_version_box_office" USING btree ("_order");
  CREATE INDEX "_films_v_version_box_office_parent_id_idx" ON "_films_v_version_box_office" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_films_v_version_box_office_locales_locale_parent_id_unique" ON "_films_v_version_box_office_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_films_v_version_awards_order_idx" ON "_films_v_version_awards" USING btree ("_order");
  CREATE INDEX "_films_v_version_awards_parent_id_idx" ON "_films_v_version_awards" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_films_v_version_awards_locales_locale_parent_id_unique" ON "_films_v_version_awards_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_films_v_version_programme_order_idx" ON "_films_v_version_programme" USING btree ("_order");
  CREATE INDEX "_films_v_version_programme_parent_id_idx" ON "_films_v_version_programme" USING btree ("_parent_id");
  CREATE INDEX "_films_v_version_programme_edition_idx" ON "_films_v_version_programme" USING btree ("edition_id");
  CREATE INDEX "_films_v_parent_idx" ON "_films_v" USING btree ("parent_id");
  CREATE INDEX "_films_v_version_version_slug_idx" ON "_films_v" USING btree ("version_slug");
  CREATE INDEX "_films_v_version_source_work_version_source_work_author_idx" ON "_films_v" USING btree ("version_source_work_author_id");
  CREATE INDEX "_films_v_version_version_poster_idx" ON "_films_v" USING btree ("version_poster_id");
  CREATE INDEX "_films_v_version_version_updated_at_idx" ON "_films_v" USING btree ("version_updated_at");
  CREATE INDEX "_films_v_version_version_created_at_idx" ON "_films_v" USING btree ("version_created_at");
  CREATE INDEX "_films_v_version_version__status_idx" ON "_films_v" USING btree ("version__status");
  CREATE INDEX "_films_v_created_at_idx" ON "_films_v" USING btree ("created_at");
  CREATE INDEX "_films_v_updated_at_idx" ON "_films_v" USING btree ("updated_at");
  CREATE INDEX "_films_v_snapshot_idx" ON "_films_v" USING btree ("snapshot");
  CREATE INDEX "_films_v_published_locale_idx" ON "_films_v" USING btree ("published_locale");
  CREATE INDEX "_films_v_latest_idx" ON "_films_v" USING btree ("latest");
  CREATE INDEX "_films_v_autosave_idx" ON "_films_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_films_v_locales_locale_parent_id_unique" ON "_films_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_films_v_texts_order_parent" ON "_films_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_films_v_rels_order_idx" ON "_films_v_rels" USING btree ("order");
  CREATE INDEX "_films_v_rels_parent_idx" ON "_films_v_rels" USING btree ("parent_id");
  CREATE INDEX "_films_v_rels_path_idx" ON "_films_v_rels" USING btree ("path");
  CREATE INDEX "_films_v_rels_media_id_idx" ON "_films_v_rels" USING btree ("media_id");
  CREATE INDEX "screenings_subtitles_order_idx" ON "screenings_subtitles" USING btree ("order");
  CREATE INDEX "screenings_subtitles_parent_idx" ON "screenings_subtitles" USING btree ("parent_id");
  CREATE INDEX "screenings_labels_order_idx" ON "screenings_labels" USING btree ("order");
  CREATE INDEX "screenings_labels_parent_idx" ON "screenings_labels" USING btree ("parent_id");
  CREATE INDEX "screenings_film_idx" ON "screenings" USING btree ("film_id");
  CREATE INDEX "screenings_edition_idx" ON "screenings" USING btree ("edition_id");
  CREATE INDEX "screenings_venue_idx" ON "screenings" USING btree ("venue_id");
  CREATE INDEX "screenings_start_idx" ON "screenings" USING btree ("start");
  CREATE INDEX "screenings_updated_at_idx" ON "screenings" USING btree ("updated_at");
  CREATE INDEX "screenings_created_at_idx" ON "screenings" USING btree ("created_at");
  CREATE INDEX "screenings__status_idx" ON "screenings" USING btree ("_status");
  CREATE INDEX "screenings_rels_order_idx" ON "screenings_rels" USING btree ("order");
  CREATE INDEX "screenings_rels_parent_idx" ON "screenings_rels" USING btree ("parent_id");
  CREATE INDEX "screenings_rels_path_idx" ON "screenings_rels" USING btree ("path");
  CREATE INDEX "screenings_rels_people_id_idx" ON "screenings_rels" USING btree ("people_id");
  CREATE INDEX "_screenings_v_version_subtitles_order_idx" ON "_screenings_v_version_subtitles" USING btree ("order");
  CREATE INDEX "_screenings_v_version_subtitles_parent_idx" ON "_screenings_v_version_subtitles" USING btree ("parent_id");
  CREATE INDEX "_screenings_v_version_labels_order_idx" ON "_screenings_v_version_labels" USING btree ("order");
  CREATE INDEX "_screenings_v_version_labels_parent_idx" ON "_screenings_v_version_labels" USING btree ("parent_id");
  CREATE INDEX "_screenings_v_parent_idx" ON "_screenings_v" USING btree ("parent_id");
  CREATE INDEX "_screenings_v_version_version_film_idx" ON "_screenings_v" USING btree ("version_film_id");
  CREATE INDEX "_screenings_v_version_version_edition_idx" ON "_screenings_v" USING btree ("version_edition_id");
  CREATE INDEX "_screenings_v_version_version_venue_idx" ON "_screenings_v" USING btree ("version_venue_id");
  CREATE INDEX "_screenings_v_version_version_start_idx" ON "_screenings_v" USING btree ("version_start");
  CREATE INDEX "_screenings_v_version_version_updated_at_idx" ON "_screenings_v" USING btree ("version_updated_at");
  CREATE INDEX "_screenings_v_version_version_created_at_idx" ON "_screenings_v" USING btree ("version_created_at");
  CREATE INDEX "_screenings_v_version_version__status_idx" ON "_screenings_v" USING btree ("version__status");
  CREATE INDEX "_screenings_v_created_at_idx" ON "_screenings_v" USING btree ("created_at");
  CREATE INDEX "_screenings_v_updated_at_idx" ON "_screenings_v" USING btree ("updated_at");
  CREATE INDEX "_screenings_v_snapshot_idx" ON "_screenings_v" USING btree ("snapshot");
  CREATE INDEX "_screenings_v_published_locale_idx" ON "_screenings_v" USING btree ("published_locale");
  CREATE INDEX "_screenings_v_latest_idx" ON "_screenings_v" USING btree ("latest");
  CREATE INDEX "_screenings_v_autosave_idx" ON "_screenings_v" USING btree ("autosave");
  CREATE INDEX "_screenings_v_rels_order_idx" ON "_screenings_v_rels" USING btree ("order");
  CREATE INDEX "_screenings_v_rels_parent_idx" ON "_screenings_v_rels" USING btree ("parent_id");
  CREATE INDEX "_screenings_v_rels_path_idx" ON "_screenings_v_rels" USING btree ("path");
  CREATE INDEX "_screenings_v_rels_people_id_idx" ON "_screenings_v_rels" USING btree ("people_id");
  CREATE INDEX "people_same_as_order_idx" ON "people_same_as" USING btree ("_order");
  CREATE INDEX "people_same_as_parent_id_idx" ON "people_same_as" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "people_slug_idx" ON "people" USING btree ("slug");
  CREATE INDEX "people_sort_name_idx" ON "people" USING btree ("sort_name");
  CREATE INDEX "people_photo_idx" ON "people" USING btree ("photo_id");
  CREATE INDEX "people_updated_at_idx" ON "people" USING btree ("updated_at");
  CREATE INDEX "people_created_at_idx" ON "people" USING btree ("created_at");
  CREATE INDEX "people__status_idx" ON "people" USING btree ("_status");
  CREATE UNIQUE INDEX "people_locales_locale_parent_id_unique" ON "people_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_people_v_version_same_as_order_idx" ON "_people_v_version_same_as" USING btree ("_order");
  CREATE INDEX "_people_v_version_same_as_parent_id_idx" ON "_people_v_version_same_as" USING btree ("_parent_id");
  CREATE INDEX "_people_v_parent_idx" ON "_people_v" USING btree ("parent_id");
  CREATE INDEX "_people_v_version_version_slug_idx" ON "_people_v" USING btree ("version_slug");
  CREATE INDEX "_people_v_version_version_sort_name_idx" ON "_people_v" USING btree ("version_sort_name");
  CREATE INDEX "_people_v_version_version_photo_idx" ON "_people_v" USING btree ("version_photo_id");
  CREATE INDEX "_people_v_version_version_updated_at_idx" ON "_people_v" USING btree ("version_updated_at");
  CREATE INDEX "_people_v_version_version_created_at_idx" ON "_people_v" USING btree ("version_created_at");
  CREATE INDEX "_people_v_version_version__status_idx" ON "_people_v" USING btree ("version__status");
  CREATE INDEX "_people_v_created_at_idx" ON "_people_v" USING btree ("created_at");
  CREATE INDEX "_people_v_updated_at_idx" ON "_people_v" USING btree ("updated_at");
  CREATE INDEX "_people_v_snapshot_idx" ON "_people_v" USING btree ("snapshot");
  CREATE INDEX "_people_v_published_locale_idx" ON "_people_v" USING btree ("published_locale");
  CREATE INDEX "_people_v_latest_idx" ON "_people_v" USING btree ("latest");
  CREATE INDEX "_people_v_autosave_idx" ON "_people_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_people_v_locales_locale_parent_id_unique" ON "_people_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "quotes_speaker_idx" ON "quotes" USING btree ("speaker_id");
  CREATE INDEX "quotes_film_idx" ON "quotes" USING btree ("film_id");
  CREATE INDEX "quotes_screening_idx" ON "quotes" USING btree ("screening_id");
  CREATE INDEX "quotes_edition_idx" ON "quotes" USING btree ("edition_id");
  CREATE INDEX "quotes_updated_at_idx" ON "quotes" USING btree ("updated_at");
  CREATE INDEX "quotes_created_at_idx" ON "quotes" USING btree ("created_at");
  CREATE INDEX "quotes__status_idx" ON "quotes" USING btree ("_status");
  CREATE UNIQUE INDEX "quotes_locales_locale_parent_id_unique" ON "quotes_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_quotes_v_parent_idx" ON "_quotes_v" USING btree ("parent_id");
  CREATE INDEX "_quotes_v_version_version_speaker_idx" ON "_quotes_v" USING btree ("version_speaker_id");
  CREATE INDEX "_quotes_v_version_version_film_idx" ON "_quotes_v" USING btree ("version_film_id");
  CREATE INDEX "_quotes_v_version_version_screening_idx" ON "_quotes_v" USING btree ("version_screening_id");
  CREATE INDEX "_quotes_v_version_version_edition_idx" ON "_quotes_v" USING btree ("version_edition_id");
  CREATE INDEX "_quotes_v_version_version_updated_at_idx" ON "_quotes_v" USING btree ("version_updated_at");
  CREATE INDEX "_quotes_v_version_version_created_at_idx" ON "_quotes_v" USING btree ("version_created_at");
  CREATE INDEX "_quotes_v_version_version__status_idx" ON "_quotes_v" USING btree ("version__status");
  CREATE INDEX "_quotes_v_created_at_idx" ON "_quotes_v" USING btree ("created_at");
  CREATE INDEX "_quotes_v_updated_at_idx" ON "_quotes_v" USING btree ("updated_at");
  CREATE INDEX "_quotes_v_snapshot_idx" ON "_quotes_v" USING btree ("snapshot");
  CREATE INDEX "_quotes_v_published_locale_idx" ON "_quotes_v" USING btree ("published_locale");
  CREATE INDEX "_quotes_v_latest_idx" ON "_quotes_v" USING btree ("latest");
  CREATE INDEX "_quotes_v_autosave_idx" ON "_quotes_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_quotes_v_locales_locale_parent_id_unique" ON "_quotes_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "venues_rooms_order_idx" ON "venues_rooms" USING btree ("_order");
  CREATE INDEX "venues_rooms_parent_id_idx" ON "venues_rooms" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "venues_slug_idx" ON "venues" USING btree ("slug");
  CREATE INDEX "venues_updated_at_idx" ON "venues" USING btree ("updated_at");
  CREATE INDEX "venues_created_at_idx" ON "venues" USING btree ("created_at");
  CREATE INDEX "venues__status_idx" ON "venues" USING btree ("_status");
  CREATE UNIQUE INDEX "venues_locales_locale_parent_id_unique" ON "venues_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_venues_v_version_rooms_order_idx" ON "_venues_v_version_rooms" USING btree ("_order");
  CREATE INDEX "_venues_v_version_rooms_parent_id_idx" ON "_venues_v_version_rooms" USING btree ("_parent_id");
  CREATE INDEX "_venues_v_parent_idx" ON "_venues_v" USING btree ("parent_id");
  CREATE INDEX "_venues_v_version_version_slug_idx" ON "_venues_v" USING btree ("version_slug");
  CREATE INDEX "_venues_v_version_version_updated_at_idx" ON "_venues_v" USING btree ("version_updated_at");
  CREATE INDEX "_venues_v_version_version_created_at_idx" ON "_venues_v" USING btree ("version_created_at");
  CREATE INDEX "_venues_v_version_version__status_idx" ON "_venues_v" USING btree ("version__status");
  CREATE INDEX "_venues_v_created_at_idx" ON "_venues_v" USING btree ("created_at");
  CREATE INDEX "_venues_v_updated_at_idx" ON "_venues_v" USING btree ("updated_at");
  CREATE INDEX "_venues_v_snapshot_idx" ON "_venues_v" USING btree ("snapshot");
  CREATE INDEX "_venues_v_published_locale_idx" ON "_venues_v" USING btree ("published_locale");
  CREATE INDEX "_venues_v_latest_idx" ON "_venues_v" USING btree ("latest");
  CREATE INDEX "_venues_v_autosave_idx" ON "_venues_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_venues_v_locales_locale_parent_id_unique" ON "_venues_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "organisations_slug_idx" ON "organisations" USING btree ("slug");
  CREATE INDEX "organisations_logo_idx" ON "organisations" USING btree ("logo_id");
  CREATE INDEX "organisations_updated_at_idx" ON "organisations" USING btree ("updated_at");
  CREATE INDEX "organisations_created_at_idx" ON "organisations" USING btree ("created_at");
  CREATE INDEX "organisations__status_idx" ON "organisations" USING btree ("_status");
  CREATE UNIQUE INDEX "organisations_locales_locale_parent_id_unique" ON "organisations_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_organisations_v_parent_idx" ON "_organisations_v" USING btree ("parent_id");
  CREATE INDEX "_organisations_v_version_version_slug_idx" ON "_organisations_v" USING btree ("version_slug");
  CREATE INDEX "_organisations_v_version_version_logo_idx" ON "_organisations_v" USING btree ("version_logo_id");
  CREATE INDEX "_organisations_v_version_version_updated_at_idx" ON "_organisations_v" USING btree ("version_updated_at");
  CREATE INDEX "_organisations_v_version_version_created_at_idx" ON "_organisations_v" USING btree ("version_created_at");
  CREATE INDEX "_organisations_v_version_version__status_idx" ON "_organisations_v" USING btree ("version__status");
  CREATE INDEX "_organisations_v_created_at_idx" ON "_organisations_v" USING btree ("created_at");
  CREATE INDEX "_organisations_v_updated_at_idx" ON "_organisations_v" USING btree ("updated_at");
  CREATE INDEX "_organisations_v_snapshot_idx" ON "_organisations_v" USING btree ("snapshot");
  CREATE INDEX "_organisations_v_published_locale_idx" ON "_organisations_v" USING btree ("published_locale");
  CREATE INDEX "_organisations_v_latest_idx" ON "_organisations_v" USING btree ("latest");
  CREATE INDEX "_organisations_v_autosave_idx" ON "_organisations_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_organisations_v_locales_locale_parent_id_unique" ON "_organisations_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_poster_sizes_poster_filename_idx" ON "media" USING btree ("sizes_poster_filename");
  CREATE INDEX "media_sizes_hero_sizes_hero_filename_idx" ON "media" USING btree ("sizes_hero_filename");
  CREATE INDEX "media_sizes_og_sizes_og_filename_idx" ON "media" USING btree ("sizes_og_filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_editions_id_idx" ON "payload_locked_documents_rels" USING btree ("editions_id");
  CREATE INDEX "payload_locked_documents_rels_films_id_idx" ON "payload_locked_documents_rels" USING btree ("films_id");
  CREATE INDEX "payload_locked_documents_rels_screenings_id_idx" ON "payload_locked_documents_rels" USING btree ("screenings_id");
  CREATE INDEX "payload_locked_documents_rels_people_id_idx" ON "payload_locked_documents_rels" USING btree ("people_id");
  CREATE INDEX "payload_locked_documents_rels_quotes_id_idx" ON "payload_locked_documents_rels" USING btree ("quotes_id");
  CREATE INDEX "payload_locked_documents_rels_venues_id_idx" ON "payload_locked_documents_rels" USING btree ("venues_id");
  CREATE INDEX "payload_locked_documents_rels_organisations_id_idx" ON "payload_locked_documents_rels" USING btree ("organisations_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "site_navigation_order_idx" ON "site_navigation" USING btree ("_order");
  CREATE INDEX "site_navigation_parent_id_idx" ON "site_navigation" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "site_navigation_locales_locale_parent_id_unique" ON "site_navigation_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "site_current_edition_idx" ON "site" USING btree ("current_edition_id");
  CREATE UNIQUE INDEX "site_locales_locale_parent_id_unique" ON "site_locales" USING btree ("_locale","_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "editions_organisations" CASCADE;
  DROP TABLE "editions" CASCADE;
  DROP TABLE "editions_locales" CASCADE;
  DROP TABLE "editions_rels" CASCADE;
  DROP TABLE "_editions_v_version_organisations" CASCADE;
  DROP TABLE "_editions_v" CASCADE;
  DROP TABLE "_editions_v_locales" CASCADE;
  DROP TABLE "_editions_v_rels" CASCADE;
  DROP TABLE "films_genres" CASCADE;
  DROP TABLE "films_credits" CASCADE;
  DROP TABLE "films_credits_locales" CASCADE;
  DROP TABLE "films_age_rating_advisories" CASCADE;
  DROP TABLE "films_box_office" CASCADE;
  DROP TABLE "films_box_office_locales" CASCADE;
  DROP TABLE "films_awards" CASCADE;
  DROP TABLE "films_awards_locales" CASCADE;
  DROP TABLE "films_programme" CASCADE;
  DROP TABLE "films" CASCADE;
  DROP TABLE "films_locales" CASCADE;
  DROP TABLE "films_texts" CASCADE;
  DROP TABLE "films_rels" CASCADE;
  DROP TABLE "_films_v_version_genres" CASCADE;
  DROP TABLE "_films_v_version_credits" CASCADE;
  DROP TABLE "_films_v_version_credits_locales" CASCADE;
  DROP TABLE "_films_v_version_age_rating_advisories" CASCADE;
  DROP TABLE "_films_v_version_box_office" CASCADE;
  DROP TABLE "_films_v_version_box_office_locales" CASCADE;
  DROP TABLE "_films_v_version_awards" CASCADE;
  DROP TABLE "_films_v_version_awards_locales" CASCADE;
  DROP TABLE "_films_v_version_programme" CASCADE;
  DROP TABLE "_films_v" CASCADE;
  DROP TABLE "_films_v_locales" CASCADE;
  DROP TABLE "_films_v_texts" CASCADE;
  DROP TABLE "_films_v_rels" CASCADE;
  DROP TABLE "screenings_subtitles" CASCADE;
  DROP TABLE "screenings_labels" CASCADE;
  DROP TABLE "screenings" CASCADE;
  DROP TABLE "screenings_rels" CASCADE;
  DROP TABLE "_screenings_v_version_subtitles" CASCADE;
  DROP TABLE "_screenings_v_version_labels" CASCADE;
  DROP TABLE "_screenings_v" CASCADE;
  DROP TABLE "_screenings_v_rels" CASCADE;
  DROP TABLE "people_same_as" CASCADE;
  DROP TABLE "people" CASCADE;
  DROP TABLE "people_locales" CASCADE;
  DROP TABLE "_people_v_version_same_as" CASCADE;
  DROP TABLE "_people_v" CASCADE;
  DROP TABLE "_people_v_locales" CASCADE;
  DROP TABLE "quotes" CASCADE;
  DROP TABLE "quotes_locales" CASCADE;
  DROP TABLE "_quotes_v" CASCADE;
  DROP TABLE "_quotes_v_locales" CASCADE;
  DROP TABLE "venues_rooms" CASCADE;
  DROP TABLE "venues" CASCADE;
  DROP TABLE "venues_locales" CASCADE;
  DROP TABLE "_venues_v_version_rooms" CASCADE;
  DROP TABLE "_venues_v" CASCADE;
  DROP TABLE "_venues_v_locales" CASCADE;
  DROP TABLE "organisations" CASCADE;
  DROP TABLE "organisations_locales" CASCADE;
  DROP TABLE "_organisations_v" CASCADE;
  DROP TABLE "_organisations_v_locales" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "site_navigation" CASCADE;
  DROP TABLE "site_navigation_locales" CASCADE;
  DROP TABLE "site" CASCADE;
  DROP TABLE "site_locales" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_editions_organisations_role";
  DROP TYPE "public"."enum_editions_figures_attendees_precision";
  DROP TYPE "public"."enum_editions_figures_countries_precision";
  DROP TYPE "public"."enum_editions_status";
  DROP TYPE "public"."enum__editions_v_version_organisations_role";
  DROP TYPE "public"."enum__editions_v_version_figures_attendees_precision";
  DROP TYPE "public"."enum__editions_v_version_figures_countries_precision";
  DROP TYPE "public"."enum__editions_v_version_status";
  DROP TYPE "public"."enum__editions_v_published_locale";
  DROP TYPE "public"."enum_films_genres";
  DROP TYPE "public"."enum_films_credits_role";
  DROP TYPE "public"."enum_films_age_rating_advisories";
  DROP TYPE "public"."enum_films_awards_result";
  DROP TYPE "public"."enum_films_programme_section";
  DROP TYPE "public"."enum_films_source_work_kind";
  DROP TYPE "public"."enum_films_status";
  DROP TYPE "public"."enum__films_v_version_genres";
  DROP TYPE "public"."enum__films_v_version_credits_role";
  DROP TYPE "public"."enum__films_v_version_age_rating_advisories";
  DROP TYPE "public"."enum__films_v_version_awards_result";
  DROP TYPE "public"."enum__films_v_version_programme_section";
  DROP TYPE "public"."enum__films_v_version_source_work_kind";
  DROP TYPE "public"."enum__films_v_version_status";
  DROP TYPE "public"."enum__films_v_published_locale";
  DROP TYPE "public"."enum_screenings_subtitles";
  DROP TYPE "public"."enum_screenings_labels";
  DROP TYPE "public"."enum_screenings_start_tz";
  DROP TYPE "public"."enum_screenings_end_tz";
  DROP TYPE "public"."enum_screening_status";
  DROP TYPE "public"."enum_screenings_previousstart_tz";
  DROP TYPE "public"."enum_screenings_version";
  DROP TYPE "public"."enum_screenings_audio_language";
  DROP TYPE "public"."enum_screenings_guest_event";
  DROP TYPE "public"."enum_screenings_status";
  DROP TYPE "public"."enum__screenings_v_version_subtitles";
  DROP TYPE "public"."enum__screenings_v_version_labels";
  DROP TYPE "public"."enum__screenings_v_version_start_tz";
  DROP TYPE "public"."enum__screenings_v_version_end_tz";
  DROP TYPE "public"."enum__screenings_v_version_previousstart_tz";
  DROP TYPE "public"."enum__screenings_v_version_version";
  DROP TYPE "public"."enum__screenings_v_version_audio_language";
  DROP TYPE "public"."enum__screenings_v_version_guest_event";
  DROP TYPE "public"."enum__screenings_v_version_status";
  DROP TYPE "public"."enum__screenings_v_published_locale";
  DROP TYPE "public"."enum_people_status";
  DROP TYPE "public"."enum__people_v_version_status";
  DROP TYPE "public"."enum__people_v_published_locale";
  DROP TYPE "public"."enum_quotes_kind";
  DROP TYPE "public"."enum_quotes_original_locale";
  DROP TYPE "public"."enum_quotes_status";
  DROP TYPE "public"."enum__quotes_v_version_kind";
  DROP TYPE "public"."enum__quotes_v_version_original_locale";
  DROP TYPE "public"."enum__quotes_v_version_status";
  DROP TYPE "public"."enum__quotes_v_published_locale";
  DROP TYPE "public"."enum_venues_status";
  DROP TYPE "public"."enum__venues_v_version_status";
  DROP TYPE "public"."enum__venues_v_published_locale";
  DROP TYPE "public"."enum_organisations_kind";
  DROP TYPE "public"."enum_organisations_status";
  DROP TYPE "public"."enum__organisations_v_version_kind";
  DROP TYPE "public"."enum__organisations_v_version_status";
  DROP TYPE "public"."enum__organisations_v_published_locale";
  DROP TYPE "public"."enum_users_role";`)
}
