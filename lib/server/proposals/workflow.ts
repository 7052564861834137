import "server-only";
import { db } from "@/lib/db";
import { AppError, fieldError, notFound } from "@/lib/errors";
import { nextStatus, type RotationProposalAction, type RotationProposalStatus } from "@/lib/domain/workflow/rotation-proposal";
import type { Prisma } from "@/lib/generated/prisma/client";
import { MIN_REJECTION_REASON, REJECTION_REASON_MESSAGE, returnSchema, type DecisionInput } from "@/lib/schemas/proposal";
import { recordAudit } from "@/lib/server/audit";
import { checkField } from "@/lib/server/field-check";
import type { Actor } from "@/lib/server/users";
import { assertCan, type Permission } from "@/lib/auth/permissions";
import { brokenConstraints } from "./constraints";
import { proposalContextForChange } from "./context";
import { doublyPlaced, listDoubles, roundHolders } from "./placement";

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

/** DRAFT → SUBMITTED (the Sekda): every participant has a move, no post is given twice and no move
 * breaks a constraint of the fit matrix (a post reserved for open selection, a tenure lock). */
export async function submitProposal(actor: Actor, roundId: string) {
  await db.$transaction(async (tx) => {
    const context = await proposalContextForChange(tx, actor, roundId, "proposal:submit");
    const moves = context.proposal?.moves ?? [];
    if (context.round.type === "OPEN_SELECTION") {
      if (moves.length === 0) throw new AppError("VALIDATION", "Siapkan tiga teratas per jabatan terlebih dahulu.");
      await transition(tx, actor, roundId, "proposal:submit", "SUBMIT", { submittedAt: new Date() });
      return;
    }
    const holders = await roundHolders(tx, roundId);
    const missing = holders.filter((p) => !moves.some((m) => m.participantId === p.id));
    if (missing.length > 0) throw new AppError("VALIDATION", `Tentukan usulan untuk setiap peserta: ${missing.map((p) => p.name).join(", ")}.`);
    const doubles = await doublyPlaced(tx, holders, moves);
    if (doubles.length > 0) throw new AppError("VALIDATION", `Satu jabatan diusulkan untuk lebih dari satu pejabat: ${listDoubles(doubles)}.`);
    const broken = await brokenConstraints(tx, roundId, context.snapshot.data, moves, holders);
    if (broken.length > 0) throw new AppError("VALIDATION", `Usulan melanggar batasan: ${broken.join("; ")}. Ubah usulan tersebut sebelum diajukan.`);
    await transition(tx, actor, roundId, "proposal:submit", "SUBMIT", { submittedAt: new Date() });
    await tx.proposedMove.updateMany({ where: { proposalId: context.proposal!.id }, data: { decision: "PENDING", decisionReason: null } });
  });
}

/** The head's decision on one move; a rejection needs a reason. */
export async function decideMove(actor: Actor, roundId: string, input: DecisionInput) {
  const reason = input.reason?.trim() || null;
  await db.$transaction(async (tx) => {
    const context = await proposalContextForChange(tx, actor, roundId, "proposal:decide");
    if (context.proposal?.status !== "SUBMITTED") throw new AppError("INVALID_STATE", "Keputusan hanya untuk usulan yang sedang diajukan.");
    const move = context.proposal.moves.find((m) => m.id === input.moveId);
    if (!move) throw notFound("Usulan pejabat");
    if (input.decision === "REJECTED" && (reason?.length ?? 0) < MIN_REJECTION_REASON) throw fieldError("reason", REJECTION_REASON_MESSAGE);
    let passedOver: string[] = [];
    if (move.kind === "APPOINT" && input.decision === "APPROVED") {
      // The head picks one of the top 3; passing over #1 needs a reason (DOMAIN.md "Ranking").
      if ((move.candidateRank ?? 1) > 1 && !reason) {
        throw new AppError("VALIDATION", "Periksa kembali isian yang ditandai.", { reason: ["Tuliskan alasan memilih calon selain peringkat 1."] });
      }
      passedOver = context.proposal.moves.filter((m) => m.targetPositionId === move.targetPositionId && m.id !== move.id).map((m) => m.id);
      await tx.proposedMove.updateMany({
        where: { id: { in: passedOver } },
        data: { decision: "REJECTED", decisionReason: "Tidak dipilih: kepala daerah memilih calon lain untuk jabatan ini." },
      });
    }
    await tx.proposedMove.update({ where: { id: move.id }, data: { decision: input.decision, decisionReason: reason } });
    await recordAudit(tx, actor, {
      action: "PROPOSAL_MOVE_DECIDE",
      entity: "ProposedMove",
      entityId: move.id,
      before: { decision: move.decision, decisionReason: move.decisionReason },
      // The other candidates for the post, rejected by this pick, are named in the same row.
      after: { decision: input.decision, ...(passedOver.length > 0 ? { rejectedOtherCandidates: passedOver } : {}) },
      reason,
    });
  });
}

/** SUBMITTED → APPROVED once every move has a decision and what the decisions leave in force puts
 * one official on each post (a rejected move keeps its official where they are); the proposal is
 * immutable afterwards. */
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
    } else {
      const doubles = await doublyPlaced(tx, await roundHolders(tx, roundId), moves, { rejectedStays: true });
      if (doubles.length > 0) {
        throw new AppError(
          "VALIDATION",
          `Keputusan ini menempatkan lebih dari satu pejabat pada jabatan ${listDoubles(doubles)}: pejabat yang usulannya ditolak tetap di jabatan sekarang. Ubah keputusan atas salah satu usulan itu, atau kembalikan usulan kepada Sekda.`,
        );
      }
    }
    await transition(tx, actor, roundId, "proposal:decide", "APPROVE", { decidedAt: new Date(), decidedById: actor.userId, headNotes: notes ?? null });
  });
}

/** SUBMITTED → RETURNED with the head's notes, which tell the Sekda what to rework. */
export async function returnProposal(actor: Actor, roundId: string, notes: string) {
  await db.$transaction(async (tx) => {
    assertCan(actor.role, "proposal:decide");
    const checked = checkField("notes", returnSchema.shape.notes, notes);
    await transition(tx, actor, roundId, "proposal:decide", "RETURN", { decidedAt: new Date(), decidedById: actor.userId, headNotes: checked }, checked);
  });
}

/** RETURNED → DRAFT for rework. The head's per-move decisions are cleared for the next review but
 * kept as the previous decision, so the Sekda reworks and the head re-reviews knowing what was
 * rejected and why; a move the head left undecided keeps its older previous decision. */
export async function reopenProposal(actor: Actor, roundId: string) {
  await db.$transaction(async (tx) => {
    const { proposal } = await transition(tx, actor, roundId, "proposal:draft", "REOPEN");
    // One statement copies each row's own decision (updateMany cannot read a column).
    await tx.$executeRaw`UPDATE "ProposedMove" SET "previousDecision" = "decision", "previousReason" = "decisionReason" WHERE "proposalId" = ${proposal.id} AND "decision" <> 'PENDING'`;
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
