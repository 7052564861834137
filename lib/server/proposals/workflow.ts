import "server-only";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { nextStatus, type RotationProposalAction, type RotationProposalStatus } from "@/lib/domain/workflow/rotation-proposal";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DecisionInput } from "@/lib/schemas/proposal";
import { recordAudit } from "@/lib/server/audit";
import type { Actor } from "@/lib/server/users";
import type { Permission } from "@/lib/auth/permissions";
import { proposalContextForChange } from "./context";

type Tx = Prisma.TransactionClient;

/** Moves the proposal along the workflow table with a conditional write on (status, version), so
 * two concurrent approvals produce exactly one transition. */
async function transition(tx: Tx, actor: Actor, roundId: string, permission: Permission, action: RotationProposalAction, extra: Prisma.RotationProposalUncheckedUpdateManyInput = {}, reason?: string | null) {
  const context = await proposalContextForChange(tx, actor, roundId, permission);
  const proposal = context.proposal;
  if (!proposal) throw new AppError("INVALID_STATE", "Belum ada usulan rotasi.");
  const to = nextStatus(proposal.status as RotationProposalStatus, action);
  if (!to) throw new AppError("INVALID_STATE", "Tindakan ini tidak berlaku untuk status usulan sekarang. Muat ulang halaman.");
  const { count } = await tx.rotationProposal.updateMany({
    where: { id: proposal.id, status: proposal.status, version: proposal.version },
    data: { status: to, version: { increment: 1 }, ...extra },
  });
  if (count !== 1) throw new AppError("CONFLICT", "Usulan ini baru saja diubah oleh pengguna lain. Muat ulang halaman.");
  await recordAudit(tx, actor, { action: `PROPOSAL_${action}`, entity: "RotationProposal", entityId: proposal.id, before: { status: proposal.status }, after: { status: to, ...extra }, reason });
  return { context, proposal, to };
}

/** DRAFT → SUBMITTED (the Sekda): every participant has a move and no post is given twice. */
export async function submitProposal(actor: Actor, roundId: string) {
  await db.$transaction(async (tx) => {
    const context = await proposalContextForChange(tx, actor, roundId, "proposal:submit");
    const moves = context.proposal?.moves ?? [];
    if (context.round.type === "OPEN_SELECTION") {
      if (moves.length === 0) throw new AppError("VALIDATION", "Siapkan tiga teratas per jabatan terlebih dahulu.");
      await transition(tx, actor, roundId, "proposal:submit", "SUBMIT", { submittedAt: new Date() });
      return;
    }
    const participants = await tx.participant.findMany({ where: { roundId }, select: { id: true, official: { select: { name: true } }, roundPosition: { select: { positionId: true } } } });
    const missing = participants.filter((p) => !moves.some((m) => m.participantId === p.id));
    if (missing.length > 0) throw new AppError("VALIDATION", `Tentukan usulan untuk setiap peserta: ${missing.map((p) => p.official.name).join(", ")}.`);
    const placed = new Map<string, string>();
    for (const move of moves) {
      const own = participants.find((p) => p.id === move.participantId)?.roundPosition?.positionId ?? null;
      const post = move.kind === "STAY" ? own : move.kind === "ROTATE" ? move.targetPositionId : null;
      if (!post) continue;
      if (placed.has(post)) throw new AppError("VALIDATION", `Satu jabatan diusulkan untuk dua pejabat (${move.targetPosition?.title ?? "jabatan yang sama"}).`);
      placed.set(post, move.participantId);
    }
    await transition(tx, actor, roundId, "proposal:submit", "SUBMIT", { submittedAt: new Date() });
    await tx.proposedMove.updateMany({ where: { proposalId: context.proposal!.id }, data: { decision: "PENDING", decisionReason: null } });
  });
}

/** The head's decision on one move; a rejection needs a reason. */
export async function decideMove(actor: Actor, roundId: string, input: DecisionInput) {
  await db.$transaction(async (tx) => {
    const context = await proposalContextForChange(tx, actor, roundId, "proposal:decide");
    if (context.proposal?.status !== "SUBMITTED") throw new AppError("INVALID_STATE", "Keputusan hanya untuk usulan yang sedang diajukan.");
    const move = context.proposal.moves.find((m) => m.id === input.moveId);
    if (!move) throw notFound("Usulan pejabat");
    let passedOver: string[] = [];
    if (move.kind === "APPOINT" && input.decision === "APPROVED") {
      // The head picks one of the top 3; passing over #1 needs a reason (DOMAIN.md "Ranking").
      if ((move.candidateRank ?? 1) > 1 && !input.reason) {
        throw new AppError("VALIDATION", "Periksa kembali isian yang ditandai.", { reason: ["Tuliskan alasan memilih calon selain peringkat 1."] });
      }
      passedOver = context.proposal.moves.filter((m) => m.targetPositionId === move.targetPositionId && m.id !== move.id).map((m) => m.id);
      await tx.proposedMove.updateMany({
        where: { id: { in: passedOver } },
        data: { decision: "REJECTED", decisionReason: "Tidak dipilih: kepala daerah memilih calon lain untuk jabatan ini." },
      });
    }
    await tx.proposedMove.update({ where: { id: move.id }, data: { decision: input.decision, decisionReason: input.reason ?? null } });
    await recordAudit(tx, actor, {
      action: "PROPOSAL_MOVE_DECIDE",
      entity: "ProposedMove",
      entityId: move.id,
      before: { decision: move.decision, decisionReason: move.decisionReason },
      // The other candidates for the post, rejected by this pick, are named in the same row.
      after: { decision: input.decision, ...(passedOver.length > 0 ? { rejectedOtherCandidates: passedOver } : {}) },
      reason: input.reason,
    });
  });
}

/** SUBMITTED → APPROVED once every move has a decision; the proposal is immutable afterwards. */
export async function approveProposal(actor: Actor, roundId: string, notes?: string) {
  await db.$transaction(async (tx) => {
    const context = await proposalContextForChange(tx, actor, roundId, "proposal:decide");
    const moves = context.proposal?.moves ?? [];
    const pending = moves.filter((m) => m.decision === "PENDING").length;
    if (pending > 0) throw new AppError("VALIDATION", `Masih ada ${pending} usulan pejabat yang belum diputuskan.`);
    if (context.round.type === "OPEN_SELECTION") {
      const posts = new Set(moves.map((m) => m.targetPositionId));
      const picked = new Set(moves.filter((m) => m.decision === "APPROVED").map((m) => m.targetPositionId));
      if (picked.size !== posts.size || moves.filter((m) => m.decision === "APPROVED").length !== posts.size) {
        throw new AppError("VALIDATION", "Pilih tepat satu calon untuk setiap jabatan.");
      }
    }
    await transition(tx, actor, roundId, "proposal:decide", "APPROVE", { decidedAt: new Date(), decidedById: actor.userId, headNotes: notes ?? null });
  });
}

/** SUBMITTED → RETURNED with the head's notes. */
export async function returnProposal(actor: Actor, roundId: string, notes: string) {
  await db.$transaction(async (tx) => {
    await transition(tx, actor, roundId, "proposal:decide", "RETURN", { decidedAt: new Date(), decidedById: actor.userId, headNotes: notes }, notes);
  });
}

/** RETURNED → DRAFT for rework; the head's earlier per-move decisions are cleared. */
export async function reopenProposal(actor: Actor, roundId: string) {
  await db.$transaction(async (tx) => {
    const { proposal } = await transition(tx, actor, roundId, "proposal:draft", "REOPEN");
    await tx.proposedMove.updateMany({ where: { proposalId: proposal.id }, data: { decision: "PENDING", decisionReason: null } });
  });
}

/** The head approves every move still pending in one go (the ones to reject are decided first). */
export async function approvePendingMoves(actor: Actor, roundId: string) {
  await db.$transaction(async (tx) => {
    const context = await proposalContextForChange(tx, actor, roundId, "proposal:decide");
    if (context.proposal?.status !== "SUBMITTED") throw new AppError("INVALID_STATE", "Keputusan hanya untuk usulan yang sedang diajukan.");
    if (context.round.type === "OPEN_SELECTION") throw new AppError("INVALID_STATE", "Pada seleksi terbuka, pilih satu calon untuk setiap jabatan.");
    const pending = context.proposal.moves.filter((m) => m.decision === "PENDING");
    await tx.proposedMove.updateMany({ where: { id: { in: pending.map((m) => m.id) }, decision: "PENDING" }, data: { decision: "APPROVED" } });
    await recordAudit(tx, actor, { action: "PROPOSAL_MOVES_APPROVE_PENDING", entity: "RotationProposal", entityId: context.proposal.id, after: { approved: pending.map((m) => m.id) } });
  });
}
