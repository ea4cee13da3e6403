-- The translation memory (issue 28, docs/decisions/027): aligned pairs in each direction, exact
-- matches by the hash of the source's tokens, fuzzy candidates by the MinHash bands of the source
-- (lib/translation/memory-score.ts bandsOf), counted in the bands' primary key alone, then scored
-- exactly in the application.
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

CREATE TABLE "translation_unit_bands" (
    "band" INTEGER NOT NULL,
    "unit_id" BIGINT NOT NULL,

    CONSTRAINT "translation_unit_bands_pkey" PRIMARY KEY ("band","unit_id")
);

CREATE INDEX "translation_unit_bands_unit_id_idx" ON "translation_unit_bands"("unit_id");

ALTER TABLE "translation_unit_bands" ADD CONSTRAINT "translation_unit_bands_unit_id_fkey"
  FOREIGN KEY ("unit_id") REFERENCES "translation_units"("id") ON DELETE CASCADE ON UPDATE CASCADE;
