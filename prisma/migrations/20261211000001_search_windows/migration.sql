-- Search reads the newest reports first (docs/decisions/029): where the newest N versions begin,
-- and the versions of a window or of one event beside the words' index.
CREATE INDEX "search_documents_published_at_idx" ON "search_documents"("published_at");
CREATE INDEX "search_documents_event_id_published_at_idx" ON "search_documents"("event_id", "published_at");
