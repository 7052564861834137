import "server-only";
import type { FitInput, LockedMove } from "@/lib/domain/fit";
import { isTenureLocked } from "@/lib/domain/eligibility";
import { doublePlacements, placedPost } from "@/lib/domain/proposal-placement";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db";
import { toIsoDate } from "@/lib/iso-date";
import type { SnapshotData } from "@/lib/server/results/snapshot";
import { nameDoubles, roundHolders, type NamedDouble } from "./placement";

type Tx = Prisma.TransactionClient | Db;
const FIT_PLACEMENT = { ignoreAppointments: true } as const;
export type MoveRow = { participantId: string; kind: "STAY" | "ROTATE" | "MOVE_DOWN" | "APPOINT"; targetPositionId: string | null; locked: boolean; tenureExceptionReason: string | null };

/** The fit matrix's input for a finalised job-fit round: officials are the participants (levels and
 * performance from the snapshot), posts are the round's posts; locked moves and tenure exceptions
 * come from the current proposal; `lockConflicts` lists posts locked for more than one official. */
export async function buildRoundFitInput(tx: Tx, roundId: string, snapshot: SnapshotData, moves: readonly MoveRow[]): Promise<{ input: FitInput; participantOf: Map<string, string>; lockConflicts: NamedDouble[] }> {
  const participants = await tx.participant.findMany({
    where: { roundId },
    select: { id: true, official: { select: { id: true, educationField: true, inauguratedOn: true } }, roundPosition: { select: { positionId: true } } },
  });
  const roundPositions = await tx.roundPosition.findMany({
    where: { roundId },
    orderBy: { position: { title: "asc" } },
    select: { positionId: true, reservedForOpenSelection: true, position: { select: { requiredEducationFields: true, standards: { orderBy: [{ sortOrder: "asc" }, { code: "asc" }], select: { code: true, kind: true, level: true } } } } },
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
  const officialOf = new Map(participants.map((p) => [p.id, p.official.id]));
  const holders = await roundHolders(tx, roundId);
  const ownPost = new Map(holders.map((h) => [h.id, h.currentPostId]));
  const locked = moves.filter((m) => m.locked && officialOf.has(m.participantId)).map((m) => ({ participantId: m.participantId, postId: placedPost(m, ownPost.get(m.participantId) ?? null, FIT_PLACEMENT) }));
  // Two locks on one post cannot both hold, and buildFitMatrix refuses them. saveMove prevents it,
  // but rows stored before that rule must not take the proposal screen down with them: they are
  // reported, and neither lock constrains the matrix until the Sekda unlocks one.
  const clashes = doublePlacements(locked.map((l) => ({ holderId: l.participantId, postId: l.postId })));
  const clashing = new Set(clashes.flatMap((c) => c.holderIds));
  const lockConflicts = await nameDoubles(tx, holders, clashes.map((c) => ({ postId: c.postId, participantIds: c.holderIds })));
  const lockedMoves: LockedMove[] = locked
    .filter((l) => !clashing.has(l.participantId))
    .map((l) => ({ officialId: officialOf.get(l.participantId)!, postId: l.postId && roundPostIds.has(l.postId) ? l.postId : null }));
  return { input: { officials, posts, constraints: { lockedMoves } }, participantOf, lockConflicts };
}

/** officialId → the round post the move puts them on (null: moved down or outside the round). */
export function proposalPlacement(input: FitInput, participantOf: Map<string, string>, moves: readonly MoveRow[]): Record<string, string | null> {
  const byParticipant = new Map(moves.map((m) => [m.participantId, m]));
  return Object.fromEntries(
    input.officials.map((o) => {
      const move = byParticipant.get(participantOf.get(o.id)!);
      return [o.id, placedPost(move, o.currentPostId, FIT_PLACEMENT)];
    }),
  );
}
