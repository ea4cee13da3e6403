-- An outdated translation paragraph keeps the original's text it was written against, so the
-- translator sees how the original changed since, word by word (docs/decisions/020).
ALTER TABLE "paragraph_translations" ADD COLUMN "original_before" TEXT;
