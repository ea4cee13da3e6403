-- A paragraph's "reviewed" state (issue 28): set when a reviewer approves its version, cleared when
-- its text changes. Paragraphs of versions already approved or published count as reviewed.
ALTER TABLE "paragraph_translations" ADD COLUMN "reviewed" BOOLEAN NOT NULL DEFAULT false;

UPDATE "paragraph_translations" p SET "reviewed" = true
FROM "article_translations" t
WHERE t.article_id = p.article_id AND t.locale = p.locale
  AND t.status IN ('approved', 'published') AND NOT p.outdated;
