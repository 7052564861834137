import "server-only";
import { buildFitMatrix, FORBIDDEN_REASONS, proposalFit } from "@/lib/domain/fit";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SnapshotData } from "@/lib/server/results/snapshot";
import { buildRoundFitInput, proposalPlacement, type MoveRow } from "./fit-input";
import type { Holder } from "./placement";

/**
 * The moves that break a constraint of the fit matrix, as "name: reason": a post reserved for open
 * selection, a tenure-locked official (UU 5/2014 art. 116) moved without an exception reason, a
 * post held by such an official, a Sekda lock. The screen shows these as "melanggar batasan"; they
 * must not reach the head. A tenure-locked official moved off the matrix (down, or to a post
 * outside the round) breaks the same article, so it is listed too.
 */
export async function brokenConstraints(tx: Prisma.TransactionClient, roundId: string, snapshot: SnapshotData, moves: readonly MoveRow[], holders: readonly Holder[]): Promise<string[]> {
  const { input, participantOf } = await buildRoundFitInput(tx, roundId, snapshot, moves);
  const { matrix, reasons } = buildFitMatrix(input);
  const placement = proposalPlacement(input, participantOf, moves);
  const { forbidden } = proposalFit({ matrix }, input, placement);
  const column = new Map(input.posts.map((post, j) => [post.id, j]));
  const name = new Map(holders.map((h) => [h.id, h.name]));
  const moveOf = new Map(moves.map((m) => [m.participantId, m]));
  return input.officials.flatMap((official, i) => {
    const participantId = participantOf.get(official.id)!;
    const who = name.get(participantId) ?? participantId;
    if (forbidden.includes(official.id)) return [`${who} (${reasons[i]![column.get(placement[official.id]!)!]})`];
    const move = moveOf.get(participantId);
    const movedOff = move && move.kind !== "STAY" && column.get(placement[official.id] ?? "") === undefined;
    if (movedOff && official.tenureLocked && !official.tenureExceptionReason?.trim()) return [`${who} (${FORBIDDEN_REASONS.tenure})`];
    return [];
  });
}
