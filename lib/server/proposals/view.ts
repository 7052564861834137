import "server-only";
import { db } from "@/lib/db";
import { can } from "@/lib/auth/permissions";
import { buildFitMatrix, proposalFit, suggestAssignment } from "@/lib/domain/fit";
import { isTenureLocked } from "@/lib/domain/eligibility";
import { toIsoDate } from "@/lib/iso-date";
import type { Actor } from "@/lib/server/users";
import { proposalContext } from "./context";
import { buildRoundFitInput, proposalPlacement } from "./fit-input";
import { doublyPlaced } from "./placement";

/** The proposal screen: participants in rank order with their move and the head's decision, the
 * posts to choose from, and the proposal's total fit beside the optimum's. */
export async function getProposalView(actor: Actor, roundId: string) {
  const context = await proposalContext(db, actor, roundId, "results:read");
  const { round, snapshot, proposal } = context;
  const participants = await db.participant.findMany({
    where: { roundId },
    select: { id: true, official: { select: { id: true, name: true, inauguratedOn: true } }, roundPosition: { select: { positionId: true, position: { select: { title: true } } } } },
  });
  const [jptPosts, administratorPosts] = await Promise.all([
    db.position.findMany({ where: { agencyId: actor.agencyId, grade: "JPT_PRATAMA" }, orderBy: { title: "asc" }, select: { id: true, title: true } }),
    db.position.findMany({ where: { agencyId: actor.agencyId, grade: "ADMINISTRATOR" }, orderBy: { title: "asc" }, select: { id: true, title: true } }),
  ]);
  const moves = proposal?.moves ?? [];
  const byParticipant = new Map(participants.map((p) => [p.id, p]));
  const candidates = new Set(moves.map((m) => m.participantId));
  const shown = round.type === "OPEN_SELECTION" ? snapshot.data.results.participants.filter((r) => candidates.has(r.id)) : snapshot.data.results.participants;
  // Shown beside each move concerned while drafting, not only when "Ajukan" refuses it.
  const doubles = round.type === "JOB_FIT" && moves.length > 0
    ? await doublyPlaced(db, participants.map((p) => ({ id: p.id, name: p.official.name, currentPostId: p.roundPosition?.positionId ?? null })), moves)
    : [];
  const placementConflict = (participantId: string) => {
    const double = doubles.find((d) => d.participantIds.includes(participantId));
    if (!double) return null;
    const others = double.names.filter((_, i) => double.participantIds[i] !== participantId);
    return `Jabatan ${double.post} juga diusulkan untuk ${others.join(" dan ")}.`;
  };
  const rows = shown.map((r) => {
    const p = byParticipant.get(r.id)!;
    const inaugurated = p.official.inauguratedOn ? toIsoDate(p.official.inauguratedOn) : null;
    return {
      participantId: r.id,
      name: r.name,
      nip: r.nip,
      rank: r.rank,
      composite: r.compositeRounded,
      jpm: r.jpmRounded,
      nineBox: r.nineBox,
      currentPostId: p.roundPosition?.positionId ?? null,
      currentPost: p.roundPosition?.position.title ?? null,
      tenureLocked: isTenureLocked(inaugurated, snapshot.data.referenceDate),
      move: moves.find((m) => m.participantId === r.id) ?? null,
      placementConflict: placementConflict(r.id),
    };
  });

  let lockConflicts: { post: string; names: string[] }[] = [];
  let fit: { optimum: { total: number; assigned: number }; proposal: { total: number; assigned: number; forbidden: number; conflicts: number } } | null = null;
  if (round.type === "JOB_FIT") {
    const built = await buildRoundFitInput(db, roundId, snapshot.data, moves);
    const { input, participantOf } = built;
    lockConflicts = built.lockConflicts.map((c) => ({ post: c.post, names: c.names }));
    const optimum = suggestAssignment(input);
    const current = proposalFit(buildFitMatrix(input), input, proposalPlacement(input, participantOf, moves));
    fit = {
      optimum: { total: optimum.total, assigned: optimum.assigned },
      proposal: { total: current.total, assigned: current.assigned, forbidden: current.forbidden.length, conflicts: current.conflicts.length },
    };
  }
  const status = proposal?.status ?? "DRAFT";
  return {
    round: { id: round.id, name: round.name, type: round.type },
    snapshotNumber: snapshot.number,
    proposal: proposal
      ? { id: proposal.id, status: proposal.status, headNotes: proposal.headNotes, createdBy: proposal.createdBy.name, decidedBy: proposal.decidedBy?.name ?? null, submittedAt: proposal.submittedAt?.toISOString() ?? null, decidedAt: proposal.decidedAt?.toISOString() ?? null }
      : null,
    rows,
    jptPosts,
    administratorPosts,
    fit,
    /** Posts locked for more than one official (stored before saveMove refused it): the Sekda unlocks one. */
    lockConflicts,
    can: {
      draft: can(actor.role, "proposal:draft") && status === "DRAFT" && round.type === "JOB_FIT",
      prepareTopThree: can(actor.role, "proposal:draft") && status === "DRAFT" && round.type === "OPEN_SELECTION",
      approveAllPending: round.type === "JOB_FIT",
      submit: can(actor.role, "proposal:submit") && status === "DRAFT" && moves.length > 0,
      decide: can(actor.role, "proposal:decide") && status === "SUBMITTED",
      reopen: can(actor.role, "proposal:draft") && status === "RETURNED",
    },
  };
}

export type ProposalView = Awaited<ReturnType<typeof getProposalView>>;
