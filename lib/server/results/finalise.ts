import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { nextStatus } from "@/lib/domain/workflow/round";
import type { Prisma } from "@/lib/generated/prisma/client";
import { reasonSchema } from "@/lib/schemas/round";
import { recordAudit } from "@/lib/server/audit";
import { checkField } from "@/lib/server/field-check";
import { assertResultsFinaliser, assertResultsReader } from "@/lib/server/panel/access";
import { lockRound } from "@/lib/server/round-setup/round-lock";
import type { Actor } from "@/lib/server/users";
import { computeSnapshot, finaliseBlockers, loadResultsInputs } from "./snapshot";

type Tx = Prisma.TransactionClient;

function listed(title: string, items: string[]) {
  if (items.length === 0) return null;
  const shown = items.slice(0, 5).join("; ");
  return `${title}: ${shown}${items.length > 5 ? ` dan ${items.length - 5} lainnya` : ""}.`;
}

/** Computes the results and stores them as the next immutable snapshot, refusing while a sheet is
 * missing, a dispersion flag is unjustified or a weighted component has no score. */
async function storeSnapshot(tx: Tx, actor: Actor, roundId: string, reason: string | null) {
  const inputs = await loadResultsInputs(tx, roundId);
  const { results, data, configVersionId } = computeSnapshot(inputs);
  const blockers = finaliseBlockers(inputs, results);
  if (blockers.missingSheets.length + blockers.unjustified.length + blockers.incomplete.length > 0) {
    // The refusal names only what this actor may see: a KETUA learns nothing of the participants
    // they declared a conflict with (not even a dispersion flag) beyond that something is pending.
    const { hiddenFromChair } = await assertResultsReader(tx, actor, roundId);
    const shown = hiddenFromChair.size > 0 ? finaliseBlockers(inputs, results, hiddenFromChair) : blockers;
    const problems = [
      listed("Lembar belum terkirim", shown.missingSheets),
      listed("Sebaran nilai belum dijustifikasi ketua", shown.unjustified),
      listed("Data belum lengkap", shown.incomplete),
    ].filter(Boolean);
    if (problems.length === 0) problems.push("Masih ada yang belum selesai untuk peserta yang Anda nyatakan konflik kepentingan; rinciannya tidak ditampilkan kepada Anda.");
    throw new AppError("INVALID_STATE", `Hasil belum dapat difinalkan. ${problems.join(" ")}`);
  }
  const last = await tx.resultSnapshot.findFirst({ where: { roundId }, orderBy: { number: "desc" }, select: { number: true } });
  const number = (last?.number ?? 0) + 1;
  const snapshot = await tx.resultSnapshot.create({
    data: { roundId, number, configVersionId, reason, data: JSON.parse(JSON.stringify(data)), createdById: actor.userId },
    select: { id: true },
  });
  return { snapshotId: snapshot.id, number, ranked: results.participants.filter((p) => p.rank !== null).length };
}

/** SCORING → FINALISED with the first snapshot, as one conditional transition. */
export async function finaliseRound(actor: Actor, roundId: string) {
  return db.$transaction(async (tx) => {
    await assertResultsFinaliser(tx, actor, roundId);
    const round = await lockRound(tx, actor, roundId, ["SCORING"]);
    const stored = await storeSnapshot(tx, actor, roundId, null);
    const to = nextStatus(round.status, "FINALISE")!;
    const { count } = await tx.round.updateMany({ where: { id: roundId, status: round.status, version: round.version }, data: { status: to, version: { increment: 1 } } });
    if (count !== 1) throw new AppError("CONFLICT", "Putaran ini baru saja diubah oleh pengguna lain. Muat ulang halaman.");
    await recordAudit(tx, actor, { action: "ROUND_FINALISE", entity: "Round", entityId: roundId, before: { status: round.status }, after: { status: to, ...stored } });
    return stored;
  }, { timeout: 60_000 });
}

/** A correction after finalising: a new snapshot with a reason; the earlier ones stay readable. */
export async function correctResults(actor: Actor, roundId: string, reason: string) {
  return db.$transaction(async (tx) => {
    await assertResultsFinaliser(tx, actor, roundId);
    checkField("reason", reasonSchema.shape.reason, reason);
    await lockRound(tx, actor, roundId, ["FINALISED"]);
    // What the head decides must be exactly what the Sekda reviewed: no correction under a
    // submitted proposal (the head returns it first) and none after approval.
    const proposal = await tx.rotationProposal.findFirst({ where: { roundId, status: { in: ["SUBMITTED", "APPROVED"] } }, select: { status: true } });
    if (proposal?.status === "APPROVED") throw new AppError("INVALID_STATE", "Usulan rotasi sudah disetujui kepala daerah; hasil tidak dapat dikoreksi lagi.");
    if (proposal) throw new AppError("INVALID_STATE", "Usulan rotasi sedang diputuskan kepala daerah; hasil dapat dikoreksi setelah usulan dikembalikan.");
    const stored = await storeSnapshot(tx, actor, roundId, reason);
    await recordAudit(tx, actor, { action: "RESULTS_CORRECT", entity: "Round", entityId: roundId, after: stored, reason });
    return stored;
  }, { timeout: 60_000 });
}
