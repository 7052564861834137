// What the inbox, the dashboard and the round progress count as still to do, from the round's
// current weights (ADR 0011: no sheets for a panel component weighted 0; no data for a component
// weighted 0; a weighted written test is required).
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DEFAULT_RUBRIC, type Weights } from "@/lib/domain/round-config";
import { pendingActions } from "@/lib/server/dashboard";
import { submitSheet, type Component } from "@/lib/server/panel/sheets";
import { getRoundProgress } from "@/lib/server/round-progress";
import { listMyPanelRounds } from "@/lib/server/rounds";
import { createRound } from "@/tests/factories/round";
import { buildScoringRound } from "@/tests/factories/panel";

const items = (component: Component, value: number) => DEFAULT_RUBRIC[component].map((c) => ({ criterion: c.code, value, note: "" }));
const NO_PAPER: Weights = { WRITTEN_TEST: 0, ASSESSMENT: 50, PAPER: 0, INTERVIEW: 20, TRACK_RECORD: 15, PERFORMANCE: 15 };
const PANEL_AND_TEST: Weights = { WRITTEN_TEST: 20, ASSESSMENT: 0, PAPER: 40, INTERVIEW: 40, TRACK_RECORD: 0, PERFORMANCE: 0 };

async function setWeights(roundId: string, weights: Weights) {
  await db.roundConfigVersion.updateMany({ where: { roundId }, data: { weights } });
}

describe("panel counts", () => {
  it("expects in the inbox and the dashboard one sheet per weighted panel component only", async () => {
    const world = await buildScoringRound(db, { members: 2, participants: 3 });
    await setWeights(world.round.id, NO_PAPER);
    const [member] = world.panel;
    const [p1, p2] = world.participantIds;
    await db.conflictDeclaration.updateMany({ where: { panelMemberId: member!.seatId, participantId: p2 }, data: { hasConflict: true, reason: "Kerabat" } });
    await submitSheet(member!.actor, { roundId: world.round.id, participantId: p1!, component: "INTERVIEW" }, { items: items("INTERVIEW", 4), expectedVersion: 0 });

    expect(await listMyPanelRounds(member!.actor)).toEqual([expect.objectContaining({ declared: true, submitted: 1, expected: 2 })]);
    const pending = await pendingActions(member!.actor);
    // One round concerned: the card leads to it.
    expect(pending.find((i) => i.key === "sheets")).toMatchObject({ count: 1, href: `/penilaian/${world.round.id}` });
    expect(pending.find((i) => i.key === "conflicts")).toMatchObject({ count: 0, href: "/penilaian" });
  });

  it("counts a participant with some but not all standard levels as missing an assessment, as the progress page does", async () => {
    const world = await buildScoringRound(db, { members: 1, participants: 3 });
    const [none, partial, full] = world.participantIds;
    const standardOf = async (participantId: string) =>
      (await db.participant.findUniqueOrThrow({ where: { id: participantId }, select: { roundPosition: { select: { position: { select: { standards: { select: { code: true } } } } } } } }))
        .roundPosition!.position.standards.map((s) => s.code);
    const level = (participantId: string, codes: string[]) => codes.map((competencyCode) => ({ participantId, competencyCode, level: 3, source: "MANUAL" as const }));
    await db.assessmentResult.createMany({ data: [...level(partial!, (await standardOf(partial!)).slice(1)), ...level(full!, await standardOf(full!))] });

    const pending = await pendingActions(world.bkd);
    expect(pending.find((i) => i.key === "missing-assessment")).toMatchObject({ count: 2, href: `/putaran/${world.round.id}/peserta` });
    const progress = await getRoundProgress(world.bkd, world.round.id);
    const missing = progress.rows.filter((r) => !r.assessment).map((r) => r.id);
    expect(missing.sort()).toEqual([none, partial].sort());
  });

  it("counts a returned proposal for the Sekda as returned only, not also as awaiting a proposal", async () => {
    const world = await buildScoringRound(db, { members: 1, participants: 1 });
    const agencyId = world.agency.id;
    // Finalised rounds: one without a proposal, and one each with a DRAFT, RETURNED and SUBMITTED one.
    for (const status of [null, "DRAFT", "RETURNED", "SUBMITTED"] as const) {
      const round = await createRound(db, { agencyId, status: "FINALISED" });
      if (status) await db.rotationProposal.create({ data: { roundId: round.id, status, createdById: world.sekda.userId } });
    }
    const pending = await pendingActions(world.sekda);
    // Two rounds await a proposal: the list of rounds; one was returned: its proposal page.
    expect(pending.find((i) => i.key === "awaiting-proposal")).toMatchObject({ count: 2, href: "/putaran" });
    const returned = await db.rotationProposal.findFirstOrThrow({ where: { round: { agencyId }, status: "RETURNED" }, select: { roundId: true } });
    expect(pending.find((i) => i.key === "returned")).toMatchObject({ count: 1, href: `/putaran/${returned.roundId}/usulan` });
  });

  it("lists in the round progress what the current weights require, and per member declarations and sheets owed", async () => {
    const world = await buildScoringRound(db, { members: 3, participants: 2, declare: false });
    await setWeights(world.round.id, PANEL_AND_TEST);
    const [chair, b, c] = world.panel;
    const [p1, p2] = world.participantIds;
    await db.conflictDeclaration.createMany({
      data: [
        ...world.participantIds.map((participantId) => ({ panelMemberId: chair!.seatId, participantId, hasConflict: false })),
        { panelMemberId: b!.seatId, participantId: p1!, hasConflict: true, reason: "Ipar" },
        { panelMemberId: b!.seatId, participantId: p2!, hasConflict: false },
        { panelMemberId: c!.seatId, participantId: p1!, hasConflict: false }, // c has not declared for p2
      ],
    });
    await submitSheet(chair!.actor, { roundId: world.round.id, participantId: p1!, component: "PAPER" }, { items: items("PAPER", 4), expectedVersion: 0 });
    await db.participant.update({ where: { id: p2! }, data: { writtenTestScore: 70 } });

    const progress = await getRoundProgress(world.bkd, world.round.id);
    expect(progress.required).toEqual({ ASSESSMENT: false, TRACK_RECORD: false, PERFORMANCE: false, WRITTEN_TEST: true });
    const row = (id: string) => progress.rows.find((r) => r.id === id)!;
    // Nothing of the assessment, track record or performance is entered, but none is weighted.
    expect(row(p1!).missing).toEqual(["WRITTEN_TEST"]);
    expect(row(p2!).missing).toEqual([]);
    expect(row(p2!).sheets[c!.seatId]).toEqual({ PAPER: "UNDECLARED", INTERVIEW: "UNDECLARED" });
    expect(row(p1!).sheets[b!.seatId]).toEqual({ PAPER: "CONFLICT", INTERVIEW: "CONFLICT" });
    expect(progress.memberSummary.map((m) => [m.id, m.declared, m.declarations, m.conflicts, m.submitted, m.missing])).toEqual([
      [chair!.seatId, true, 2, 0, 1, 3],
      [b!.seatId, true, 2, 1, 0, 2],
      [c!.seatId, false, 1, 0, 0, 4],
    ]);
    expect(progress).toMatchObject({ expectedSheets: 10, submittedSheets: 1 });

    // Weighted components with data missing are listed; unweighted ones never are.
    await setWeights(world.round.id, NO_PAPER);
    const again = await getRoundProgress(world.bkd, world.round.id);
    expect(again.rows.find((r) => r.id === p1)!.missing).toEqual(["ASSESSMENT", "TRACK_RECORD", "PERFORMANCE"]);
    expect(again.rows.find((r) => r.id === p1)!.sheets[chair!.seatId]).toEqual({ PAPER: "NOT_SCORED", INTERVIEW: "NONE" });
  });
});
