-- A save on a published version no longer changes what readers see (issue 24): it is a
-- correction, kept as the version's latest revision, with a review state of its own, until it is
-- published. NULL: no correction is waiting (the live text is the latest revision).
ALTER TABLE "article_translations" ADD COLUMN "correction" "translation_status";
