import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { Rubric } from "@/lib/domain/round-config";
import { READINESS_PROBLEM_LABELS, scoringReadiness, type ReadinessProblem } from "@/lib/domain/round-readiness";
import { nextStatus } from "@/lib/domain/workflow/round";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/server/audit";
import type { Actor } from "@/lib/server/users";
import { lockRound } from "./round-lock";

type Tx = Prisma.TransactionClient | typeof db;

/** The problems that keep a round from scoring, read from its rows. */
export async function readinessOf(tx: Tx, roundId: string): Promise<ReadinessProblem[]> {
  const [positions, participants, panel, config] = await Promise.all([
    tx.roundPosition.count({ where: { roundId } }),
    tx.participant.findMany({ where: { roundId }, select: { eligible: true, overrideReason: true } }),
    tx.panelMember.findMany({ where: { roundId }, select: { internal: true, role: true, userId: true } }),
    tx.roundConfigVersion.findFirstOrThrow({ where: { roundId }, orderBy: { version: "desc" }, select: { weights: true, rubric: true } }),
  ]);
  return scoringReadiness({
    positions,
    participants,
    panel: panel.map((m) => ({ internal: m.internal, role: m.role, hasAccount: m.userId !== null })),
    weights: config.weights as Record<string, number>,
    rubric: config.rubric as Rubric,
  });
}

/** DRAFT → SCORING: checks readiness, freezes the current configuration version, and moves the
 * status with a conditional write so a double click or two tabs start it once. */
export async function startScoring(actor: Actor, roundId: string) {
  assertCan(actor.role, "round:manage");
  await db.$transaction(async (tx) => {
    const round = await lockRound(tx, actor, roundId, ["DRAFT"]);
    const problems = await readinessOf(tx, roundId);
    if (problems.length > 0) {
      throw new AppError("INVALID_STATE", `Penilaian belum dapat dimulai: ${problems.map((p) => READINESS_PROBLEM_LABELS[p]).join(" ")}`);
    }
    const to = nextStatus(round.status, "START_SCORING")!;
    const { count } = await tx.round.updateMany({ where: { id: roundId, status: round.status, version: round.version }, data: { status: to, version: { increment: 1 } } });
    if (count !== 1) throw new AppError("CONFLICT", "Putaran ini baru saja diubah oleh pengguna lain. Muat ulang halaman.");
    const config = await tx.roundConfigVersion.findFirstOrThrow({ where: { roundId }, orderBy: { version: "desc" }, select: { id: true, version: true } });
    await tx.roundConfigVersion.update({ where: { id: config.id }, data: { frozenAt: new Date() } });
    await recordAudit(tx, actor, {
      action: "ROUND_START_SCORING",
      entity: "Round",
      entityId: roundId,
      before: { status: round.status },
      after: { status: to, frozenConfigVersion: config.version },
    });
  });
}
