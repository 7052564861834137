import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { suggestMoves } from "@/lib/server/proposals/draft";
import { getProposalView } from "@/lib/server/proposals/view";
import { approveProposal, decideMove, submitProposal } from "@/lib/server/proposals/workflow";
import { finaliseRound } from "@/lib/server/results/finalise";
import { actorFor } from "@/tests/factories/actor";
import { createUser } from "@/tests/factories/master-data";
import { buildScoringRound, completeRoundData } from "@/tests/factories/panel";

/** Five applicants for one post of an open selection, finalised. */
async function finalisedOpenSelection() {
  const world = await buildScoringRound(db, { members: 1, participants: 5 });
  const post = await db.roundPosition.findFirstOrThrow({ where: { roundId: world.round.id, participants: { some: { id: world.participantIds[0] } } } });
  await db.round.update({ where: { id: world.round.id }, data: { type: "OPEN_SELECTION" } });
  await db.participant.updateMany({ where: { roundId: world.round.id }, data: { roundPositionId: post.id } });
  await completeRoundData(db, world, (p) => 60 + p * 5); // the later applicant scores higher
  await finaliseRound(world.bkd, world.round.id);
  const head = actorFor(await createUser(db, { agencyId: world.agency.id, role: "HEAD" }), world.agency);
  return { ...world, head };
}

describe("open selection: the head picks one of the top 3", () => {
  it("sends the top 3 per post and needs a reason to pass over #1", async () => {
    const world = await finalisedOpenSelection();
    const auditRows = () => db.auditEvent.count({ where: { agencyId: world.agency.id } });
    const before = await auditRows();
    await suggestMoves(world.sekda, world.round.id);
    // Creating the proposal and filling it is one change with one audit row.
    expect(await auditRows()).toBe(before + 1);
    await submitProposal(world.sekda, world.round.id);
    const view = await getProposalView(world.head, world.round.id);
    expect(view.rows.map((r) => [r.rank, r.move?.candidateRank])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    const second = view.rows[1]!.move!;
    await expect(decideMove(world.head, world.round.id, { moveId: second.id, decision: "APPROVED", reason: undefined })).rejects.toMatchObject({
      fieldErrors: { reason: ["Tuliskan alasan memilih calon selain peringkat 1."] },
    });
    await decideMove(world.head, world.round.id, { moveId: second.id, decision: "APPROVED", reason: "Pengalaman di bidang keuangan daerah lebih relevan" });
    const decided = await getProposalView(world.head, world.round.id);
    expect(decided.rows.map((r) => r.move?.decision)).toEqual(["REJECTED", "APPROVED", "REJECTED"]);
    // The two candidates rejected by the pick are named in the decision's one audit row.
    const audit = await db.auditEvent.findMany({ where: { action: "PROPOSAL_MOVE_DECIDE", entityId: second.id } });
    expect(audit).toHaveLength(1);
    expect((audit[0]!.after as { rejectedOtherCandidates: string[] }).rejectedOtherCandidates.sort()).toEqual([view.rows[0]!.move!.id, view.rows[2]!.move!.id].sort());
    await approveProposal(world.head, world.round.id);
    expect((await getProposalView(world.sekda, world.round.id)).proposal?.status).toBe("APPROVED");
  });
});
