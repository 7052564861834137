import "server-only";
import { db } from "@/lib/db";
import { AppError, fieldError, notFound } from "@/lib/errors";
import { suggestAssignment } from "@/lib/domain/fit";
import { isTenureLocked } from "@/lib/domain/eligibility";
import { placedPost } from "@/lib/domain/proposal-placement";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toIsoDate } from "@/lib/iso-date";
import { MIN_TENURE_EXCEPTION_REASON, moveSchema, TENURE_EXCEPTION_REASON_MESSAGE, type MoveInput } from "@/lib/schemas/proposal";
import { recordAudit } from "@/lib/server/audit";
import { FieldErrors } from "@/lib/server/field-check";
import type { Actor } from "@/lib/server/users";
import { proposalContextForChange, type ProposalContext } from "./context";
import { buildRoundFitInput } from "./fit-input";
import { listDoubles } from "./placement";

type Tx = Prisma.TransactionClient;

/** The DRAFT proposal to edit, created on the first edit; a submitted or approved one is locked.
 * A creation is not audited on its own: one change, one audit row, so the edit that creates the
 * proposal records it (`created`) in its own row. */
async function draftProposal(tx: Tx, actor: Actor, context: ProposalContext) {
  if (!context.proposal) {
    const created = await tx.rotationProposal.create({ data: { roundId: context.round.id, createdById: actor.userId }, select: { id: true } });
    return { id: created.id, created: { roundId: context.round.id } };
  }
  if (context.proposal.status !== "DRAFT") throw new AppError("INVALID_STATE", "Usulan hanya dapat diubah saat berstatus draf.");
  return { id: context.proposal.id, created: undefined };
}

/** Sets one participant's proposed move. A tenure-locked official (under 2 years in the post,
 * UU 5/2014 art. 116) moves only with a recorded exception reason. */
export async function saveMove(actor: Actor, roundId: string, input: MoveInput) {
  return db.$transaction(async (tx) => {
    const context = await proposalContextForChange(tx, actor, roundId, "proposal:draft");
    if (context.round.type !== "JOB_FIT") throw new AppError("INVALID_STATE", "Usulan seleksi terbuka berisi tiga teratas per jabatan menurut peringkat; kepala daerah memilih.");
    // Every field's error in one pass: the form shows them all beside their fields at once.
    const errors = new FieldErrors();
    const rationale = errors.check("rationale", moveSchema.shape.rationale, input.rationale);
    const proposal = await draftProposal(tx, actor, context);
    const participant = await tx.participant.findFirst({
      where: { id: input.participantId, roundId },
      select: { id: true, official: { select: { inauguratedOn: true } }, roundPosition: { select: { positionId: true } } },
    });
    if (!participant) throw notFound("Peserta");
    const own = participant.roundPosition?.positionId ?? null;
    if (input.kind === "APPOINT") errors.add("kind", "Pengangkatan hanya untuk seleksi terbuka.");
    let targetPositionId: string | null = null;
    if (input.kind === "ROTATE") {
      const target = input.targetPositionId ? await tx.position.findFirst({ where: { id: input.targetPositionId, agencyId: actor.agencyId, grade: "JPT_PRATAMA" }, select: { id: true } }) : null;
      if (!target) errors.add("targetPositionId", "Pilih jabatan JPT Pratama tujuan rotasi.");
      else if (target.id === own) errors.add("targetPositionId", "Jabatan tujuan sama dengan jabatan sekarang; pilih \"Tetap\".");
      else targetPositionId = target.id;
    }
    if (input.kind === "MOVE_DOWN") {
      // Only an echelon-III post of this agency is kept as the target; otherwise the named title.
      const target = input.targetPositionId ? await tx.position.findFirst({ where: { id: input.targetPositionId, agencyId: actor.agencyId, grade: "ADMINISTRATOR" }, select: { id: true } }) : null;
      if (input.targetPositionId && !target) errors.add("targetPositionId", "Pilih jabatan administrator (eselon III) instansi ini.");
      else if (!target && !input.targetTitle) errors.add("targetTitle", "Sebutkan jabatan administrator (eselon III) tujuan penurunan.");
      targetPositionId = target?.id ?? null;
    }
    const locked = isTenureLocked(participant.official.inauguratedOn && toIsoDate(participant.official.inauguratedOn), context.snapshot.data.referenceDate);
    // Trimmed here as well as in the form: a blank reason saved by another caller would pass this
    // check and then block submitting (constraints.ts trims) with a message about another field.
    const exceptionReason = input.tenureExceptionReason?.trim() || null;
    if (locked && input.kind !== "STAY" && (exceptionReason?.length ?? 0) < MIN_TENURE_EXCEPTION_REASON) {
      errors.add("tenureExceptionReason", TENURE_EXCEPTION_REASON_MESSAGE);
    }
    errors.throwIfAny();
    if (input.locked) await assertPostFreeOfLocks(tx, proposal.id, participant.id, placedPost({ kind: input.kind, targetPositionId }, own), input.kind === "STAY" ? "kind" : "targetPositionId");
    const data = {
      kind: input.kind,
      targetPositionId,
      targetTitle: input.kind === "MOVE_DOWN" ? (input.targetTitle ?? null) : null,
      rationale: rationale!,
      locked: input.locked,
      tenureExceptionReason: input.kind === "STAY" ? null : exceptionReason,
    };
    const before = await tx.proposedMove.findUnique({ where: { proposalId_participantId: { proposalId: proposal.id, participantId: participant.id } } });
    const move = await tx.proposedMove.upsert({
      where: { proposalId_participantId: { proposalId: proposal.id, participantId: participant.id } },
      create: { proposalId: proposal.id, participantId: participant.id, ...data },
      update: data,
      select: { id: true },
    });
    await recordAudit(tx, actor, { action: "PROPOSAL_MOVE_SAVE", entity: "ProposedMove", entityId: move.id, before, after: { proposalId: proposal.id, participantId: participant.id, ...data, created: proposal.created }, reason: data.tenureExceptionReason });
    return move;
  });
}

/** A locked move fixes its official on a post for every later suggestion, so two locks on one post
 * could never both hold: refuse the second, beside the field that names the post. */
async function assertPostFreeOfLocks(tx: Tx, proposalId: string, participantId: string, postId: string | null, field: "kind" | "targetPositionId") {
  if (!postId) return;
  const other = await tx.proposedMove.findFirst({
    where: { proposalId, locked: true, participantId: { not: participantId }, OR: [{ kind: "ROTATE", targetPositionId: postId }, { kind: "STAY", participant: { roundPosition: { positionId: postId } } }] },
    select: { kind: true, participant: { select: { official: { select: { name: true } } } } },
  });
  if (!other) return;
  const how = other.kind === "STAY" ? "tetap di jabatan ini" : "rotasi ke jabatan ini";
  throw fieldError(field, `Jabatan ini sudah dikunci untuk ${other.participant.official.name} (${how}). Buka kunci usulan itu terlebih dahulu, atau simpan usulan ini tanpa dikunci.`);
}

/**
 * "Suggest": runs the optimal assignment (lib/domain/fit.ts) over the round's posts and writes it
 * into every move the Sekda has not locked; locked moves, posts reserved for open selection and
 * tenure locks constrain it. The head still decides each move.
 */
export async function suggestMoves(actor: Actor, roundId: string) {
  return db.$transaction(async (tx) => {
    const context = await proposalContextForChange(tx, actor, roundId, "proposal:draft");
    const proposal = await draftProposal(tx, actor, context);
    if (context.round.type === "OPEN_SELECTION") return topThreePerPost(tx, actor, context, proposal);
    const moves = await tx.proposedMove.findMany({ where: { proposalId: proposal.id }, select: { participantId: true, kind: true, targetPositionId: true, locked: true, tenureExceptionReason: true } });
    const { input, participantOf, lockConflicts } = await buildRoundFitInput(tx, roundId, context.snapshot.data, moves);
    if (lockConflicts.length > 0) throw new AppError("VALIDATION", `Jabatan berikut dikunci untuk lebih dari satu pejabat: ${listDoubles(lockConflicts)}. Buka kunci salah satunya sebelum meminta saran.`);
    const suggestion = suggestAssignment(input);
    const locked = new Set(moves.filter((m) => m.locked).map((m) => m.participantId));
    for (const [i, official] of input.officials.entries()) {
      const participantId = participantOf.get(official.id)!;
      if (locked.has(participantId)) continue;
      const target = suggestion.suggestion[official.id] ?? null;
      const column = target ? input.posts.findIndex((p) => p.id === target) : -1;
      const fit = column >= 0 ? suggestion.matrix[i]![column] : null;
      const kind = target === null || target === official.currentPostId ? ("STAY" as const) : ("ROTATE" as const);
      const rationale = target === null ? "Saran optimal: tidak ada jabatan dalam putaran yang dapat ditempati; tentukan secara manual." : `Saran optimal: kecocokan ${fit?.toLocaleString("id-ID")} dengan jabatan ini.`;
      const data = { kind, targetPositionId: kind === "ROTATE" ? target : null, targetTitle: null, rationale, locked: false };
      await tx.proposedMove.upsert({
        where: { proposalId_participantId: { proposalId: proposal.id, participantId } },
        create: { proposalId: proposal.id, participantId, ...data },
        update: data,
      });
    }
    await recordAudit(tx, actor, { action: "PROPOSAL_SUGGEST", entity: "RotationProposal", entityId: proposal.id, after: { created: proposal.created, suggestion: suggestion.suggestion, total: suggestion.total, assigned: suggestion.assigned } });
    return { total: suggestion.total, assigned: suggestion.assigned };
  }, { timeout: 60_000 });
}

/** Open selection (DOMAIN.md "Ranking"): per post, the first TOP_CANDIDATES_PER_POST ranked
 * applicants go to the head as candidates to appoint, in rank order. */
async function topThreePerPost(tx: Tx, actor: Actor, context: ProposalContext, { id: proposalId, created }: Awaited<ReturnType<typeof draftProposal>>) {
  const { topByPost } = context.snapshot.data.results;
  await tx.proposedMove.deleteMany({ where: { proposalId } });
  const data = Object.entries(topByPost).flatMap(([postId, ids]) =>
    ids.map((participantId, index) => ({ proposalId, participantId, kind: "APPOINT" as const, targetPositionId: postId, candidateRank: index + 1, rationale: `Peringkat ${index + 1} untuk jabatan ini.` })),
  );
  await tx.proposedMove.createMany({ data });
  await recordAudit(tx, actor, { action: "PROPOSAL_TOP_CANDIDATES", entity: "RotationProposal", entityId: proposalId, after: { created, topByPost } });
  return { total: 0, assigned: data.length };
}
