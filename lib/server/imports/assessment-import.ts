import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import { AppError, isUniqueViolation } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { fromIsoDate } from "@/lib/iso-date";
import { recordAudit } from "@/lib/server/audit";
import { lockRoundRow } from "@/lib/server/round-setup/round-lock";
import type { Actor } from "@/lib/server/users";
import { ASSESSMENT_IMPORT_STATUSES, loadRoundForImport, planAssessment, type AssessmentPlan } from "./assessment-plan";
import type { ResultChange, StoredResult } from "./assessment-rows";
import { assertSameFile, CONCURRENT_CHANGE, IMPORT_TRANSACTION } from "./commit";
import { outcomeOf, type ImportOutcome, type ImportPreview, type ImportUpload } from "./types";

type Tx = Prisma.TransactionClient;

/** Rounds of the agency that accept assessment results, for the import page's selector. */
export async function listAssessmentImportRounds(actor: Actor) {
  assertCan(actor.role, "import:run");
  return db.round.findMany({
    where: { agencyId: actor.agencyId, status: { in: [...ASSESSMENT_IMPORT_STATUSES] } },
    orderBy: [{ referenceDate: "desc" }, { createdAt: "desc" }],
    select: { id: true, name: true, status: true, _count: { select: { participants: true } } },
  });
}

/** The round an assessment import targets: its name, participants and technical columns. */
export async function getAssessmentImportRound(actor: Actor, roundId: string) {
  assertCan(actor.role, "import:run");
  const { round, participants, technicalNames } = await loadRoundForImport(db, actor.agencyId, roundId);
  const assessed = participants.filter((p) => p.results.size > 0).length;
  return { id: round.id, name: round.name, status: round.status, participants: participants.length, assessed, technicalNames };
}

/** Assessment import, step 1: what committing the file would do, row by row. Writes nothing. */
export async function previewAssessmentImport(actor: Actor, roundId: string, upload: ImportUpload): Promise<ImportPreview> {
  assertCan(actor.role, "import:run");
  return (await planAssessment(db, actor.agencyId, roundId, upload)).preview;
}

/**
 * Assessment import, step 2: upserts one AssessmentResult per participant and competency, with
 * source `IMPORT:<file name>`, in one transaction with one audit row on the round. Checked again
 * inside the transaction; any bad row writes nothing; unchanged values are not written.
 */
export async function commitAssessmentImport(actor: Actor, roundId: string, upload: ImportUpload, expectedSha256?: string): Promise<ImportOutcome> {
  assertCan(actor.role, "import:run");
  try {
    return await db.$transaction(async (tx) => {
      await lockRoundRow(tx, actor, roundId, "SHARE");
      const plan = await planAssessment(tx, actor.agencyId, roundId, upload);
      assertSameFile(plan.preview, expectedSha256);
      const status = outcomeOf(plan.preview);
      if (status === "committed") await writeResults(tx, actor, plan);
      return { status, preview: plan.preview };
    }, IMPORT_TRANSACTION);
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", CONCURRENT_CHANGE);
    throw error;
  }
}

async function writeResults(tx: Tx, actor: Actor, plan: AssessmentPlan) {
  const source = `IMPORT:${plan.preview.fileName}`;
  const writes = plan.rows.filter((row) => row.status === "NEW" || row.status === "CHANGED");
  const fresh = writes.flatMap((row) => row.changes.filter((c) => !c.before).map((c) => ({ participantId: row.participant!.id, change: c })));
  if (fresh.length > 0) {
    await tx.assessmentResult.createMany({
      data: fresh.map(({ participantId, change }) => ({ participantId, competencyCode: change.code, ...columnsOf(change.after), source })),
    });
  }
  for (const row of writes) {
    for (const change of row.changes.filter((c) => c.before)) {
      await tx.assessmentResult.update({
        where: { participantId_competencyCode: { participantId: row.participant!.id, competencyCode: change.code } },
        data: { ...columnsOf(change.after), source },
      });
    }
  }
  const byCode = (changes: ResultChange[], side: "before" | "after") => Object.fromEntries(changes.map((c) => [c.code, c[side]]));
  const created = writes.filter((row) => row.status === "NEW");
  await recordAudit(tx, actor, {
    action: "IMPORT_ASSESSMENT",
    entity: "Round",
    entityId: plan.roundId,
    after: {
      fileName: plan.preview.fileName,
      sha256: plan.preview.sha256,
      created: created.map((row) => row.nip),
      createdRows: created.map((row) => ({ nip: row.nip, after: byCode(row.changes, "after") })),
      updated: writes
        .filter((row) => row.status === "CHANGED")
        .map((row) => ({ nip: row.nip, before: byCode(row.changes, "before"), after: byCode(row.changes, "after") })),
    },
  });
}

function columnsOf(result: StoredResult) {
  return { level: result.level, assessor: result.assessor, assessedOn: result.assessedOn ? fromIsoDate(result.assessedOn) : null };
}
