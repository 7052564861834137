import "server-only";
import type { FitInput, LockedMove } from "@/lib/domain/fit";
import { isTenureLocked } from "@/lib/domain/eligibility";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db";
import { toIsoDate } from "@/lib/iso-date";
import type { SnapshotData } from "@/lib/server/results/snapshot";

type Tx = Prisma.TransactionClient | Db;
export type MoveRow = { participantId: string; kind: "STAY" | "ROTATE" | "MOVE_DOWN" | "APPOINT"; targetPositionId: string | null; locked: boolean; tenureExceptionReason: string | null };

/** The fit matrix's input for a finalised job-fit round: officials are the participants (levels and
 * performance from the snapshot), posts are the round's posts; locked moves and tenure exceptions
 * come from the current proposal. */
export async function buildRoundFitInput(tx: Tx, roundId: string, snapshot: SnapshotData, moves: readonly MoveRow[]): Promise<{ input: FitInput; participantOf: Map<string, string> }> {
  const participants = await tx.participant.findMany({
    where: { roundId },
    select: { id: true, official: { select: { id: true, educationField: true, inauguratedOn: true } }, roundPosition: { select: { positionId: true } } },
  });
  const roundPositions = await tx.roundPosition.findMany({
    where: { roundId },
    orderBy: { position: { title: "asc" } },
    select: { positionId: true, reservedForOpenSelection: true, position: { select: { requiredEducationFields: true, standards: { select: { code: true, kind: true, level: true } } } } },
  });
  const results = new Map(snapshot.results.participants.map((r) => [r.id, r]));
  const moveOf = new Map(moves.map((m) => [m.participantId, m]));
  const participantOf = new Map<string, string>();
  const officials = participants.map((p) => {
    participantOf.set(p.official.id, p.id);
    const move = moveOf.get(p.id);
    return {
      id: p.official.id,
      levels: snapshot.inputs[p.id]?.levels ?? {},
      educationField: p.official.educationField,
      performance: results.get(p.id)?.components.PERFORMANCE ?? null,
      currentPostId: p.roundPosition?.positionId ?? null,
      tenureLocked: isTenureLocked(p.official.inauguratedOn && toIsoDate(p.official.inauguratedOn), snapshot.referenceDate),
      tenureExceptionReason: move?.tenureExceptionReason ?? null,
    };
  });
  const posts = roundPositions.map((rp) => ({
    id: rp.positionId,
    standard: Object.fromEntries(rp.position.standards.map((s) => [s.code, Number(s.level)])),
    technicalCodes: rp.position.standards.filter((s) => s.kind === "TECHNICAL").map((s) => s.code),
    requiredEducationFields: rp.position.requiredEducationFields,
    reservedForOpenSelection: rp.reservedForOpenSelection,
  }));
  const roundPostIds = new Set(posts.map((p) => p.id));
  const lockedMoves: LockedMove[] = moves
    .filter((m) => m.locked)
    .map((m) => {
      const officialId = participants.find((p) => p.id === m.participantId)!.official.id;
      const own = participants.find((p) => p.id === m.participantId)!.roundPosition?.positionId ?? null;
      const target = m.kind === "STAY" ? own : m.kind === "ROTATE" ? m.targetPositionId : null;
      return { officialId, postId: target && roundPostIds.has(target) ? target : null };
    });
  return { input: { officials, posts, constraints: { lockedMoves } }, participantOf };
}

/** officialId → the round post the move puts them on (null: moved down or outside the round). */
export function proposalPlacement(input: FitInput, participantOf: Map<string, string>, moves: readonly MoveRow[]): Record<string, string | null> {
  const byParticipant = new Map(moves.map((m) => [m.participantId, m]));
  return Object.fromEntries(
    input.officials.map((o) => {
      const move = byParticipant.get(participantOf.get(o.id)!);
      const target = !move || move.kind === "STAY" ? o.currentPostId : move.kind === "ROTATE" ? move.targetPositionId : null;
      return [o.id, target];
    }),
  );
}
