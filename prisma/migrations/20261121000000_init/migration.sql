-- CreateEnum
CREATE TYPE "locale" AS ENUM ('zh', 'en', 'vi');

-- CreateEnum
CREATE TYPE "translation_status" AS ENUM ('draft', 'in_review', 'approved', 'published');

-- CreateEnum
CREATE TYPE "date_precision" AS ENUM ('minute', 'day', 'month');

-- CreateEnum
CREATE TYPE "city_kind" AS ENUM ('city', 'capital_city', 'province', 'state');

-- CreateEnum
CREATE TYPE "source_kind" AS ENUM ('press_release', 'news_report', 'newspaper_report');

-- CreateEnum
CREATE TYPE "programme_item_kind" AS ENUM ('opening', 'main_dialogue', 'parallel_dialogue', 'signing', 'culture');

-- CreateEnum
CREATE TYPE "event_point_kind" AS ENUM ('topic', 'highlight', 'proposal');

-- CreateEnum
CREATE TYPE "organiser_role" AS ENUM ('organiser', 'host', 'co_organiser');

-- CreateEnum
CREATE TYPE "participant_role" AS ENUM ('speaker', 'attendee');

-- CreateEnum
CREATE TYPE "agreement_kind" AS ENUM ('joint_initiative', 'memorandum', 'project_package', 'joint_consensus');

-- CreateEnum
CREATE TYPE "amount_qualifier" AS ENUM ('exact', 'over', 'about', 'nearly');

-- CreateEnum
CREATE TYPE "paragraph_kind" AS ENUM ('paragraph', 'heading', 'quote');

-- CreateTable
CREATE TABLE "countries" (
    "id" TEXT NOT NULL,
    "iso_code" CHAR(2),

    CONSTRAINT "countries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "country_translations" (
    "country_id" TEXT NOT NULL,
    "locale" "locale" NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "country_translations_pkey" PRIMARY KEY ("country_id","locale")
);

-- CreateTable
CREATE TABLE "cities" (
    "id" TEXT NOT NULL,
    "country_id" TEXT NOT NULL,
    "kind" "city_kind" NOT NULL,
    "latitude" DECIMAL(8,5) NOT NULL,
    "longitude" DECIMAL(8,5) NOT NULL,

    CONSTRAINT "cities_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "city_translations" (
    "city_id" TEXT NOT NULL,
    "locale" "locale" NOT NULL,
    "name" TEXT NOT NULL,
    "nickname" TEXT,
    "region" TEXT,
    "notes" TEXT,

    CONSTRAINT "city_translations_pkey" PRIMARY KEY ("city_id","locale")
);

-- CreateTable
CREATE TABLE "city_aliases" (
    "id" SERIAL NOT NULL,
    "city_id" TEXT NOT NULL,
    "locale" "locale" NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "city_aliases_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sources" (
    "id" TEXT NOT NULL,
    "kind" "source_kind" NOT NULL,
    "languages" "locale"[],
    "released_at" TIMESTAMPTZ(3),
    "released_at_precision" "date_precision" NOT NULL,
    "single_source_caution" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "sources_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "source_translations" (
    "source_id" TEXT NOT NULL,
    "locale" "locale" NOT NULL,
    "outlet" TEXT NOT NULL,
    "byline" TEXT,
    "note" TEXT,

    CONSTRAINT "source_translations_pkey" PRIMARY KEY ("source_id","locale")
);

-- CreateTable
CREATE TABLE "source_reviewers" (
    "source_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,

    CONSTRAINT "source_reviewers_pkey" PRIMARY KEY ("source_id","position")
);

-- CreateTable
CREATE TABLE "citations" (
    "id" TEXT NOT NULL,
    "source_id" TEXT NOT NULL,
    "event_id" TEXT,
    "programme_item_id" TEXT,
    "event_point_id" TEXT,
    "event_figure_id" TEXT,
    "person_id" TEXT,
    "city_id" TEXT,
    "statement_id" TEXT,
    "agreement_id" TEXT,
    "agreement_equivalent_id" TEXT,
    "discrepancy_version_id" TEXT,

    CONSTRAINT "citations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "events" (
    "id" TEXT NOT NULL,
    "city_id" TEXT NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE NOT NULL,
    "opening_on" DATE,
    "edition" INTEGER,

    CONSTRAINT "events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event_translations" (
    "event_id" TEXT NOT NULL,
    "locale" "locale" NOT NULL,
    "name" TEXT NOT NULL,
    "theme" TEXT,
    "context" TEXT,

    CONSTRAINT "event_translations_pkey" PRIMARY KEY ("event_id","locale")
);

-- CreateTable
CREATE TABLE "event_organisers" (
    "id" TEXT NOT NULL,
    "event_id" TEXT NOT NULL,
    "role" "organiser_role" NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "event_organisers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event_organiser_translations" (
    "organiser_id" TEXT NOT NULL,
    "locale" "locale" NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "event_organiser_translations_pkey" PRIMARY KEY ("organiser_id","locale")
);

-- CreateTable
CREATE TABLE "programme_items" (
    "id" TEXT NOT NULL,
    "event_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "programme_item_kind" NOT NULL,
    "date" DATE,

    CONSTRAINT "programme_items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "programme_item_translations" (
    "programme_item_id" TEXT NOT NULL,
    "locale" "locale" NOT NULL,
    "title" TEXT NOT NULL,

    CONSTRAINT "programme_item_translations_pkey" PRIMARY KEY ("programme_item_id","locale")
);

-- CreateTable
CREATE TABLE "event_points" (
    "id" TEXT NOT NULL,
    "event_id" TEXT NOT NULL,
    "kind" "event_point_kind" NOT NULL,
    "position" INTEGER NOT NULL,
    "single_source" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "event_points_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event_point_translations" (
    "event_point_id" TEXT NOT NULL,
    "locale" "locale" NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "event_point_translations_pkey" PRIMARY KEY ("event_point_id","locale")
);

-- CreateTable
CREATE TABLE "event_figures" (
    "id" TEXT NOT NULL,
    "event_id" TEXT NOT NULL,
    "metric" TEXT NOT NULL,
    "value" INTEGER NOT NULL,
    "qualifier" "amount_qualifier" NOT NULL DEFAULT 'exact',

    CONSTRAINT "event_figures_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event_cities" (
    "event_id" TEXT NOT NULL,
    "city_id" TEXT NOT NULL,
    "in_main_dialogue" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "event_cities_pkey" PRIMARY KEY ("event_id","city_id")
);

-- CreateTable
CREATE TABLE "event_participants" (
    "event_id" TEXT NOT NULL,
    "person_id" TEXT NOT NULL,
    "role" "participant_role" NOT NULL,

    CONSTRAINT "event_participants_pkey" PRIMARY KEY ("event_id","person_id")
);

-- CreateTable
CREATE TABLE "people" (
    "id" TEXT NOT NULL,
    "city_id" TEXT,
    "single_source" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "people_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "person_translations" (
    "person_id" TEXT NOT NULL,
    "locale" "locale" NOT NULL,
    "name" TEXT NOT NULL,
    "honorific" TEXT,
    "editorial_rendering" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "person_translations_pkey" PRIMARY KEY ("person_id","locale")
);

-- CreateTable
CREATE TABLE "person_aliases" (
    "id" SERIAL NOT NULL,
    "person_id" TEXT NOT NULL,
    "locale" "locale",
    "name" TEXT NOT NULL,

    CONSTRAINT "person_aliases_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "person_roles" (
    "id" TEXT NOT NULL,
    "person_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "person_roles_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "person_role_translations" (
    "role_id" TEXT NOT NULL,
    "locale" "locale" NOT NULL,
    "title" TEXT NOT NULL,

    CONSTRAINT "person_role_translations_pkey" PRIMARY KEY ("role_id","locale")
);

-- CreateTable
CREATE TABLE "statements" (
    "id" TEXT NOT NULL,
    "person_id" TEXT NOT NULL,
    "event_id" TEXT,
    "position" INTEGER NOT NULL,

    CONSTRAINT "statements_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "statement_translations" (
    "statement_id" TEXT NOT NULL,
    "locale" "locale" NOT NULL,
    "summary" TEXT NOT NULL,

    CONSTRAINT "statement_translations_pkey" PRIMARY KEY ("statement_id","locale")
);

-- CreateTable
CREATE TABLE "quotes" (
    "id" TEXT NOT NULL,
    "person_id" TEXT NOT NULL,
    "source_id" TEXT NOT NULL,
    "locale" "locale" NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "quotes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "agreements" (
    "id" TEXT NOT NULL,
    "event_id" TEXT,
    "kind" "agreement_kind" NOT NULL,
    "signed_on" DATE,
    "project_count" INTEGER,
    "value_amount" DECIMAL(18,2),
    "value_currency" CHAR(3),
    "value_qualifier" "amount_qualifier",

    CONSTRAINT "agreements_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "agreement_translations" (
    "agreement_id" TEXT NOT NULL,
    "locale" "locale" NOT NULL,
    "name" TEXT NOT NULL,
    "parties_text" TEXT,
    "notes" TEXT,

    CONSTRAINT "agreement_translations_pkey" PRIMARY KEY ("agreement_id","locale")
);

-- CreateTable
CREATE TABLE "agreement_parties" (
    "agreement_id" TEXT NOT NULL,
    "city_id" TEXT NOT NULL,

    CONSTRAINT "agreement_parties_pkey" PRIMARY KEY ("agreement_id","city_id")
);

-- CreateTable
CREATE TABLE "agreement_countries" (
    "agreement_id" TEXT NOT NULL,
    "country_id" TEXT NOT NULL,

    CONSTRAINT "agreement_countries_pkey" PRIMARY KEY ("agreement_id","country_id")
);

-- CreateTable
CREATE TABLE "agreement_equivalents" (
    "id" TEXT NOT NULL,
    "agreement_id" TEXT NOT NULL,
    "amount" DECIMAL(18,2) NOT NULL,
    "currency" CHAR(3) NOT NULL,

    CONSTRAINT "agreement_equivalents_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "agreement_fields" (
    "id" TEXT NOT NULL,
    "agreement_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "agreement_fields_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "agreement_field_translations" (
    "field_id" TEXT NOT NULL,
    "locale" "locale" NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "agreement_field_translations_pkey" PRIMARY KEY ("field_id","locale")
);

-- CreateTable
CREATE TABLE "agreement_points" (
    "id" TEXT NOT NULL,
    "agreement_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "agreement_points_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "agreement_point_translations" (
    "point_id" TEXT NOT NULL,
    "locale" "locale" NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "agreement_point_translations_pkey" PRIMARY KEY ("point_id","locale")
);

-- CreateTable
CREATE TABLE "discrepancies" (
    "id" TEXT NOT NULL,
    "event_id" TEXT,
    "position" INTEGER NOT NULL,

    CONSTRAINT "discrepancies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "discrepancy_translations" (
    "discrepancy_id" TEXT NOT NULL,
    "locale" "locale" NOT NULL,
    "topic" TEXT NOT NULL,

    CONSTRAINT "discrepancy_translations_pkey" PRIMARY KEY ("discrepancy_id","locale")
);

-- CreateTable
CREATE TABLE "discrepancy_versions" (
    "id" TEXT NOT NULL,
    "discrepancy_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "discrepancy_versions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "discrepancy_version_translations" (
    "version_id" TEXT NOT NULL,
    "locale" "locale" NOT NULL,
    "claim" TEXT NOT NULL,

    CONSTRAINT "discrepancy_version_translations_pkey" PRIMARY KEY ("version_id","locale")
);

-- CreateTable
CREATE TABLE "articles" (
    "id" TEXT NOT NULL,
    "event_id" TEXT,
    "source_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "articles_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "article_translations" (
    "article_id" TEXT NOT NULL,
    "locale" "locale" NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "standfirst" TEXT NOT NULL,
    "status" "translation_status" NOT NULL DEFAULT 'draft',
    "published_at" TIMESTAMPTZ(3),
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "article_translations_pkey" PRIMARY KEY ("article_id","locale")
);

-- CreateTable
CREATE TABLE "article_paragraphs" (
    "article_id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "paragraph_kind" NOT NULL DEFAULT 'paragraph',

    CONSTRAINT "article_paragraphs_pkey" PRIMARY KEY ("article_id","key")
);

-- CreateTable
CREATE TABLE "paragraph_translations" (
    "article_id" TEXT NOT NULL,
    "paragraph_key" TEXT NOT NULL,
    "locale" "locale" NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "paragraph_translations_pkey" PRIMARY KEY ("article_id","paragraph_key","locale")
);

-- CreateTable
CREATE TABLE "article_people" (
    "article_id" TEXT NOT NULL,
    "person_id" TEXT NOT NULL,

    CONSTRAINT "article_people_pkey" PRIMARY KEY ("article_id","person_id")
);

-- CreateTable
CREATE TABLE "article_cities" (
    "article_id" TEXT NOT NULL,
    "city_id" TEXT NOT NULL,

    CONSTRAINT "article_cities_pkey" PRIMARY KEY ("article_id","city_id")
);

-- CreateTable
CREATE TABLE "article_agreements" (
    "article_id" TEXT NOT NULL,
    "agreement_id" TEXT NOT NULL,

    CONSTRAINT "article_agreements_pkey" PRIMARY KEY ("article_id","agreement_id")
);

-- CreateTable
CREATE TABLE "content_imports" (
    "file" TEXT NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "entity_ids" TEXT[],
    "imported_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "content_imports_pkey" PRIMARY KEY ("file")
);

-- CreateIndex
CREATE UNIQUE INDEX "countries_iso_code_key" ON "countries"("iso_code");

-- CreateIndex
CREATE INDEX "cities_country_id_idx" ON "cities"("country_id");

-- CreateIndex
CREATE UNIQUE INDEX "city_aliases_city_id_locale_name_key" ON "city_aliases"("city_id", "locale", "name");

-- CreateIndex
CREATE INDEX "citations_source_id_idx" ON "citations"("source_id");

-- CreateIndex
CREATE INDEX "events_starts_on_idx" ON "events"("starts_on");

-- CreateIndex
CREATE INDEX "event_organisers_event_id_idx" ON "event_organisers"("event_id");

-- CreateIndex
CREATE UNIQUE INDEX "programme_items_event_id_position_key" ON "programme_items"("event_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "event_points_event_id_kind_position_key" ON "event_points"("event_id", "kind", "position");

-- CreateIndex
CREATE UNIQUE INDEX "event_figures_event_id_metric_key" ON "event_figures"("event_id", "metric");

-- CreateIndex
CREATE INDEX "people_city_id_idx" ON "people"("city_id");

-- CreateIndex
CREATE UNIQUE INDEX "person_aliases_person_id_name_key" ON "person_aliases"("person_id", "name");

-- CreateIndex
CREATE UNIQUE INDEX "person_roles_person_id_position_key" ON "person_roles"("person_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "statements_person_id_position_key" ON "statements"("person_id", "position");

-- CreateIndex
CREATE INDEX "quotes_person_id_idx" ON "quotes"("person_id");

-- CreateIndex
CREATE INDEX "agreements_event_id_idx" ON "agreements"("event_id");

-- CreateIndex
CREATE UNIQUE INDEX "agreement_equivalents_agreement_id_currency_key" ON "agreement_equivalents"("agreement_id", "currency");

-- CreateIndex
CREATE UNIQUE INDEX "agreement_fields_agreement_id_position_key" ON "agreement_fields"("agreement_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "agreement_points_agreement_id_position_key" ON "agreement_points"("agreement_id", "position");

-- CreateIndex
CREATE INDEX "discrepancies_event_id_idx" ON "discrepancies"("event_id");

-- CreateIndex
CREATE UNIQUE INDEX "discrepancy_versions_discrepancy_id_position_key" ON "discrepancy_versions"("discrepancy_id", "position");

-- CreateIndex
CREATE INDEX "articles_event_id_idx" ON "articles"("event_id");

-- CreateIndex
CREATE INDEX "article_translations_locale_status_published_at_idx" ON "article_translations"("locale", "status", "published_at" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "article_translations_locale_slug_key" ON "article_translations"("locale", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "article_paragraphs_article_id_position_key" ON "article_paragraphs"("article_id", "position");

-- CreateIndex
CREATE INDEX "paragraph_translations_article_id_locale_idx" ON "paragraph_translations"("article_id", "locale");

-- CreateIndex
CREATE INDEX "article_people_person_id_idx" ON "article_people"("person_id");

-- CreateIndex
CREATE INDEX "article_cities_city_id_idx" ON "article_cities"("city_id");

-- CreateIndex
CREATE INDEX "article_agreements_agreement_id_idx" ON "article_agreements"("agreement_id");

-- AddForeignKey
ALTER TABLE "country_translations" ADD CONSTRAINT "country_translations_country_id_fkey" FOREIGN KEY ("country_id") REFERENCES "countries"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cities" ADD CONSTRAINT "cities_country_id_fkey" FOREIGN KEY ("country_id") REFERENCES "countries"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "city_translations" ADD CONSTRAINT "city_translations_city_id_fkey" FOREIGN KEY ("city_id") REFERENCES "cities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "city_aliases" ADD CONSTRAINT "city_aliases_city_id_fkey" FOREIGN KEY ("city_id") REFERENCES "cities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "source_translations" ADD CONSTRAINT "source_translations_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "source_reviewers" ADD CONSTRAINT "source_reviewers_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citations" ADD CONSTRAINT "citations_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citations" ADD CONSTRAINT "citations_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citations" ADD CONSTRAINT "citations_programme_item_id_fkey" FOREIGN KEY ("programme_item_id") REFERENCES "programme_items"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citations" ADD CONSTRAINT "citations_event_point_id_fkey" FOREIGN KEY ("event_point_id") REFERENCES "event_points"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citations" ADD CONSTRAINT "citations_event_figure_id_fkey" FOREIGN KEY ("event_figure_id") REFERENCES "event_figures"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citations" ADD CONSTRAINT "citations_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citations" ADD CONSTRAINT "citations_city_id_fkey" FOREIGN KEY ("city_id") REFERENCES "cities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citations" ADD CONSTRAINT "citations_statement_id_fkey" FOREIGN KEY ("statement_id") REFERENCES "statements"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citations" ADD CONSTRAINT "citations_agreement_id_fkey" FOREIGN KEY ("agreement_id") REFERENCES "agreements"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citations" ADD CONSTRAINT "citations_agreement_equivalent_id_fkey" FOREIGN KEY ("agreement_equivalent_id") REFERENCES "agreement_equivalents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citations" ADD CONSTRAINT "citations_discrepancy_version_id_fkey" FOREIGN KEY ("discrepancy_version_id") REFERENCES "discrepancy_versions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "events" ADD CONSTRAINT "events_city_id_fkey" FOREIGN KEY ("city_id") REFERENCES "cities"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_translations" ADD CONSTRAINT "event_translations_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_organisers" ADD CONSTRAINT "event_organisers_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_organiser_translations" ADD CONSTRAINT "event_organiser_translations_organiser_id_fkey" FOREIGN KEY ("organiser_id") REFERENCES "event_organisers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "programme_items" ADD CONSTRAINT "programme_items_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "programme_item_translations" ADD CONSTRAINT "programme_item_translations_programme_item_id_fkey" FOREIGN KEY ("programme_item_id") REFERENCES "programme_items"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_points" ADD CONSTRAINT "event_points_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_point_translations" ADD CONSTRAINT "event_point_translations_event_point_id_fkey" FOREIGN KEY ("event_point_id") REFERENCES "event_points"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_figures" ADD CONSTRAINT "event_figures_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_cities" ADD CONSTRAINT "event_cities_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_cities" ADD CONSTRAINT "event_cities_city_id_fkey" FOREIGN KEY ("city_id") REFERENCES "cities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_participants" ADD CONSTRAINT "event_participants_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_participants" ADD CONSTRAINT "event_participants_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "people" ADD CONSTRAINT "people_city_id_fkey" FOREIGN KEY ("city_id") REFERENCES "cities"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "person_translations" ADD CONSTRAINT "person_translations_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "person_aliases" ADD CONSTRAINT "person_aliases_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "person_roles" ADD CONSTRAINT "person_roles_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "person_role_translations" ADD CONSTRAINT "person_role_translations_role_id_fkey" FOREIGN KEY ("role_id") REFERENCES "person_roles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statements" ADD CONSTRAINT "statements_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statements" ADD CONSTRAINT "statements_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statement_translations" ADD CONSTRAINT "statement_translations_statement_id_fkey" FOREIGN KEY ("statement_id") REFERENCES "statements"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agreement_translations" ADD CONSTRAINT "agreement_translations_agreement_id_fkey" FOREIGN KEY ("agreement_id") REFERENCES "agreements"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agreement_parties" ADD CONSTRAINT "agreement_parties_agreement_id_fkey" FOREIGN KEY ("agreement_id") REFERENCES "agreements"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agreement_parties" ADD CONSTRAINT "agreement_parties_city_id_fkey" FOREIGN KEY ("city_id") REFERENCES "cities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agreement_countries" ADD CONSTRAINT "agreement_countries_agreement_id_fkey" FOREIGN KEY ("agreement_id") REFERENCES "agreements"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agreement_countries" ADD CONSTRAINT "agreement_countries_country_id_fkey" FOREIGN KEY ("country_id") REFERENCES "countries"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agreement_equivalents" ADD CONSTRAINT "agreement_equivalents_agreement_id_fkey" FOREIGN KEY ("agreement_id") REFERENCES "agreements"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agreement_fields" ADD CONSTRAINT "agreement_fields_agreement_id_fkey" FOREIGN KEY ("agreement_id") REFERENCES "agreements"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agreement_field_translations" ADD CONSTRAINT "agreement_field_translations_field_id_fkey" FOREIGN KEY ("field_id") REFERENCES "agreement_fields"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agreement_points" ADD CONSTRAINT "agreement_points_agreement_id_fkey" FOREIGN KEY ("agreement_id") REFERENCES "agreements"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agreement_point_translations" ADD CONSTRAINT "agreement_point_translations_point_id_fkey" FOREIGN KEY ("point_id") REFERENCES "agreement_points"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "discrepancies" ADD CONSTRAINT "discrepancies_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "discrepancy_translations" ADD CONSTRAINT "discrepancy_translations_discrepancy_id_fkey" FOREIGN KEY ("discrepancy_id") REFERENCES "discrepancies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "discrepancy_versions" ADD CONSTRAINT "discrepancy_versions_discrepancy_id_fkey" FOREIGN KEY ("discrepancy_id") REFERENCES "discrepancies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "discrepancy_version_translations" ADD CONSTRAINT "discrepancy_version_translations_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "discrepancy_versions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "articles" ADD CONSTRAINT "articles_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "articles" ADD CONSTRAINT "articles_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_translations" ADD CONSTRAINT "article_translations_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_paragraphs" ADD CONSTRAINT "article_paragraphs_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "paragraph_translations" ADD CONSTRAINT "paragraph_translations_article_id_paragraph_key_fkey" FOREIGN KEY ("article_id", "paragraph_key") REFERENCES "article_paragraphs"("article_id", "key") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "paragraph_translations" ADD CONSTRAINT "paragraph_translations_article_id_locale_fkey" FOREIGN KEY ("article_id", "locale") REFERENCES "article_translations"("article_id", "locale") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_people" ADD CONSTRAINT "article_people_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_people" ADD CONSTRAINT "article_people_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_cities" ADD CONSTRAINT "article_cities_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_cities" ADD CONSTRAINT "article_cities_city_id_fkey" FOREIGN KEY ("city_id") REFERENCES "cities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_agreements" ADD CONSTRAINT "article_agreements_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_agreements" ADD CONSTRAINT "article_agreements_agreement_id_fkey" FOREIGN KEY ("agreement_id") REFERENCES "agreements"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A citation is about exactly one thing (not expressible in schema.prisma).
ALTER TABLE "citations" ADD CONSTRAINT "citations_one_subject_check" CHECK (
  num_nonnulls("event_id", "programme_item_id", "event_point_id", "event_figure_id", "person_id", "city_id",
               "statement_id", "agreement_id", "agreement_equivalent_id", "discrepancy_version_id") = 1
);
