-- Names as they sound (issue 30, docs/decisions/029): every name and variant of the glossary's
-- people, cities, agreements and events as a sound key (lib/search/sounds.ts), found by equality or
-- by edit distance through a trigram index. fuzzystrmatch (levenshtein) ships with PostgreSQL, the
-- embedded one included, and is a trusted extension like pg_trgm. The indexer fills the table; the
-- next start does when it is empty (lib/content/prepare.ts).
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;

CREATE TABLE "search_sounds" (
    "entry" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "search_sounds_pkey" PRIMARY KEY ("entry","key")
);

CREATE INDEX "search_sounds_key_idx" ON "search_sounds"("key");
CREATE INDEX "search_sounds_key_trgm_idx" ON "search_sounds" USING GIN ("key" gin_trgm_ops);
