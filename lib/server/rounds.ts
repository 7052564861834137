import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import { toIsoDate } from "@/lib/iso-date";
import { notFound } from "@/lib/errors";
import { expectedSheets } from "@/lib/domain/expected-sheets";
import { scoredPanelComponents, type Weights } from "@/lib/domain/round-config";
import { latestConfig } from "@/lib/server/latest-config";
import type { Actor } from "@/lib/server/users";

export type RoundRow = {
  id: string;
  name: string;
  type: "JOB_FIT" | "OPEN_SELECTION";
  status: "DRAFT" | "SCORING" | "FINALISED" | "CLOSED" | "CANCELLED";
  referenceDate: string;
  positions: number;
  participants: number;
};

const roundRowSelect = {
  id: true,
  name: true,
  type: true,
  status: true,
  referenceDate: true,
  _count: { select: { positions: true, participants: true } },
} as const;

function toRoundRow(round: {
  id: string; name: string; type: RoundRow["type"]; status: RoundRow["status"]; referenceDate: Date;
  _count: { positions: number; participants: number };
}): RoundRow {
  return {
    id: round.id,
    name: round.name,
    type: round.type,
    status: round.status,
    referenceDate: toIsoDate(round.referenceDate),
    positions: round._count.positions,
    participants: round._count.participants,
  };
}

export async function listRounds(actor: Actor): Promise<RoundRow[]> {
  assertCan(actor.role, "round:read");
  const rounds = await db.round.findMany({
    where: { agencyId: actor.agencyId },
    orderBy: [{ referenceDate: "desc" }, { createdAt: "desc" }],
    select: roundRowSelect,
  });
  return rounds.map(toRoundRow);
}

/** The rounds whose panel the user sits on, with their seat: declarations made and sheets
 * submitted out of those expected (ADR 0011: one per participant without a declared conflict and
 * panel component weighted above 0 in the round's current configuration). */
export async function listMyPanelRounds(actor: Actor) {
  assertCan(actor.role, "panel:score");
  const seats = await db.panelMember.findMany({
    where: { userId: actor.userId, round: { agencyId: actor.agencyId } },
    orderBy: { round: { referenceDate: "desc" } },
    select: {
      id: true,
      role: true,
      round: { select: { ...roundRowSelect, participants: { select: { id: true } }, configVersions: latestConfig({ weights: true }) } },
      conflicts: { select: { participantId: true, hasConflict: true } },
      sheets: { where: { status: "SUBMITTED" }, select: { component: true } },
    },
  });
  return seats.map((seat) => {
    const round = toRoundRow(seat.round);
    const weights = seat.round.configVersions[0]!.weights as Weights;
    const scored = scoredPanelComponents(weights);
    const conflicted = new Set(seat.conflicts.filter((c) => c.hasConflict).map((c) => c.participantId));
    return {
      seatId: seat.id,
      panelRole: seat.role,
      round,
      declarations: seat.conflicts.length,
      declared: seat.conflicts.length >= round.participants,
      submitted: seat.sheets.filter((s) => scored.includes(s.component)).length,
      expected: seat.round.participants.flatMap((p) => expectedSheets(weights, [seat.id], conflicted.has(p.id) ? [seat.id] : [])).length,
    };
  });
}

/** Name, type and status of a round of the actor's agency, for headers. */
export async function getRoundSummary(actor: Actor, roundId: string) {
  assertCan(actor.role, "round:read");
  const round = await db.round.findFirst({
    where: { id: roundId, agencyId: actor.agencyId },
    select: { id: true, name: true, type: true, status: true, referenceDate: true },
  });
  if (!round) throw notFound("Putaran");
  return { ...round, referenceDate: toIsoDate(round.referenceDate) };
}
