-- Photos (docs/decisions/026): originals by the sha256 of their bytes, kept in PostgreSQL so every
-- instance of a cluster reads them with nothing new to run; the library's photos with their
-- focal point, credit and date taken; a caption and alt text per language.
CREATE TABLE "photo_originals" (
    "sha256" CHAR(64) NOT NULL,
    "data" BYTEA NOT NULL,
    "bytes" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "photo_originals_pkey" PRIMARY KEY ("sha256")
);

CREATE TABLE "photos" (
    "id" TEXT NOT NULL,
    "original_sha256" CHAR(64) NOT NULL,
    "format" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "focal_x" DOUBLE PRECISION NOT NULL DEFAULT 0.5,
    "focal_y" DOUBLE PRECISION NOT NULL DEFAULT 0.5,
    "credit" TEXT NOT NULL DEFAULT '',
    "taken_at" TIMESTAMP(0),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_id" TEXT,

    CONSTRAINT "photos_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "photos_focal_point" CHECK ("focal_x" BETWEEN 0 AND 1 AND "focal_y" BETWEEN 0 AND 1)
);

CREATE INDEX "photos_created_at_idx" ON "photos"("created_at" DESC);

ALTER TABLE "photos" ADD CONSTRAINT "photos_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "editors"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "photo_translations" (
    "photo_id" TEXT NOT NULL,
    "locale" "locale" NOT NULL,
    "caption" TEXT NOT NULL DEFAULT '',
    "alt" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "photo_translations_pkey" PRIMARY KEY ("photo_id","locale")
);

ALTER TABLE "photo_translations" ADD CONSTRAINT "photo_translations_photo_id_fkey" FOREIGN KEY ("photo_id") REFERENCES "photos"("id") ON DELETE CASCADE ON UPDATE CASCADE;
