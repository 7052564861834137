import "server-only";
import { AppError, notFound } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { ROUND_STATUS_LABELS, type RoundStatus } from "@/lib/domain/workflow/round";
import type { Actor } from "@/lib/server/users";

type Tx = Prisma.TransactionClient;

/**
 * Locks the row of a round of the actor's agency until the transaction ends (NOT_FOUND
 * otherwise): every change that depends on the round's state takes this lock before reading it.
 * Changes of the round itself (set-up, finalise, proposals) lock it exclusively ("UPDATE"); data
 * written under the round (sheets, participant data, imports) share it ("SHARE"), so they run side
 * by side but never interleave with finalising.
 */
export async function lockRoundRow(tx: Tx, actor: Actor, roundId: string, mode: "UPDATE" | "SHARE" = "UPDATE") {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Round" WHERE id = ${roundId} AND "agencyId" = ${actor.agencyId} ${Prisma.raw(mode === "SHARE" ? "FOR SHARE" : "FOR UPDATE")}`;
  if (locked.length === 0) throw notFound("Putaran");
}

/**
 * Loads a round of the actor's agency for a change and locks its row until the transaction ends,
 * so set-up changes and "start scoring" never interleave. Throws unless its status is allowed.
 */
export async function lockRound(tx: Tx, actor: Actor, roundId: string, allowed: readonly RoundStatus[]) {
  await lockRoundRow(tx, actor, roundId);
  const round = await tx.round.findUniqueOrThrow({
    where: { id: roundId },
    select: {
      id: true, type: true, status: true, name: true, referenceDate: true, version: true, agencyId: true,
      jpmScheme: true, aggregationMethod: true, dispersionThreshold: true, minApplicantsPerPost: true,
      oversightMode: true, oversightBodyName: true, scoringOpensOn: true, scoringClosesOn: true,
    },
  });
  if (!allowed.includes(round.status)) {
    const when = allowed.map((s) => ROUND_STATUS_LABELS[s]).join(" atau ");
    throw new AppError("INVALID_STATE", `Perubahan ini hanya dapat dilakukan saat putaran berstatus ${when}; status sekarang ${ROUND_STATUS_LABELS[round.status]}.`);
  }
  return round;
}

export type LockedRound = Awaited<ReturnType<typeof lockRound>>;
