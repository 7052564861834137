-- AlterTable
ALTER TABLE "CompetencyStandard" ADD COLUMN     "sortOrder" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Position" ADD COLUMN     "superiorId" TEXT;

-- CreateIndex
CREATE INDEX "Position_superiorId_idx" ON "Position"("superiorId");

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_superiorId_fkey" FOREIGN KEY ("superiorId") REFERENCES "Position"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Backfill the display order that the codes used to give (ADR 0013): the core competencies in
-- catalogue order (PermenPANRB 38/2017), then TEKNIS_n by n. The codes themselves stay as they are.
UPDATE "CompetencyStandard" SET "sortOrder" = CASE "code"
  WHEN 'INTEGRITAS' THEN 0
  WHEN 'KERJASAMA' THEN 1
  WHEN 'KOMUNIKASI' THEN 2
  WHEN 'ORIENTASI_HASIL' THEN 3
  WHEN 'PELAYANAN_PUBLIK' THEN 4
  WHEN 'PENGEMBANGAN_DIRI' THEN 5
  WHEN 'MENGELOLA_PERUBAHAN' THEN 6
  WHEN 'PENGAMBILAN_KEPUTUSAN' THEN 7
  WHEN 'PEREKAT_BANGSA' THEN 8
  ELSE 0 END
WHERE "kind" <> 'TECHNICAL';
UPDATE "CompetencyStandard" SET "sortOrder" = 8 + substring("code" FROM 8)::integer
WHERE "kind" = 'TECHNICAL' AND "code" ~ '^TEKNIS_[0-9]{1,6}$';
