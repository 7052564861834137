-- One rotation proposal per round: a returned proposal is reopened, never replaced. Together
-- with the round row lock this keeps two concurrent first edits from creating two proposals.
DROP INDEX "RotationProposal_roundId_idx";

CREATE UNIQUE INDEX "RotationProposal_roundId_key" ON "RotationProposal"("roundId");
