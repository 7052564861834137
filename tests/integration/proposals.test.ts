import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { assignmentTotal, optimalAssignment } from "@/lib/domain/assignment";
import { buildFitMatrix, suggestAssignment } from "@/lib/domain/fit";
import { createOrgUnit, createPosition } from "@/tests/factories/master-data";
import { buildFinalisedRound, moveInput } from "@/tests/factories/proposal";
import { saveMove, suggestMoves } from "@/lib/server/proposals/draft";
import { proposalContext } from "@/lib/server/proposals/context";
import { buildRoundFitInput } from "@/lib/server/proposals/fit-input";
import { getProposalView } from "@/lib/server/proposals/view";
import { approvePendingMoves, approveProposal, decideMove, reopenProposal, returnProposal, submitProposal } from "@/lib/server/proposals/workflow";
import { correctResults } from "@/lib/server/results/finalise";

const finalisedRound = (participants?: number) => buildFinalisedRound(db, participants);

describe("rotation proposal", () => {
  it("moves a tenure-locked official only with an exception reason", async () => {
    const world = await finalisedRound(2);
    const participant = await db.participant.findFirstOrThrow({ where: { id: world.participantIds[0] }, select: { officialId: true } });
    await db.official.update({ where: { id: participant.officialId }, data: { inauguratedOn: new Date("2025-06-01T00:00:00Z") } }); // under 2 years on 2026-11-02
    const otherPost = (await db.participant.findFirstOrThrow({ where: { id: world.participantIds[1] }, select: { roundPosition: { select: { positionId: true } } } })).roundPosition!.positionId;
    const move = moveInput(world.participantIds[0]!, { kind: "ROTATE", targetPositionId: otherPost });
    await expect(saveMove(world.sekda, world.round.id, move)).rejects.toMatchObject({ fieldErrors: { tenureExceptionReason: [expect.stringContaining("belum 2 tahun")] } });
    await expect(saveMove(world.sekda, world.round.id, { ...move, tenureExceptionReason: "Persetujuan tertulis Mendagri No. 100.2.2.6/999" })).resolves.toMatchObject({ id: expect.any(String) });
  });

  it("treats an inauguration after the reference date as tenure-locked instead of failing", async () => {
    const world = await finalisedRound(2);
    const participant = await db.participant.findFirstOrThrow({ where: { id: world.participantIds[0] }, select: { officialId: true } });
    await db.official.update({ where: { id: participant.officialId }, data: { inauguratedOn: new Date("2027-01-02T00:00:00Z") } });
    const view = await getProposalView(world.sekda, world.round.id);
    expect(view.rows.find((r) => r.participantId === world.participantIds[0])).toMatchObject({ tenureLocked: true });
    await expect(suggestMoves(world.sekda, world.round.id)).resolves.toMatchObject({ assigned: expect.any(Number) });
  });

  it("suggests only allowed cells, with the optimum's total, and keeps a locked move", async () => {
    const world = await finalisedRound(4);
    // The first participant is tenure-locked: it may only stay; the Sekda locks the second to stay.
    const first = await db.participant.findFirstOrThrow({ where: { id: world.participantIds[0] }, select: { officialId: true } });
    await db.official.update({ where: { id: first.officialId }, data: { inauguratedOn: new Date("2025-06-01T00:00:00Z") } });
    await saveMove(world.sekda, world.round.id, moveInput(world.participantIds[1]!, { rationale: "Dipertahankan", locked: true }));
    // A post reserved for open selection that fits every official best: the round's own posts ask
    // for an education field nobody has, this one for the officials' own field.
    const roundPosts = await db.roundPosition.findMany({ where: { roundId: world.round.id }, select: { positionId: true, position: { select: { orgUnitId: true } } } });
    await db.position.updateMany({ where: { id: { in: roundPosts.map((rp) => rp.positionId) } }, data: { requiredEducationFields: ["Ilmu Hukum"] } });
    const reserved = await createPosition(db, { agencyId: world.agency.id, orgUnitId: roundPosts[0]!.position.orgUnitId, requiredEducationFields: ["Administrasi Publik"] });
    const reservedRound = await db.roundPosition.create({ data: { roundId: world.round.id, positionId: reserved.id, reservedForOpenSelection: true } });
    const { total } = await suggestMoves(world.sekda, world.round.id);

    const context = await proposalContext(db, world.sekda, world.round.id, "proposal:draft");
    const moves = context.proposal!.moves;
    const { input, participantOf } = await buildRoundFitInput(db, world.round.id, context.snapshot.data, moves);
    const { matrix } = buildFitMatrix(input);
    expect(total).toBeCloseTo(assignmentTotal(matrix, optimalAssignment(matrix)), 9);
    const reservedColumn = input.posts.findIndex((p) => p.id === reserved.id);
    expect(reservedColumn).toBeGreaterThanOrEqual(0);
    expect(matrix.map((row) => row[reservedColumn])).toEqual(input.officials.map(() => null));
    for (const [i, official] of input.officials.entries()) {
      const move = moves.find((m) => m.participantId === participantOf.get(official.id))!;
      const post = move.kind === "STAY" ? official.currentPostId : move.targetPositionId;
      const j = input.posts.findIndex((p) => p.id === post);
      expect(j, `official ${i} placed outside the round's posts`).toBeGreaterThanOrEqual(0);
      expect(typeof matrix[i]![j], `official ${i} placed on a forbidden cell`).toBe("number");
    }
    expect(moves.filter((m) => m.targetPositionId === reserved.id)).toEqual([]);
    // The exclusion is what keeps the free officials off it: unreserved, the optimum takes it.
    await db.roundPosition.update({ where: { id: reservedRound.id }, data: { reservedForOpenSelection: false } });
    const unreserved = await buildRoundFitInput(db, world.round.id, context.snapshot.data, moves);
    expect(Object.values(suggestAssignment(unreserved.input).suggestion)).toContain(reserved.id);
    await db.roundPosition.update({ where: { id: reservedRound.id }, data: { reservedForOpenSelection: true } });
    expect(moves.find((m) => m.participantId === world.participantIds[0])!.kind).toBe("STAY");
    expect(moves.find((m) => m.participantId === world.participantIds[1])).toMatchObject({ kind: "STAY", locked: true, rationale: "Dipertahankan" });
    const view = await getProposalView(world.sekda, world.round.id);
    expect(view.fit!.proposal.total).toBeCloseTo(view.fit!.optimum.total, 9);
  });

  it("gives exactly one transition for two concurrent approvals", async () => {
    const world = await finalisedRound(2);
    await suggestMoves(world.sekda, world.round.id);
    await submitProposal(world.sekda, world.round.id);
    await approvePendingMoves(world.head, world.round.id);
    const results = await Promise.allSettled([approveProposal(world.head, world.round.id), approveProposal(world.head, world.round.id)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const proposal = await db.rotationProposal.findFirstOrThrow({ where: { roundId: world.round.id } });
    expect(await db.auditEvent.count({ where: { action: "PROPOSAL_APPROVE", entityId: proposal.id } })).toBe(1);
    // An approved proposal is immutable.
    await expect(returnProposal(world.head, world.round.id, "Terlambat dikembalikan")).rejects.toMatchObject({ code: "INVALID_STATE" });
    await expect(saveMove(world.sekda, world.round.id, moveInput(world.participantIds[0]!))).rejects.toMatchObject({ code: "INVALID_STATE" });
  });

  it("lets only the head decide, needs a reason to reject, and returns to the Sekda with notes", async () => {
    const world = await finalisedRound(2);
    await suggestMoves(world.bkd, world.round.id); // the BKD may draft
    await expect(submitProposal(world.bkd, world.round.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await submitProposal(world.sekda, world.round.id);
    const view = await getProposalView(world.head, world.round.id);
    const moveId = view.rows[0]!.move!.id;
    await expect(decideMove(world.sekda, world.round.id, { moveId, decision: "REJECTED", reason: "Tidak setuju" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(approveProposal(world.head, world.round.id)).rejects.toThrow("belum diputuskan");
    await decideMove(world.head, world.round.id, { moveId, decision: "REJECTED", reason: "Perlu evaluasi kinerja 6 bulan" });
    await returnProposal(world.head, world.round.id, "Mohon kaji ulang penempatan Biro Hukum");
    const returned = await getProposalView(world.sekda, world.round.id);
    expect(returned.proposal).toMatchObject({ status: "RETURNED", headNotes: "Mohon kaji ulang penempatan Biro Hukum" });
    expect(returned.rows[0]!.move).toMatchObject({ decision: "REJECTED", decisionReason: "Perlu evaluasi kinerja 6 bulan" });
    expect(returned.can.reopen).toBe(true);
  });

  it("keeps the head's earlier decision and reason on each move when a returned proposal is reopened", async () => {
    const world = await finalisedRound(2);
    await suggestMoves(world.sekda, world.round.id);
    await submitProposal(world.sekda, world.round.id);
    const [rejected, approved] = (await getProposalView(world.head, world.round.id)).rows.map((r) => r.move!.id);
    await decideMove(world.head, world.round.id, { moveId: rejected!, decision: "REJECTED", reason: "Perlu evaluasi kinerja 6 bulan" });
    await decideMove(world.head, world.round.id, { moveId: approved!, decision: "APPROVED" });
    await returnProposal(world.head, world.round.id, "Mohon kaji ulang");
    const auditBefore = await db.auditEvent.count();
    await reopenProposal(world.sekda, world.round.id);
    expect(await db.auditEvent.count()).toBe(auditBefore + 1);
    const move = (view: Awaited<ReturnType<typeof getProposalView>>, id: string) => view.rows.find((r) => r.move?.id === id)!.move;
    const draft = await getProposalView(world.sekda, world.round.id);
    expect(move(draft, rejected!)).toMatchObject({ decision: "PENDING", decisionReason: null, previousDecision: "REJECTED", previousReason: "Perlu evaluasi kinerja 6 bulan" });
    expect(move(draft, approved!)).toMatchObject({ decision: "PENDING", previousDecision: "APPROVED", previousReason: null });
    // The head's next review still shows it.
    await submitProposal(world.sekda, world.round.id);
    expect(move(await getProposalView(world.head, world.round.id), rejected!)).toMatchObject({ decision: "PENDING", previousDecision: "REJECTED", previousReason: "Perlu evaluasi kinerja 6 bulan" });
  });

  it("creates one proposal when two first edits arrive at once", async () => {
    const world = await finalisedRound(2);
    const stay = (participantId: string) => saveMove(world.sekda, world.round.id, moveInput(participantId, { rationale: "Dipertahankan" }));
    const results = await Promise.allSettled(world.participantIds.map(stay));
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    const proposals = await db.rotationProposal.findMany({ where: { roundId: world.round.id }, select: { _count: { select: { moves: true } } } });
    expect(proposals).toEqual([{ _count: { moves: 2 } }]);
  });

  it("keeps only an echelon-III post of the agency as the target of a move down", async () => {
    const world = await finalisedRound(2);
    const jptPost = (await db.participant.findFirstOrThrow({ where: { id: world.participantIds[1] }, select: { roundPosition: { select: { positionId: true } } } })).roundPosition!.positionId;
    const unit = await createOrgUnit(db, { agencyId: world.agency.id });
    const administrator = await createPosition(db, { agencyId: world.agency.id, orgUnitId: unit.id, grade: "ADMINISTRATOR", title: "Sekretaris Dinas Uji" });
    const down = moveInput(world.participantIds[0]!, { kind: "MOVE_DOWN", rationale: "Kinerja di bawah ekspektasi dua tahun berturut-turut" });
    await expect(saveMove(world.sekda, world.round.id, { ...down, targetPositionId: jptPost })).rejects.toMatchObject({ fieldErrors: { targetPositionId: [expect.stringContaining("administrator")] } });
    await saveMove(world.sekda, world.round.id, { ...down, targetPositionId: administrator.id });
    expect(await db.proposedMove.findFirstOrThrow({ where: { participantId: down.participantId } })).toMatchObject({ kind: "MOVE_DOWN", targetPositionId: administrator.id });
  });

  it("refuses a results correction while the head is deciding, and allows it after a return", async () => {
    const world = await finalisedRound(2);
    await suggestMoves(world.sekda, world.round.id);
    await submitProposal(world.sekda, world.round.id);
    await expect(correctResults(world.bkd, world.round.id, "Koreksi nilai kinerja")).rejects.toThrow("sedang diputuskan kepala daerah");
    expect(await db.resultSnapshot.count({ where: { roundId: world.round.id } })).toBe(1);
    await returnProposal(world.head, world.round.id, "Mohon koreksi data kinerja dahulu");
    await expect(correctResults(world.bkd, world.round.id, "Koreksi nilai kinerja")).resolves.toMatchObject({ number: 2 });
  });

  it("keeps panel members out of proposals", async () => {
    const world = await finalisedRound(1);
    await expect(getProposalView(world.panel[0]!.actor, world.round.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
