-- Search that forgives (docs/decisions/023): the words of the index, folded, with a trigram index,
-- to suggest "Did you mean Vientiane?" for "Vientaine". pg_trgm ships with PostgreSQL (contrib),
-- the embedded one included, and is a trusted extension on managed services.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE "search_words" (
    "word" TEXT NOT NULL,
    "written" TEXT NOT NULL,
    "uses" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "search_words_pkey" PRIMARY KEY ("word")
);

CREATE INDEX "search_words_word_idx" ON "search_words" USING GIN ("word" gin_trgm_ops);

-- Documents are now indexed with every form of a word at the word's position (phrases match in
-- either spelling): the old rows are dropped, and the next start rebuilds them (an empty index is
-- rebuilt, lib/content/prepare.ts), filling search_words as it goes.
TRUNCATE "search_documents";

-- Terms without a page of their own, by every name and abbreviation (content/terms.yaml).
CREATE TABLE "search_terms" (
    "term_id" TEXT NOT NULL,
    "locale" "locale" NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "search_terms_pkey" PRIMARY KEY ("term_id","locale","name")
);
