-- Photos on entity pages (docs/decisions/026): a portrait per person, a photo per city and per
-- event, chosen from the library. A photo removed from the library leaves the page without it.
ALTER TABLE "people" ADD COLUMN "photo_id" TEXT;
ALTER TABLE "people" ADD CONSTRAINT "people_photo_id_fkey" FOREIGN KEY ("photo_id") REFERENCES "photos"("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "people_photo_id_idx" ON "people"("photo_id");

ALTER TABLE "cities" ADD COLUMN "photo_id" TEXT;
ALTER TABLE "cities" ADD CONSTRAINT "cities_photo_id_fkey" FOREIGN KEY ("photo_id") REFERENCES "photos"("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "cities_photo_id_idx" ON "cities"("photo_id");

ALTER TABLE "events" ADD COLUMN "photo_id" TEXT;
ALTER TABLE "events" ADD CONSTRAINT "events_photo_id_fkey" FOREIGN KEY ("photo_id") REFERENCES "photos"("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "events_photo_id_idx" ON "events"("photo_id");
