-- Search ranking that stays fast on a large corpus (docs/decisions/012, "Speed"). A search visits
-- every matching row, so those rows must be thin:
-- * title_tsv: the title's lexemes alone, so every match can be scored by "the title has the
--   words" without reading the large body vector;
-- * the columns a search reads for every match are kept in the row (STORAGE MAIN), while body and
--   tsv, read only for the best rows, move out of it (toast_tuple_target).
-- * entity_key: one number per result (kind in the top byte, a 56-bit hash of the id below), so
--   counting the distinct results among thousands of matching rows hashes numbers, not texts.
-- The index is emptied here and rebuilt by the next start-up (lib/content/prepare.ts rebuilds an empty
-- index), which fills the new column.
DELETE FROM "search_documents";
ALTER TABLE "search_documents" ADD COLUMN "title_tsv" tsvector NOT NULL;
ALTER TABLE "search_documents" ADD COLUMN "entity_key" BIGINT NOT NULL;
ALTER TABLE "search_documents"
    ALTER COLUMN "kind" SET STORAGE MAIN,
    ALTER COLUMN "entity_id" SET STORAGE MAIN,
    ALTER COLUMN "title" SET STORAGE MAIN,
    ALTER COLUMN "path" SET STORAGE MAIN,
    ALTER COLUMN "event_id" SET STORAGE MAIN,
    ALTER COLUMN "entities" SET STORAGE MAIN,
    ALTER COLUMN "title_tsv" SET STORAGE MAIN;
ALTER TABLE "search_documents" SET (toast_tuple_target = 256);
