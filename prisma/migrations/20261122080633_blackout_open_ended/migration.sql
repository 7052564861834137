-- AlterTable
ALTER TABLE "BlackoutWindow" ALTER COLUMN "endsOn" DROP NOT NULL;
