-- The translation memory (issue 28, docs/decisions/027): aligned pairs in each direction, exact
-- matches by the hash of the source's tokens, fuzzy candidates by trigrams (pg_trgm, added by the
-- search suggestions migration), scored exactly in lib/translation/memory-score.ts.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE "translation_units" (
    "id" BIGSERIAL NOT NULL,
    "source_locale" "locale" NOT NULL,
    "target_locale" "locale" NOT NULL,
    "source" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "source_hash" CHAR(32) NOT NULL,
    "target_hash" CHAR(32) NOT NULL,
    "approved" BOOLEAN NOT NULL,
    "origin" TEXT NOT NULL,
    "article_id" TEXT,
    "paragraph_key" TEXT,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "translation_units_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "translation_units_pair_key"
  ON "translation_units"("source_locale", "target_locale", "source_hash", "target_hash");
CREATE INDEX "translation_units_exact_idx"
  ON "translation_units"("source_locale", "target_locale", "source_hash");
CREATE INDEX "translation_units_source_trgm_idx" ON "translation_units" USING GIN ("source" gin_trgm_ops);
