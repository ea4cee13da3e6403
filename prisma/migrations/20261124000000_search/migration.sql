-- Search (issue 6, docs/decisions/012): one row per searchable page and language, with its
-- lexemes precomputed by lib/search/text.ts, in a GIN index. No search server.

CREATE TABLE "search_documents" (
    "kind" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "locale" "locale" NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "event_id" TEXT,
    "published_at" TIMESTAMPTZ(3),
    "entities" TEXT[],
    "tsv" tsvector NOT NULL,

    CONSTRAINT "search_documents_pkey" PRIMARY KEY ("kind", "entity_id", "locale"),
    CONSTRAINT "search_documents_kind_check" CHECK ("kind" IN ('article', 'person', 'city', 'agreement', 'event'))
);

CREATE INDEX "search_documents_tsv_idx" ON "search_documents" USING GIN ("tsv");
CREATE INDEX "search_documents_entities_idx" ON "search_documents" USING GIN ("entities");
