import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { ParticipantReason } from "@/lib/domain/participant-eligibility";
import type { Rubric } from "@/lib/domain/round-config";
import { scoringReadiness, uncoveredReasons, type ReadinessIssue } from "@/lib/domain/round-readiness";
import { nextStatus } from "@/lib/domain/workflow/round";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/server/audit";
import type { Actor } from "@/lib/server/users";
import { agencyBlackouts, evaluateEligibility, officialEligibilitySelect } from "./participants";
import { lockRound } from "./round-lock";

type Tx = Prisma.TransactionClient | typeof db;

export type RoundReadiness = {
  problems: ReadinessIssue[];
  /** Per participant id: the reasons they are ineligible for now that no recorded override covers. */
  uncovered: Map<string, ParticipantReason[]>;
};

/**
 * The problems that keep a round from scoring, read from its rows. Eligibility is evaluated again
 * from today's records (tenure and blackout windows for a job fit, PP 17/2020 art. 107 for an open
 * selection), not taken from the flag stored when each participant was added: a blackout window
 * recorded or an inauguration date corrected since then counts.
 */
export async function readinessOf(tx: Tx, roundId: string): Promise<RoundReadiness> {
  const round = await tx.round.findUniqueOrThrow({ where: { id: roundId }, select: { type: true, referenceDate: true, agencyId: true } });
  const [positions, participants, panel, config, blackouts] = await Promise.all([
    tx.roundPosition.count({ where: { roundId } }),
    tx.participant.findMany({
      where: { roundId },
      orderBy: { official: { name: "asc" } },
      select: { id: true, eligibilityReasons: true, overrideReason: true, official: { select: officialEligibilitySelect } },
    }),
    tx.panelMember.findMany({ where: { roundId }, select: { internal: true, role: true, userId: true, decreeNumber: true, externalName: true, user: { select: { name: true } } } }),
    tx.roundConfigVersion.findFirstOrThrow({ where: { roundId }, orderBy: { version: "desc" }, select: { weights: true, rubric: true } }),
    agencyBlackouts(tx, round.agencyId),
  ]);
  const now = participants.map((p) => ({
    id: p.id,
    name: p.official.name,
    reasons: evaluateEligibility(round, p.official, blackouts).reasons,
    storedReasons: p.eligibilityReasons as ParticipantReason[],
    overrideReason: p.overrideReason,
  }));
  const problems = scoringReadiness({
    positions,
    participants: now,
    panel: panel.map((m) => ({ name: m.user?.name ?? m.externalName ?? "", internal: m.internal, role: m.role, hasAccount: m.userId !== null, decreeNumber: m.decreeNumber })),
    weights: config.weights as Record<string, number>,
    rubric: config.rubric as Rubric,
  });
  return { problems, uncovered: new Map(now.map((p) => [p.id, uncoveredReasons(p)])) };
}

/** DRAFT → SCORING: checks readiness, freezes the current configuration version (weights, rubric
 * and scoring rules), and moves the status with a conditional write so a double click or two tabs
 * start it once. */
export async function startScoring(actor: Actor, roundId: string) {
  assertCan(actor.role, "round:manage");
  await db.$transaction(async (tx) => {
    const round = await lockRound(tx, actor, roundId, ["DRAFT"]);
    const { problems } = await readinessOf(tx, roundId);
    if (problems.length > 0) {
      throw new AppError("INVALID_STATE", `Penilaian belum dapat dimulai: ${problems.map((p) => p.label).join(" ")}`);
    }
    const to = nextStatus(round.status, "START_SCORING")!;
    const { count } = await tx.round.updateMany({ where: { id: roundId, status: round.status, version: round.version }, data: { status: to, version: { increment: 1 } } });
    if (count !== 1) throw new AppError("CONFLICT", "Putaran ini baru saja diubah oleh pengguna lain. Muat ulang halaman.");
    const config = await tx.roundConfigVersion.findFirstOrThrow({ where: { roundId }, orderBy: { version: "desc" }, select: { id: true, version: true } });
    // The scoring rules are frozen with the weights: the version, not the round, is what results read.
    await tx.roundConfigVersion.update({
      where: { id: config.id },
      data: { frozenAt: new Date(), jpmScheme: round.jpmScheme, aggregationMethod: round.aggregationMethod, dispersionThreshold: round.dispersionThreshold },
    });
    await recordAudit(tx, actor, {
      action: "ROUND_START_SCORING",
      entity: "Round",
      entityId: roundId,
      before: { status: round.status },
      after: { status: to, frozenConfigVersion: config.version },
    });
  });
}
