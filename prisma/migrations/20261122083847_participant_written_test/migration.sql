-- AlterTable
ALTER TABLE "Participant" ADD COLUMN     "writtenTestScore" DECIMAL(5,2);
