import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import { AppError, isUniqueViolation } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/server/audit";
import { assertPostAvailable } from "@/lib/server/official-writes";
import type { Actor } from "@/lib/server/users";
import { planOfficials, type OfficialPlan, type PlannedOfficial } from "./official-plan";
import { OFFICIAL_HEADERS } from "./official-columns";
import { assertSameFile, CONCURRENT_CHANGE, IMPORT_TRANSACTION } from "./commit";
import { outcomeOf, type ImportOutcome, type ImportPreview, type ImportUpload } from "./types";

type Tx = Prisma.TransactionClient;

/** Officials import, step 1: what committing the file would do, row by row. Writes nothing. */
export async function previewOfficialsImport(actor: Actor, upload: ImportUpload): Promise<ImportPreview> {
  assertCan(actor.role, "import:run");
  return (await planOfficials(db, actor.agencyId, upload)).preview;
}

/**
 * Officials import, step 2: upserts the file's officials by NIP within the actor's agency, in one
 * transaction with one audit row. The file is checked again inside the transaction, so a bad row
 * (or a change by someone else since the preview) writes nothing; a file equal to the stored data
 * writes nothing, not even an audit row. `expectedSha256` is the file the user previewed.
 */
export async function commitOfficialsImport(actor: Actor, upload: ImportUpload, expectedSha256?: string): Promise<ImportOutcome> {
  assertCan(actor.role, "import:run");
  try {
    return await db.$transaction(async (tx) => {
      const plan = await planOfficials(tx, actor.agencyId, upload);
      assertSameFile(plan.preview, expectedSha256);
      const status = outcomeOf(plan.preview);
      if (status === "committed") await writeOfficials(tx, actor, plan);
      return { status, preview: plan.preview };
    }, IMPORT_TRANSACTION);
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", CONCURRENT_CHANGE);
    throw error;
  }
}

async function writeOfficials(tx: Tx, actor: Actor, plan: OfficialPlan) {
  const created = plan.rows.filter((row) => row.status === "NEW");
  const updated = plan.rows.filter((row) => row.status === "CHANGED");
  // Officials leaving their post give it up first, so that a swap of two heads never holds one
  // post twice in between (Official.positionId is unique).
  const leaving = updated.filter((row) => row.existing!.positionId && row.existing!.positionId !== row.data!.positionId);
  if (leaving.length > 0) {
    await tx.official.updateMany({
      where: { agencyId: actor.agencyId, id: { in: leaving.map((row) => row.existing!.id) } },
      data: { positionId: null },
    });
  }
  for (const row of [...created, ...updated]) {
    const positionId = row.data!.positionId;
    if (positionId && positionId !== row.existing?.positionId) await postAvailable(tx, actor, row, positionId);
  }
  if (created.length > 0) {
    await tx.official.createMany({ data: created.map((row) => ({ ...row.data!, agencyId: actor.agencyId })) });
  }
  for (const row of updated) await tx.official.update({ where: { id: row.existing!.id }, data: row.data! });

  await recordAudit(tx, actor, {
    action: "IMPORT_OFFICIALS",
    entity: "Import",
    entityId: plan.preview.sha256,
    after: {
      fileName: plan.preview.fileName,
      sha256: plan.preview.sha256,
      created: created.map((row) => row.key),
      // The created rows in full, so the audit trail alone can replay the import.
      createdRows: created.map((row) => ({ nip: row.key, after: row.snapshot })),
      updated: updated.map((row) => ({ nip: row.key, ...row.diff })),
    },
  });
}

/** The form's own post rule, applied again at write time; its message gains the row number. */
async function postAvailable(tx: Tx, actor: Actor, row: PlannedOfficial, positionId: string) {
  try {
    await assertPostAvailable(tx, actor.agencyId, positionId, row.existing?.id);
  } catch (error) {
    if (error instanceof AppError) {
      throw new AppError("CONFLICT", `Baris ${row.row}, kolom ${OFFICIAL_HEADERS.positionId}: ${error.message} ${CONCURRENT_CHANGE}`);
    }
    throw error;
  }
}
