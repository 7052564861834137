import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { moveFormSchema, moveSchema } from "@/lib/schemas/proposal";
import { saveMove, suggestMoves } from "@/lib/server/proposals/draft";
import { getProposalView } from "@/lib/server/proposals/view";
import { approvePendingMoves, approveProposal, decideMove, reopenProposal, returnProposal, submitProposal } from "@/lib/server/proposals/workflow";
import { correctResults } from "@/lib/server/results/finalise";
import { createPosition } from "@/tests/factories/master-data";
import { buildFinalisedRound, moveInput, postOf } from "@/tests/factories/proposal";

const nameOf = async (participantId: string) => (await db.participant.findUniqueOrThrow({ where: { id: participantId }, select: { official: { select: { name: true } } } })).official.name;
const statusOf = async (roundId: string) => (await db.rotationProposal.findFirstOrThrow({ where: { roundId }, select: { status: true } })).status;
const moveOf = (participantId: string) => db.proposedMove.findFirst({ where: { participantId } });

describe("rotation proposal: one official per post", () => {
  it("refuses a locked move onto a post another locked move already takes, beside the field", async () => {
    const world = await buildFinalisedRound(db, 2);
    const [a, b] = world.participantIds as [string, string];
    const postB = await postOf(db, b);
    await saveMove(world.sekda, world.round.id, moveInput(b, { locked: true }));
    await expect(saveMove(world.sekda, world.round.id, moveInput(a, { kind: "ROTATE", targetPositionId: postB.id, locked: true }))).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { targetPositionId: [expect.stringContaining(await nameOf(b))] },
    });
    expect(await moveOf(a)).toBeNull();
    // Unlocked, the move is kept (the fit display reports it and submitting refuses it).
    await saveMove(world.sekda, world.round.id, moveInput(a, { kind: "ROTATE", targetPositionId: postB.id }));
    expect(await moveOf(a)).toMatchObject({ kind: "ROTATE", targetPositionId: postB.id, locked: false });
  });

  it("refuses locking an official to stay on a post another locked move rotates into", async () => {
    const world = await buildFinalisedRound(db, 2);
    const [a, b] = world.participantIds as [string, string];
    const postB = await postOf(db, b);
    await saveMove(world.sekda, world.round.id, moveInput(a, { kind: "ROTATE", targetPositionId: postB.id, locked: true }));
    await expect(saveMove(world.sekda, world.round.id, moveInput(b, { locked: true }))).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { kind: [expect.stringContaining(await nameOf(a))] },
    });
    expect(await moveOf(b)).toBeNull();
  });

  it("shows, rather than crashes on, two locked moves onto one post already stored", async () => {
    const world = await buildFinalisedRound(db, 2);
    const [a, b] = world.participantIds as [string, string];
    const postB = await postOf(db, b);
    await saveMove(world.sekda, world.round.id, moveInput(b, { locked: true }));
    const proposal = await db.rotationProposal.findFirstOrThrow({ where: { roundId: world.round.id } });
    // As stored before saveMove refused it.
    await db.proposedMove.create({ data: { proposalId: proposal.id, participantId: a, kind: "ROTATE", targetPositionId: postB.id, rationale: "Rotasi", locked: true } });

    const view = await getProposalView(world.sekda, world.round.id);
    expect(view.lockConflicts).toEqual([{ post: postB.title, names: expect.arrayContaining([await nameOf(a), await nameOf(b)]) }]);
    expect(view.can.draft).toBe(true);
    await expect(suggestMoves(world.sekda, world.round.id)).rejects.toMatchObject({ code: "VALIDATION", message: expect.stringContaining(postB.title) });
    await expect(submitProposal(world.sekda, world.round.id)).rejects.toMatchObject({ code: "VALIDATION", message: expect.stringContaining(postB.title) });
    // The Sekda can unlock one of them and carry on.
    await saveMove(world.sekda, world.round.id, moveInput(a, { kind: "ROTATE", targetPositionId: postB.id, locked: false }));
    expect((await getProposalView(world.sekda, world.round.id)).lockConflicts).toEqual([]);
    await expect(suggestMoves(world.sekda, world.round.id)).resolves.toMatchObject({ assigned: expect.any(Number) });
  });

  it("refuses an approval whose rejections leave two officials on one post", async () => {
    const world = await buildFinalisedRound(db, 2);
    const [a, b] = world.participantIds as [string, string];
    const [postA, postB] = [await postOf(db, a), await postOf(db, b)];
    // A swap: the head rejects B's rotation away from B's post but approves A's rotation into it.
    await saveMove(world.sekda, world.round.id, moveInput(a, { kind: "ROTATE", targetPositionId: postB.id }));
    await saveMove(world.sekda, world.round.id, moveInput(b, { kind: "ROTATE", targetPositionId: postA.id }));
    await submitProposal(world.sekda, world.round.id);
    const moveA = (await moveOf(a))!;
    const moveB = (await moveOf(b))!;
    await decideMove(world.head, world.round.id, { moveId: moveB.id, decision: "REJECTED", reason: "Tetap di jabatan sekarang" });
    await decideMove(world.head, world.round.id, { moveId: moveA.id, decision: "APPROVED", reason: undefined });
    await expect(approveProposal(world.head, world.round.id)).rejects.toMatchObject({ code: "VALIDATION", message: expect.stringContaining(postB.title) });
    expect(await statusOf(world.round.id)).toBe("SUBMITTED");

    await decideMove(world.head, world.round.id, { moveId: moveA.id, decision: "REJECTED", reason: "Keduanya tetap di jabatan sekarang" });
    await approveProposal(world.head, world.round.id);
    expect(await statusOf(world.round.id)).toBe("APPROVED");
  });
});

describe("rotation proposal: submitting refuses a move that breaks a constraint", () => {
  it("refuses a manual rotation into a post reserved for open selection, naming the official", async () => {
    const world = await buildFinalisedRound(db, 2);
    const [a, b] = world.participantIds as [string, string];
    const unit = await db.position.findFirstOrThrow({ where: { id: (await postOf(db, a)).id }, select: { orgUnitId: true } });
    const reserved = await createPosition(db, { agencyId: world.agency.id, orgUnitId: unit.orgUnitId });
    await db.roundPosition.create({ data: { roundId: world.round.id, positionId: reserved.id, reservedForOpenSelection: true } });
    await saveMove(world.sekda, world.round.id, moveInput(a, { kind: "ROTATE", targetPositionId: reserved.id }));
    await saveMove(world.sekda, world.round.id, moveInput(b));
    await expect(submitProposal(world.sekda, world.round.id)).rejects.toMatchObject({ code: "VALIDATION", message: expect.stringMatching(new RegExp(`${await nameOf(a)}.*seleksi terbuka`)) });
    expect(await statusOf(world.round.id)).toBe("DRAFT");
  });

  it("refuses moving an official who is now tenure-locked without an exception reason", async () => {
    const world = await buildFinalisedRound(db, 2);
    const [a, b] = world.participantIds as [string, string];
    await saveMove(world.sekda, world.round.id, moveInput(a, { kind: "MOVE_DOWN", targetTitle: "Kepala Bidang Uji" }));
    await saveMove(world.sekda, world.round.id, moveInput(b, { kind: "ROTATE", targetPositionId: (await postOf(db, a)).id }));
    // The BKD corrects B's inauguration date afterwards: under 2 years on the reference date.
    const official = await db.participant.findUniqueOrThrow({ where: { id: b }, select: { officialId: true } });
    await db.official.update({ where: { id: official.officialId }, data: { inauguratedOn: new Date("2025-06-01T00:00:00Z") } });
    await expect(submitProposal(world.sekda, world.round.id)).rejects.toMatchObject({ code: "VALIDATION", message: expect.stringMatching(new RegExp(`${await nameOf(b)}.*2 tahun`)) });
    expect(await statusOf(world.round.id)).toBe("DRAFT");
  });
});

describe("rotation proposal: rules the service enforces without the form", () => {
  it("needs a non-empty rationale for every move", async () => {
    const world = await buildFinalisedRound(db, 1);
    const [a] = world.participantIds as [string];
    for (const rationale of ["", "   "]) {
      await expect(saveMove(world.sekda, world.round.id, moveInput(a, { rationale }))).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { rationale: ["Pertimbangan wajib diisi."] } });
      expect(moveSchema.safeParse({ participantId: a, kind: "STAY", rationale }).error?.issues[0]).toMatchObject({ path: ["rationale"], message: "Pertimbangan wajib diisi." });
    }
    expect(await db.rotationProposal.count({ where: { roundId: world.round.id } })).toBe(0);
  });

  it("reports every field error of a move in one save", async () => {
    const world = await buildFinalisedRound(db, 2);
    const [a] = world.participantIds as [string, string];
    const official = await db.participant.findUniqueOrThrow({ where: { id: a }, select: { officialId: true } });
    await db.official.update({ where: { id: official.officialId }, data: { inauguratedOn: new Date("2025-06-01T00:00:00Z") } });
    const move = moveInput(a, { kind: "ROTATE", targetPositionId: undefined, rationale: "", tenureExceptionReason: undefined });
    const error = await saveMove(world.sekda, world.round.id, move).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "VALIDATION" });
    expect(Object.keys((error as { fieldErrors: Record<string, string[]> }).fieldErrors).sort()).toEqual(["rationale", "targetPositionId", "tenureExceptionReason"]);
    expect(await moveOf(a)).toBeNull();
    // The form lets the same input through to the service, which reports the three together.
    expect(moveFormSchema.safeParse({ participantId: a, kind: "ROTATE", rationale: "" }).success).toBe(true);
  });

  it("marks both moves that give one post to two officials in the draft view", async () => {
    const world = await buildFinalisedRound(db, 2);
    const [a, b] = world.participantIds as [string, string];
    const postB = await postOf(db, b);
    await saveMove(world.sekda, world.round.id, moveInput(a, { kind: "ROTATE", targetPositionId: postB.id }));
    await saveMove(world.sekda, world.round.id, moveInput(b));
    const rows = (await getProposalView(world.sekda, world.round.id)).rows;
    const conflict = (id: string) => rows.find((r) => r.participantId === id)!.placementConflict;
    expect(conflict(a)).toContain(postB.title);
    expect(conflict(a)).toContain(await nameOf(b));
    expect(conflict(b)).toContain(await nameOf(a));
  });

  it("needs a real exception reason to move a tenure-locked official, and stores it trimmed", async () => {
    const world = await buildFinalisedRound(db, 2);
    const [a, b] = world.participantIds as [string, string];
    const official = await db.participant.findUniqueOrThrow({ where: { id: a }, select: { officialId: true } });
    await db.official.update({ where: { id: official.officialId }, data: { inauguratedOn: new Date("2025-06-01T00:00:00Z") } }); // under 2 years on 2026-11-02
    const move = moveInput(a, { kind: "ROTATE", targetPositionId: (await postOf(db, b)).id });
    const audits = await db.auditEvent.count({ where: { agencyId: world.agency.id } });
    for (const tenureExceptionReason of ["   ", "SK", "  SK 1  "]) {
      await expect(saveMove(world.sekda, world.round.id, { ...move, tenureExceptionReason })).rejects.toMatchObject({
        code: "VALIDATION",
        fieldErrors: { tenureExceptionReason: ["Pejabat ini belum 2 tahun dalam jabatannya (UU 5/2014 Pasal 116): isi alasan pengecualian (paling sedikit 5 karakter) untuk memindahkannya."] },
      });
    }
    expect(await moveOf(a)).toBeNull();
    expect(await db.auditEvent.count({ where: { agencyId: world.agency.id } })).toBe(audits);

    await saveMove(world.sekda, world.round.id, { ...move, tenureExceptionReason: "  Persetujuan Mendagri 100.2.2.6/7  " });
    expect(await moveOf(a)).toMatchObject({ kind: "ROTATE", tenureExceptionReason: "Persetujuan Mendagri 100.2.2.6/7" });
  });

  it("needs a reason to reject a move and notes to return the proposal", async () => {
    const world = await buildFinalisedRound(db, 1);
    await suggestMoves(world.sekda, world.round.id);
    await submitProposal(world.sekda, world.round.id);
    const move = (await moveOf(world.participantIds[0]!))!;
    for (const reason of [undefined, "   "]) {
      await expect(decideMove(world.head, world.round.id, { moveId: move.id, decision: "REJECTED", reason })).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { reason: [expect.stringContaining("alasan penolakan")] } });
    }
    expect(await moveOf(move.participantId)).toMatchObject({ decision: "PENDING", decisionReason: null });
    for (const notes of ["", "    "]) {
      await expect(returnProposal(world.head, world.round.id, notes)).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { notes: [expect.stringContaining("Catatan pengembalian")] } });
    }
    expect(await statusOf(world.round.id)).toBe("SUBMITTED");
  });

  it("needs a reason to correct the results", async () => {
    const world = await buildFinalisedRound(db, 1);
    for (const reason of ["", "   "]) {
      await expect(correctResults(world.bkd, world.round.id, reason)).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { reason: [expect.stringContaining("Alasan")] } });
    }
    expect(await db.resultSnapshot.count({ where: { roundId: world.round.id } })).toBe(1);
  });
});

describe("rotation proposal: every change leaves exactly one audit row", () => {
  const audited = async (agencyId: string, change: () => Promise<unknown>) => {
    const before = await db.auditEvent.count({ where: { agencyId } });
    await change();
    return (await db.auditEvent.count({ where: { agencyId } })) - before;
  };

  it("for the first and a later edit, submit, a decision, approving all and approval", async () => {
    const world = await buildFinalisedRound(db, 2);
    const [a, b] = world.participantIds as [string, string];
    const agency = world.agency.id;
    expect(await audited(agency, () => saveMove(world.sekda, world.round.id, moveInput(a)))).toBe(1);
    expect(await audited(agency, () => saveMove(world.sekda, world.round.id, moveInput(b)))).toBe(1);
    expect(await audited(agency, () => suggestMoves(world.sekda, world.round.id))).toBe(1);
    expect(await audited(agency, () => submitProposal(world.sekda, world.round.id))).toBe(1);
    const move = (await moveOf(a))!;
    expect(await audited(agency, () => decideMove(world.head, world.round.id, { moveId: move.id, decision: "APPROVED", reason: undefined }))).toBe(1);
    expect(await audited(agency, () => approvePendingMoves(world.head, world.round.id))).toBe(1);
    expect(await audited(agency, () => approveProposal(world.head, world.round.id))).toBe(1);
  });

  it("for a first suggestion, a return and a reopen", async () => {
    const world = await buildFinalisedRound(db, 2);
    const agency = world.agency.id;
    expect(await audited(agency, () => suggestMoves(world.sekda, world.round.id))).toBe(1);
    const [row] = await db.auditEvent.findMany({ where: { agencyId: agency, action: "PROPOSAL_SUGGEST" } });
    expect(row).toMatchObject({ before: null, after: expect.objectContaining({ created: { roundId: world.round.id } }) });
    await submitProposal(world.sekda, world.round.id);
    expect(await audited(agency, () => returnProposal(world.head, world.round.id, "Mohon kaji ulang penempatan"))).toBe(1);
    expect(await audited(agency, () => reopenProposal(world.sekda, world.round.id))).toBe(1);
  });
});
