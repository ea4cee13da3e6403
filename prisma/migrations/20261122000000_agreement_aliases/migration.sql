-- CreateTable
CREATE TABLE "agreement_aliases" (
    "id" SERIAL NOT NULL,
    "agreement_id" TEXT NOT NULL,
    "locale" "locale" NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "agreement_aliases_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "agreement_aliases_agreement_id_locale_name_key" ON "agreement_aliases"("agreement_id", "locale", "name");

-- AddForeignKey
ALTER TABLE "agreement_aliases" ADD CONSTRAINT "agreement_aliases_agreement_id_fkey" FOREIGN KEY ("agreement_id") REFERENCES "agreements"("id") ON DELETE CASCADE ON UPDATE CASCADE;
