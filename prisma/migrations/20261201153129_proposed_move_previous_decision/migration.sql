-- AlterTable
ALTER TABLE "ProposedMove" ADD COLUMN     "previousDecision" "MoveDecision",
ADD COLUMN     "previousReason" TEXT;
