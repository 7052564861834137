-- CreateEnum
CREATE TYPE "AgencyType" AS ENUM ('PROVINSI', 'KABUPATEN', 'KOTA');

-- CreateEnum
CREATE TYPE "OversightMode" AS ENUM ('RECOMMENDATION', 'REPORT_ONLY');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'BKD', 'PANEL', 'SEKDA', 'HEAD');

-- CreateEnum
CREATE TYPE "BlackoutKind" AS ENUM ('HEAD_INAUGURATION', 'ELECTION', 'OTHER');

-- CreateEnum
CREATE TYPE "PositionGrade" AS ENUM ('JPT_PRATAMA', 'ADMINISTRATOR');

-- CreateEnum
CREATE TYPE "CompetencyKind" AS ENUM ('MANAGERIAL', 'SOCIOCULTURAL', 'TECHNICAL');

-- CreateEnum
CREATE TYPE "Sex" AS ENUM ('M', 'F');

-- CreateEnum
CREATE TYPE "EducationLevel" AS ENUM ('SMA', 'D3', 'D4', 'S1', 'S2', 'S3');

-- CreateEnum
CREATE TYPE "OfficialStatus" AS ENUM ('ACTIVE', 'INACTIVE', 'RETIRED');

-- CreateEnum
CREATE TYPE "SanctionLevel" AS ENUM ('NONE', 'LIGHT', 'MEDIUM', 'HEAVY');

-- CreateEnum
CREATE TYPE "SkpRating" AS ENUM ('SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG');

-- CreateEnum
CREATE TYPE "RoundType" AS ENUM ('JOB_FIT', 'OPEN_SELECTION');

-- CreateEnum
CREATE TYPE "RoundStatus" AS ENUM ('DRAFT', 'SCORING', 'FINALISED', 'CLOSED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "JpmScheme" AS ENUM ('MS', 'OPTIMAL');

-- CreateEnum
CREATE TYPE "AggregationMethod" AS ENUM ('MEAN', 'TRIMMED');

-- CreateEnum
CREATE TYPE "PanelRole" AS ENUM ('KETUA', 'SEKRETARIS', 'ANGGOTA');

-- CreateEnum
CREATE TYPE "ScoreComponent" AS ENUM ('PAPER', 'INTERVIEW');

-- CreateEnum
CREATE TYPE "SheetStatus" AS ENUM ('DRAFT', 'SUBMITTED');

-- CreateEnum
CREATE TYPE "ProposalStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED');

-- CreateEnum
CREATE TYPE "MoveKind" AS ENUM ('STAY', 'ROTATE', 'MOVE_DOWN', 'APPOINT');

-- CreateEnum
CREATE TYPE "MoveDecision" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "OversightStatus" AS ENUM ('DRAFT', 'SENT', 'RECOMMENDED', 'NOT_RECOMMENDED', 'ACKNOWLEDGED');

-- CreateTable
CREATE TABLE "Agency" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" "AgencyType" NOT NULL,
    "regionName" TEXT NOT NULL,
    "headTitle" TEXT NOT NULL,
    "oversightBodyName" TEXT NOT NULL,
    "oversightMode" "OversightMode" NOT NULL DEFAULT 'RECOMMENDATION',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Agency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BlackoutWindow" (
    "id" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "kind" "BlackoutKind" NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "BlackoutWindow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "officialId" TEXT,
    "lastSignInAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrgUnit" (
    "id" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrgUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Position" (
    "id" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "orgUnitId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "grade" "PositionGrade" NOT NULL DEFAULT 'JPT_PRATAMA',
    "actingOfficialId" TEXT,
    "requiredEducationFields" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "extraApprover" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Position_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CompetencyStandard" (
    "id" TEXT NOT NULL,
    "positionId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "kind" "CompetencyKind" NOT NULL,
    "name" TEXT NOT NULL,
    "level" DECIMAL(4,2) NOT NULL,

    CONSTRAINT "CompetencyStandard_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Official" (
    "id" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "nip" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "birthDate" DATE NOT NULL,
    "sex" "Sex" NOT NULL,
    "rank" TEXT NOT NULL,
    "educationLevel" "EducationLevel" NOT NULL,
    "educationField" TEXT NOT NULL,
    "positionId" TEXT,
    "jobTitle" TEXT,
    "inauguratedOn" DATE,
    "administratorSince" DATE,
    "relevantExperienceSince" DATE,
    "sanctionLevel" "SanctionLevel" NOT NULL DEFAULT 'NONE',
    "status" "OfficialStatus" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Official_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PerformanceRecord" (
    "id" TEXT NOT NULL,
    "officialId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "contractAchievement" DECIMAL(5,2) NOT NULL,
    "skpRating" "SkpRating" NOT NULL,

    CONSTRAINT "PerformanceRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Round" (
    "id" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "type" "RoundType" NOT NULL,
    "name" TEXT NOT NULL,
    "status" "RoundStatus" NOT NULL DEFAULT 'DRAFT',
    "referenceDate" DATE NOT NULL,
    "jpmScheme" "JpmScheme" NOT NULL DEFAULT 'MS',
    "aggregationMethod" "AggregationMethod" NOT NULL DEFAULT 'MEAN',
    "dispersionThreshold" DECIMAL(5,2) NOT NULL DEFAULT 20,
    "minApplicantsPerPost" INTEGER NOT NULL DEFAULT 4,
    "oversightMode" "OversightMode" NOT NULL,
    "oversightBodyName" TEXT NOT NULL,
    "scoringOpensOn" DATE,
    "scoringClosesOn" DATE,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Round_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoundConfigVersion" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "weights" JSONB NOT NULL,
    "rubric" JSONB NOT NULL,
    "frozenAt" TIMESTAMP(3),
    "reason" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoundConfigVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoundPosition" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "positionId" TEXT NOT NULL,
    "reservedForOpenSelection" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "RoundPosition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Participant" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "officialId" TEXT NOT NULL,
    "roundPositionId" TEXT,
    "eligible" BOOLEAN NOT NULL,
    "eligibilityReasons" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "overrideReason" TEXT,
    "overriddenById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Participant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PanelMember" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "userId" TEXT,
    "externalName" TEXT,
    "role" "PanelRole" NOT NULL DEFAULT 'ANGGOTA',
    "internal" BOOLEAN NOT NULL,
    "institution" TEXT NOT NULL DEFAULT '',
    "decreeNumber" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "PanelMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConflictDeclaration" (
    "id" TEXT NOT NULL,
    "panelMemberId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "hasConflict" BOOLEAN NOT NULL,
    "reason" TEXT,
    "declaredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConflictDeclaration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentResult" (
    "id" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "competencyCode" TEXT NOT NULL,
    "level" DECIMAL(4,2) NOT NULL,
    "assessor" TEXT NOT NULL DEFAULT '',
    "assessedOn" DATE,
    "source" TEXT NOT NULL,

    CONSTRAINT "AssessmentResult_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScoreSheet" (
    "id" TEXT NOT NULL,
    "panelMemberId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "component" "ScoreComponent" NOT NULL,
    "configVersionId" TEXT NOT NULL,
    "status" "SheetStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 0,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "score" DECIMAL(5,2),
    "submittedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ScoreSheet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScoreItem" (
    "id" TEXT NOT NULL,
    "sheetId" TEXT NOT NULL,
    "criterion" TEXT NOT NULL,
    "value" DECIMAL(5,2) NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "ScoreItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScoreSheetRevision" (
    "id" TEXT NOT NULL,
    "sheetId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "items" JSONB NOT NULL,
    "score" DECIMAL(5,2) NOT NULL,
    "reason" TEXT,
    "submittedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ScoreSheetRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrackRecord" (
    "id" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "sanctionLevel" "SanctionLevel" NOT NULL DEFAULT 'NONE',
    "superiorScore" DECIMAL(5,2),
    "peerScore" DECIMAL(5,2),
    "subordinateScore" DECIMAL(5,2),
    "note" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TrackRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DispersionJustification" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "component" "ScoreComponent" NOT NULL,
    "text" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DispersionJustification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResultSnapshot" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "configVersionId" TEXT NOT NULL,
    "reason" TEXT,
    "data" JSONB NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ResultSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RotationProposal" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "status" "ProposalStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 0,
    "headNotes" TEXT,
    "createdById" TEXT NOT NULL,
    "decidedById" TEXT,
    "submittedAt" TIMESTAMP(3),
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RotationProposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProposedMove" (
    "id" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "kind" "MoveKind" NOT NULL,
    "targetPositionId" TEXT,
    "targetTitle" TEXT,
    "rationale" TEXT NOT NULL DEFAULT '',
    "locked" BOOLEAN NOT NULL DEFAULT false,
    "tenureExceptionReason" TEXT,
    "candidateRank" INTEGER,
    "decision" "MoveDecision" NOT NULL DEFAULT 'PENDING',
    "decisionReason" TEXT,

    CONSTRAINT "ProposedMove_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OversightSubmission" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "bodyName" TEXT NOT NULL,
    "mode" "OversightMode" NOT NULL,
    "status" "OversightStatus" NOT NULL DEFAULT 'DRAFT',
    "letterNumber" TEXT,
    "letterDate" DATE,
    "sentOn" DATE,
    "recommendationNumber" TEXT,
    "recommendationDate" DATE,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OversightSubmission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Inauguration" (
    "id" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "roundId" TEXT,
    "officialId" TEXT NOT NULL,
    "positionId" TEXT NOT NULL,
    "inauguratedOn" DATE NOT NULL,
    "decreeNumber" TEXT NOT NULL,

    CONSTRAINT "Inauguration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Agency_name_key" ON "Agency"("name");

-- CreateIndex
CREATE INDEX "BlackoutWindow_agencyId_idx" ON "BlackoutWindow"("agencyId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "User_officialId_key" ON "User"("officialId");

-- CreateIndex
CREATE INDEX "User_agencyId_idx" ON "User"("agencyId");

-- CreateIndex
CREATE INDEX "OrgUnit_agencyId_idx" ON "OrgUnit"("agencyId");

-- CreateIndex
CREATE UNIQUE INDEX "OrgUnit_agencyId_name_key" ON "OrgUnit"("agencyId", "name");

-- CreateIndex
CREATE INDEX "Position_agencyId_idx" ON "Position"("agencyId");

-- CreateIndex
CREATE INDEX "Position_orgUnitId_idx" ON "Position"("orgUnitId");

-- CreateIndex
CREATE INDEX "Position_actingOfficialId_idx" ON "Position"("actingOfficialId");

-- CreateIndex
CREATE UNIQUE INDEX "Position_agencyId_title_key" ON "Position"("agencyId", "title");

-- CreateIndex
CREATE INDEX "CompetencyStandard_positionId_idx" ON "CompetencyStandard"("positionId");

-- CreateIndex
CREATE UNIQUE INDEX "CompetencyStandard_positionId_code_key" ON "CompetencyStandard"("positionId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Official_positionId_key" ON "Official"("positionId");

-- CreateIndex
CREATE INDEX "Official_agencyId_idx" ON "Official"("agencyId");

-- CreateIndex
CREATE UNIQUE INDEX "Official_agencyId_nip_key" ON "Official"("agencyId", "nip");

-- CreateIndex
CREATE INDEX "PerformanceRecord_officialId_idx" ON "PerformanceRecord"("officialId");

-- CreateIndex
CREATE UNIQUE INDEX "PerformanceRecord_officialId_year_key" ON "PerformanceRecord"("officialId", "year");

-- CreateIndex
CREATE INDEX "Round_agencyId_idx" ON "Round"("agencyId");

-- CreateIndex
CREATE INDEX "RoundConfigVersion_roundId_idx" ON "RoundConfigVersion"("roundId");

-- CreateIndex
CREATE INDEX "RoundConfigVersion_createdById_idx" ON "RoundConfigVersion"("createdById");

-- CreateIndex
CREATE UNIQUE INDEX "RoundConfigVersion_roundId_version_key" ON "RoundConfigVersion"("roundId", "version");

-- CreateIndex
CREATE INDEX "RoundPosition_roundId_idx" ON "RoundPosition"("roundId");

-- CreateIndex
CREATE INDEX "RoundPosition_positionId_idx" ON "RoundPosition"("positionId");

-- CreateIndex
CREATE UNIQUE INDEX "RoundPosition_roundId_positionId_key" ON "RoundPosition"("roundId", "positionId");

-- CreateIndex
CREATE INDEX "Participant_roundId_idx" ON "Participant"("roundId");

-- CreateIndex
CREATE INDEX "Participant_officialId_idx" ON "Participant"("officialId");

-- CreateIndex
CREATE INDEX "Participant_roundPositionId_idx" ON "Participant"("roundPositionId");

-- CreateIndex
CREATE INDEX "Participant_overriddenById_idx" ON "Participant"("overriddenById");

-- CreateIndex
CREATE UNIQUE INDEX "Participant_roundId_officialId_key" ON "Participant"("roundId", "officialId");

-- CreateIndex
CREATE INDEX "PanelMember_roundId_idx" ON "PanelMember"("roundId");

-- CreateIndex
CREATE INDEX "PanelMember_userId_idx" ON "PanelMember"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "PanelMember_roundId_userId_key" ON "PanelMember"("roundId", "userId");

-- CreateIndex
CREATE INDEX "ConflictDeclaration_panelMemberId_idx" ON "ConflictDeclaration"("panelMemberId");

-- CreateIndex
CREATE INDEX "ConflictDeclaration_participantId_idx" ON "ConflictDeclaration"("participantId");

-- CreateIndex
CREATE UNIQUE INDEX "ConflictDeclaration_panelMemberId_participantId_key" ON "ConflictDeclaration"("panelMemberId", "participantId");

-- CreateIndex
CREATE INDEX "AssessmentResult_participantId_idx" ON "AssessmentResult"("participantId");

-- CreateIndex
CREATE UNIQUE INDEX "AssessmentResult_participantId_competencyCode_key" ON "AssessmentResult"("participantId", "competencyCode");

-- CreateIndex
CREATE INDEX "ScoreSheet_panelMemberId_idx" ON "ScoreSheet"("panelMemberId");

-- CreateIndex
CREATE INDEX "ScoreSheet_participantId_idx" ON "ScoreSheet"("participantId");

-- CreateIndex
CREATE INDEX "ScoreSheet_configVersionId_idx" ON "ScoreSheet"("configVersionId");

-- CreateIndex
CREATE UNIQUE INDEX "ScoreSheet_panelMemberId_participantId_component_key" ON "ScoreSheet"("panelMemberId", "participantId", "component");

-- CreateIndex
CREATE INDEX "ScoreItem_sheetId_idx" ON "ScoreItem"("sheetId");

-- CreateIndex
CREATE UNIQUE INDEX "ScoreItem_sheetId_criterion_key" ON "ScoreItem"("sheetId", "criterion");

-- CreateIndex
CREATE INDEX "ScoreSheetRevision_sheetId_idx" ON "ScoreSheetRevision"("sheetId");

-- CreateIndex
CREATE UNIQUE INDEX "ScoreSheetRevision_sheetId_revision_key" ON "ScoreSheetRevision"("sheetId", "revision");

-- CreateIndex
CREATE UNIQUE INDEX "TrackRecord_participantId_key" ON "TrackRecord"("participantId");

-- CreateIndex
CREATE INDEX "DispersionJustification_roundId_idx" ON "DispersionJustification"("roundId");

-- CreateIndex
CREATE INDEX "DispersionJustification_participantId_idx" ON "DispersionJustification"("participantId");

-- CreateIndex
CREATE INDEX "DispersionJustification_createdById_idx" ON "DispersionJustification"("createdById");

-- CreateIndex
CREATE UNIQUE INDEX "DispersionJustification_participantId_component_key" ON "DispersionJustification"("participantId", "component");

-- CreateIndex
CREATE INDEX "ResultSnapshot_roundId_idx" ON "ResultSnapshot"("roundId");

-- CreateIndex
CREATE INDEX "ResultSnapshot_configVersionId_idx" ON "ResultSnapshot"("configVersionId");

-- CreateIndex
CREATE INDEX "ResultSnapshot_createdById_idx" ON "ResultSnapshot"("createdById");

-- CreateIndex
CREATE UNIQUE INDEX "ResultSnapshot_roundId_number_key" ON "ResultSnapshot"("roundId", "number");

-- CreateIndex
CREATE INDEX "RotationProposal_roundId_idx" ON "RotationProposal"("roundId");

-- CreateIndex
CREATE INDEX "RotationProposal_createdById_idx" ON "RotationProposal"("createdById");

-- CreateIndex
CREATE INDEX "RotationProposal_decidedById_idx" ON "RotationProposal"("decidedById");

-- CreateIndex
CREATE INDEX "ProposedMove_proposalId_idx" ON "ProposedMove"("proposalId");

-- CreateIndex
CREATE INDEX "ProposedMove_participantId_idx" ON "ProposedMove"("participantId");

-- CreateIndex
CREATE INDEX "ProposedMove_targetPositionId_idx" ON "ProposedMove"("targetPositionId");

-- CreateIndex
CREATE UNIQUE INDEX "ProposedMove_proposalId_participantId_key" ON "ProposedMove"("proposalId", "participantId");

-- CreateIndex
CREATE INDEX "OversightSubmission_roundId_idx" ON "OversightSubmission"("roundId");

-- CreateIndex
CREATE INDEX "Inauguration_agencyId_idx" ON "Inauguration"("agencyId");

-- CreateIndex
CREATE INDEX "Inauguration_roundId_idx" ON "Inauguration"("roundId");

-- CreateIndex
CREATE INDEX "Inauguration_officialId_idx" ON "Inauguration"("officialId");

-- CreateIndex
CREATE INDEX "Inauguration_positionId_idx" ON "Inauguration"("positionId");

-- CreateIndex
CREATE INDEX "AuditEvent_agencyId_createdAt_idx" ON "AuditEvent"("agencyId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_idx" ON "AuditEvent"("actorId");

-- CreateIndex
CREATE INDEX "AuditEvent_entity_entityId_idx" ON "AuditEvent"("entity", "entityId");

-- AddForeignKey
ALTER TABLE "BlackoutWindow" ADD CONSTRAINT "BlackoutWindow_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_officialId_fkey" FOREIGN KEY ("officialId") REFERENCES "Official"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrgUnit" ADD CONSTRAINT "OrgUnit_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_actingOfficialId_fkey" FOREIGN KEY ("actingOfficialId") REFERENCES "Official"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetencyStandard" ADD CONSTRAINT "CompetencyStandard_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Official" ADD CONSTRAINT "Official_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Official" ADD CONSTRAINT "Official_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PerformanceRecord" ADD CONSTRAINT "PerformanceRecord_officialId_fkey" FOREIGN KEY ("officialId") REFERENCES "Official"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Round" ADD CONSTRAINT "Round_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundConfigVersion" ADD CONSTRAINT "RoundConfigVersion_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundConfigVersion" ADD CONSTRAINT "RoundConfigVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundPosition" ADD CONSTRAINT "RoundPosition_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundPosition" ADD CONSTRAINT "RoundPosition_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_officialId_fkey" FOREIGN KEY ("officialId") REFERENCES "Official"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_roundPositionId_fkey" FOREIGN KEY ("roundPositionId") REFERENCES "RoundPosition"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_overriddenById_fkey" FOREIGN KEY ("overriddenById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PanelMember" ADD CONSTRAINT "PanelMember_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PanelMember" ADD CONSTRAINT "PanelMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConflictDeclaration" ADD CONSTRAINT "ConflictDeclaration_panelMemberId_fkey" FOREIGN KEY ("panelMemberId") REFERENCES "PanelMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConflictDeclaration" ADD CONSTRAINT "ConflictDeclaration_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentResult" ADD CONSTRAINT "AssessmentResult_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreSheet" ADD CONSTRAINT "ScoreSheet_panelMemberId_fkey" FOREIGN KEY ("panelMemberId") REFERENCES "PanelMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreSheet" ADD CONSTRAINT "ScoreSheet_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreSheet" ADD CONSTRAINT "ScoreSheet_configVersionId_fkey" FOREIGN KEY ("configVersionId") REFERENCES "RoundConfigVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreItem" ADD CONSTRAINT "ScoreItem_sheetId_fkey" FOREIGN KEY ("sheetId") REFERENCES "ScoreSheet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreSheetRevision" ADD CONSTRAINT "ScoreSheetRevision_sheetId_fkey" FOREIGN KEY ("sheetId") REFERENCES "ScoreSheet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrackRecord" ADD CONSTRAINT "TrackRecord_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DispersionJustification" ADD CONSTRAINT "DispersionJustification_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DispersionJustification" ADD CONSTRAINT "DispersionJustification_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DispersionJustification" ADD CONSTRAINT "DispersionJustification_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResultSnapshot" ADD CONSTRAINT "ResultSnapshot_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResultSnapshot" ADD CONSTRAINT "ResultSnapshot_configVersionId_fkey" FOREIGN KEY ("configVersionId") REFERENCES "RoundConfigVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResultSnapshot" ADD CONSTRAINT "ResultSnapshot_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RotationProposal" ADD CONSTRAINT "RotationProposal_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RotationProposal" ADD CONSTRAINT "RotationProposal_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RotationProposal" ADD CONSTRAINT "RotationProposal_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposedMove" ADD CONSTRAINT "ProposedMove_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "RotationProposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposedMove" ADD CONSTRAINT "ProposedMove_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposedMove" ADD CONSTRAINT "ProposedMove_targetPositionId_fkey" FOREIGN KEY ("targetPositionId") REFERENCES "Position"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OversightSubmission" ADD CONSTRAINT "OversightSubmission_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inauguration" ADD CONSTRAINT "Inauguration_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inauguration" ADD CONSTRAINT "Inauguration_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inauguration" ADD CONSTRAINT "Inauguration_officialId_fkey" FOREIGN KEY ("officialId") REFERENCES "Official"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inauguration" ADD CONSTRAINT "Inauguration_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
