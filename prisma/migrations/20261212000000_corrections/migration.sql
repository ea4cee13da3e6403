-- Corrections printed as newspapers print them (issue 30, docs/decisions/030).

-- What a change to a published version is, as its editor said: a correction (readers are told,
-- with a note in the version's language) or a minor fix (typo, style: readers are not told).
CREATE TYPE "change_kind" AS ENUM ('correction', 'minor');

-- a waiting correction's kind and note, decided with a save and acted on at its publication
ALTER TABLE "article_translations" ADD COLUMN "correction_kind" "change_kind",
                                   ADD COLUMN "correction_note" TEXT;

-- One printed correction of one language version; a correction made in one language drafts one
-- for every other published language (source_id), whose note its translator writes.
CREATE TABLE "corrections" (
    "id" SERIAL NOT NULL,
    "article_id" TEXT NOT NULL,
    "locale" "locale" NOT NULL,
    "source_id" INTEGER,
    -- null while drafted: the translator has not written this language's note yet
    "note" TEXT,
    -- what changed, in this language: [{ "on": "p3" | "title" | "standfirst", "before", "after" }]
    "changes" JSONB NOT NULL,
    "revision" INTEGER,
    "editor_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    -- null while drafted
    "published_at" TIMESTAMPTZ(3),
    CONSTRAINT "corrections_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "corrections_note_published" CHECK (("note" IS NULL) = ("published_at" IS NULL))
);

CREATE INDEX "corrections_article_id_locale_idx" ON "corrections"("article_id", "locale");
-- the corrections page of one language, newest first, by keyset
CREATE INDEX "corrections_locale_published_at_id_idx" ON "corrections"("locale", "published_at" DESC, "id" DESC);
CREATE INDEX "corrections_source_id_idx" ON "corrections"("source_id");

ALTER TABLE "corrections" ADD CONSTRAINT "corrections_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "corrections" ADD CONSTRAINT "corrections_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "corrections"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "corrections" ADD CONSTRAINT "corrections_editor_id_fkey" FOREIGN KEY ("editor_id") REFERENCES "editors"("id") ON DELETE SET NULL ON UPDATE CASCADE;
