import "server-only";
import { assertCan, type Permission } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { lockRoundRow } from "@/lib/server/round-setup/round-lock";
import type { SnapshotData } from "@/lib/server/results/snapshot";
import type { Actor } from "@/lib/server/users";

type Tx = Prisma.TransactionClient | Db;

export const proposalSelect = {
  id: true, status: true, version: true, headNotes: true, submittedAt: true, decidedAt: true,
  createdBy: { select: { name: true } },
  decidedBy: { select: { name: true } },
  moves: {
    select: {
      id: true, participantId: true, kind: true, targetPositionId: true, targetTitle: true, rationale: true, locked: true,
      tenureExceptionReason: true, candidateRank: true, decision: true, decisionReason: true, previousDecision: true, previousReason: true,
      targetPosition: { select: { title: true } },
    },
  },
} as const;

/** A finalised round of the actor's agency with its latest results snapshot and current proposal,
 * for an actor holding `permission`. Proposals exist only once results are final. */
export async function proposalContext(tx: Tx, actor: Actor, roundId: string, permission: Permission) {
  assertCan(actor.role, permission);
  const round = await tx.round.findFirst({ where: { id: roundId, agencyId: actor.agencyId }, select: { id: true, name: true, type: true, status: true, referenceDate: true } });
  if (!round) throw notFound("Putaran");
  const snapshot = await tx.resultSnapshot.findFirst({ where: { roundId }, orderBy: { number: "desc" }, select: { number: true, data: true } });
  if (!snapshot) throw new AppError("INVALID_STATE", "Usulan rotasi disusun setelah hasil putaran difinalkan.");
  const proposal = await tx.rotationProposal.findFirst({ where: { roundId }, orderBy: { createdAt: "desc" }, select: proposalSelect });
  return { round, snapshot: { number: snapshot.number, data: snapshot.data as unknown as SnapshotData }, proposal };
}

/** The same for a change: the round's row is locked until the transaction ends, so edits, the
 * first edit that creates the proposal, the head's decisions and a results correction (which locks
 * the round too) never interleave. */
export async function proposalContextForChange(tx: Prisma.TransactionClient, actor: Actor, roundId: string, permission: Permission) {
  assertCan(actor.role, permission);
  await lockRoundRow(tx, actor, roundId);
  return proposalContext(tx, actor, roundId, permission);
}

export type ProposalContext = Awaited<ReturnType<typeof proposalContext>>;
