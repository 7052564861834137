// A finalised job-fit round ready for a rotation proposal, and the move input the form sends.
import type { Db } from "@/lib/db";
import type { MoveInput } from "@/lib/schemas/proposal";
import { finaliseRound } from "@/lib/server/results/finalise";
import { actorFor } from "./actor";
import { createUser } from "./master-data";
import { buildScoringRound, completeRoundData } from "./panel";

export async function buildFinalisedRound(db: Db, participants = 3) {
  const world = await buildScoringRound(db, { members: 1, participants });
  await completeRoundData(db, world);
  await finaliseRound(world.bkd, world.round.id);
  const head = actorFor(await createUser(db, { agencyId: world.agency.id, role: "HEAD" }), world.agency);
  return { ...world, head };
}

/** A move as the form sends it after zod: "Tetap", with a rationale, not locked. */
export function moveInput(participantId: string, overrides: Partial<MoveInput> = {}): MoveInput {
  return { participantId, kind: "STAY", targetPositionId: undefined, targetTitle: undefined, rationale: "Kinerja dan kompetensi sesuai jabatan", locked: false, tenureExceptionReason: undefined, ...overrides };
}

/** The post a participant holds in the round. */
export async function postOf(db: Db, participantId: string) {
  const participant = await db.participant.findUniqueOrThrow({ where: { id: participantId }, select: { roundPosition: { select: { positionId: true, position: { select: { title: true } } } } } });
  return { id: participant.roundPosition!.positionId, title: participant.roundPosition!.position.title };
}
