-- Photos in reports (docs/decisions/026): a lead photo per report, and a photo on a caption slot
-- (one image; the slot's text in each language is that language's caption). A photo removed
-- from the library leaves the report without it, never without the report.
ALTER TABLE "articles" ADD COLUMN "lead_photo_id" TEXT;
ALTER TABLE "articles" ADD CONSTRAINT "articles_lead_photo_id_fkey" FOREIGN KEY ("lead_photo_id") REFERENCES "photos"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "article_paragraphs" ADD COLUMN "photo_id" TEXT;
ALTER TABLE "article_paragraphs" ADD CONSTRAINT "article_paragraphs_photo_id_fkey" FOREIGN KEY ("photo_id") REFERENCES "photos"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- the reports that show a photo, for the pages to refresh when it changes
CREATE INDEX "articles_lead_photo_id_idx" ON "articles"("lead_photo_id");
CREATE INDEX "article_paragraphs_photo_id_idx" ON "article_paragraphs"("photo_id");
