-- Search reads the newest reports first (docs/decisions/029): where the newest N versions begin,
-- and the versions of a window or of one event beside the words' index.
CREATE INDEX "search_documents_published_at_idx" ON "search_documents"("published_at");
CREATE INDEX "search_documents_event_id_published_at_idx" ON "search_documents"("event_id", "published_at");

-- The newest versions (RECENT_DOCUMENTS, lib/search/index.ts) and every glossary page are
-- "recent", with indexes of their own: a search of the newest reports reads posting lists as long
-- as the recent versions' whatever the archive's size. The indexer moves versions out as newer
-- ones come in.
ALTER TABLE "search_documents" ADD COLUMN "recent" BOOLEAN NOT NULL DEFAULT true;
-- where the recent versions begin (NULL: every version is recent); the indexer moves it
CREATE TABLE "search_recent_bound" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "since" TIMESTAMPTZ(3),

    CONSTRAINT "search_recent_bound_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "search_recent_bound_one_row" CHECK ("id" = 1)
);
INSERT INTO "search_recent_bound" ("id", "since")
SELECT 1, (SELECT "published_at" FROM "search_documents" WHERE "published_at" IS NOT NULL
           ORDER BY "published_at" DESC OFFSET 8999 LIMIT 1);
UPDATE "search_documents" SET "recent" = false
WHERE "published_at" < (SELECT "since" FROM "search_recent_bound");
CREATE INDEX "search_documents_recent_tsv_idx" ON "search_documents" USING GIN ("tsv") WHERE "recent";
CREATE INDEX "search_documents_recent_entities_idx" ON "search_documents" USING GIN ("entities") WHERE "recent";
