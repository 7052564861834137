// Who sees what of the panel's scores, and when (ADR 0009, 0011, 0012): members blind per
// participant and component until their own sheet is in; the BKD, the Sekda and the KETUA counts
// only until all of a participant's sheets are in; a KETUA nothing before declaring; the audit
// trail never the values.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DEFAULT_RUBRIC } from "@/lib/domain/round-config";
import { AppError } from "@/lib/errors";
import { conflictsFormSchema } from "@/lib/schemas/panel";
import { listAuditEvents } from "@/lib/server/audit-log";
import { CHAIR_UNDECLARED, isChairUndeclared } from "@/lib/server/panel/access";
import { declareConflicts } from "@/lib/server/panel/conflicts";
import { getPanelOverview, justifyDispersion } from "@/lib/server/panel/overview";
import { getSheetView } from "@/lib/server/panel/sheet-view";
import { reviseSheet, submitSheet, type Component } from "@/lib/server/panel/sheets";
import { getResults } from "@/lib/server/results/view";
import { getRoundProgress } from "@/lib/server/round-progress";
import type { Actor } from "@/lib/server/users";
import { actorFor } from "@/tests/factories/actor";
import { createUser } from "@/tests/factories/master-data";
import { buildScoringRound } from "@/tests/factories/panel";

const items = (component: Component, value: number) => DEFAULT_RUBRIC[component].map((c) => ({ criterion: c.code, value, note: "" }));
const key = (roundId: string, participantId: string, component: Component) => ({ roundId, participantId, component });
const submit = (actor: Actor, roundId: string, participantId: string, component: Component, value: number) =>
  submitSheet(actor, key(roundId, participantId, component), { items: items(component, value), expectedVersion: 0 });
const HIDDEN = { values: null, aggregate: null, spread: null, flagged: false, justification: null };

describe("panel blindness", () => {
  it("shows a member no other values of a component they have not submitted, even after submitting the other component", async () => {
    const world = await buildScoringRound(db, { members: 3, participants: 1 });
    const [a, b] = world.panel;
    const p = world.participantIds[0]!;
    await submit(b!.actor, world.round.id, p, "PAPER", 2);
    await submit(b!.actor, world.round.id, p, "INTERVIEW", 5);
    await submit(a!.actor, world.round.id, p, "PAPER", 4);

    const paper = await getSheetView(a!.actor, key(world.round.id, p, "PAPER"));
    expect(paper.others).toEqual([expect.objectContaining({ memberId: b!.seatId, score: 40 })]);
    expect(paper.others![0]!.items.map((i) => i.criterion)).toEqual(DEFAULT_RUBRIC.PAPER.map((c) => c.code));
    expect((await getSheetView(a!.actor, key(world.round.id, p, "INTERVIEW"))).others).toBeNull();
  });

  it("gives the BKD, the Sekda and the KETUA counts only until every sheet of the participant is in, then the values", async () => {
    const world = await buildScoringRound(db, { members: 3, participants: 2 });
    const [chair, b, c] = world.panel;
    const [p1, p2] = world.participantIds;
    const readers = [world.bkd, world.sekda, chair!.actor];
    for (const [member, value] of [[chair, 5], [b, 2], [c, 3]] as const) {
      await submit(member!.actor, world.round.id, p1!, "PAPER", value);
      await submit(member!.actor, world.round.id, p2!, "PAPER", value);
    }
    // Every PAPER of p1 is in, but its INTERVIEW sheets are not: nothing of p1 is shown yet.
    await submit(chair!.actor, world.round.id, p1!, "INTERVIEW", 4);
    await submit(b!.actor, world.round.id, p1!, "INTERVIEW", 4);
    for (const reader of readers) {
      const row = (await getPanelOverview(reader, world.round.id)).participants.find((r) => r.id === p1)!;
      expect(row.complete).toBe(false);
      expect(row.components.PAPER).toMatchObject({ submitted: 3, expected: 3, ...HIDDEN });
      expect(row.components.INTERVIEW).toMatchObject({ submitted: 2, expected: 3, ...HIDDEN });
    }

    await submit(c!.actor, world.round.id, p1!, "INTERVIEW", 4);
    for (const reader of readers) {
      const rows = (await getPanelOverview(reader, world.round.id)).participants;
      const row = rows.find((r) => r.id === p1)!;
      expect(row.complete).toBe(true);
      expect(row.components.PAPER).toMatchObject({ aggregate: 66.67, spread: 60, flagged: true });
      expect(row.components.PAPER.values!.map((v) => v.score).sort()).toEqual([100, 40, 60].sort());
      expect(row.components.INTERVIEW).toMatchObject({ aggregate: 80, flagged: false });
      // The other participant is still incomplete: still counts only.
      expect(rows.find((r) => r.id === p2)!.components.PAPER).toMatchObject({ submitted: 3, ...HIDDEN });
    }
  });

  it("refuses the KETUA the oversight views until they have declared for every participant; the BKD and the Sekda are not held back", async () => {
    const world = await buildScoringRound(db, { members: 3, participants: 2, declare: false });
    const [chair] = world.panel;
    const [p1, p2] = world.participantIds;
    const refused = { code: "FORBIDDEN", message: expect.stringContaining("Nyatakan dahulu") };
    await expect(getPanelOverview(chair!.actor, world.round.id)).rejects.toMatchObject(refused);
    await expect(getRoundProgress(chair!.actor, world.round.id)).rejects.toMatchObject(refused);
    await expect(getPanelOverview(world.bkd, world.round.id)).resolves.toMatchObject({ isChair: false });
    await expect(getRoundProgress(world.sekda, world.round.id)).resolves.toMatchObject({ rows: [expect.anything(), expect.anything()] });

    // Declared for one participant of two: still refused.
    await db.conflictDeclaration.create({ data: { panelMemberId: chair!.seatId, participantId: p1!, hasConflict: false } });
    await expect(getPanelOverview(chair!.actor, world.round.id)).rejects.toMatchObject(refused);

    await db.conflictDeclaration.deleteMany({ where: { panelMemberId: chair!.seatId } });
    await declareConflicts(chair!.actor, world.round.id, conflictsFormSchema.parse({ [`conflict_${p1}`]: "none", [`conflict_${p2}`]: "conflict", [`reason_${p2}`]: "Saudara kandung" }));
    await expect(getPanelOverview(chair!.actor, world.round.id)).resolves.toMatchObject({ isChair: true });
    await expect(getRoundProgress(chair!.actor, world.round.id)).resolves.toMatchObject({ rows: [expect.anything(), expect.anything()] });
  });

  it("marks the undeclared KETUA's refusal by its reason, not by its wording", async () => {
    const world = await buildScoringRound(db, { members: 3, participants: 1, declare: false });
    const error = await getPanelOverview(world.panel[0]!.actor, world.round.id).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "FORBIDDEN", reason: "CHAIR_UNDECLARED" });
    expect(isChairUndeclared(error)).toBe(true);
    // The page tells this refusal from others by the reason: the same words without it, or
    // other words with it, decide the same way.
    expect(isChairUndeclared(new AppError("FORBIDDEN", CHAIR_UNDECLARED))).toBe(false);
    expect(isChairUndeclared(new AppError("FORBIDDEN", "Deklarasikan konflik Anda terlebih dahulu.", {}, "CHAIR_UNDECLARED"))).toBe(true);
  });

  it("hides the dispersion justification of a participant the KETUA is conflicted with from the KETUA", async () => {
    const world = await buildScoringRound(db, { members: 3, participants: 1 });
    const [chair, b, c] = world.panel;
    const p = world.participantIds[0]!;
    await db.conflictDeclaration.updateMany({ where: { panelMemberId: chair!.seatId }, data: { hasConflict: true, reason: "Ipar peserta" } });
    for (const [member, value] of [[b, 5], [c, 1]] as const) {
      await submit(member!.actor, world.round.id, p, "PAPER", value);
      await submit(member!.actor, world.round.id, p, "INTERVIEW", 4);
    }
    const text = "Nilai 100 dan 20 dibahas dalam rapat pleno pansel";
    await justifyDispersion(world.bkd, world.round.id, { participantId: p, component: "PAPER", text });
    expect((await getPanelOverview(world.bkd, world.round.id)).participants[0]!.components.PAPER.justification).toMatchObject({ text });
    const forChair = (await getPanelOverview(chair!.actor, world.round.id)).participants[0]!;
    expect(forChair.chairConflicted).toBe(true);
    expect(forChair.components.PAPER).toMatchObject(HIDDEN);
  });

  it("shows oversight every revision with its reason and how many other values the member could see, once values are visible", async () => {
    const world = await buildScoringRound(db, { members: 2, participants: 1 });
    const [a, b] = world.panel;
    const p = world.participantIds[0]!;
    const k = key(world.round.id, p, "PAPER");
    const first = await submit(a!.actor, world.round.id, p, "PAPER", 2);
    const early = await reviseSheet(a!.actor, k, { items: items("PAPER", 3), expectedVersion: first.version, reason: "Salah klik kriteria analisis" });
    await submit(b!.actor, world.round.id, p, "PAPER", 5);
    await submit(a!.actor, world.round.id, p, "INTERVIEW", 4);
    // b's INTERVIEW is still missing: no values, so no revision trail either.
    expect((await getPanelOverview(world.bkd, world.round.id)).participants[0]!.components.PAPER.values).toBeNull();

    await reviseSheet(a!.actor, k, { items: items("PAPER", 5), expectedVersion: early.version, reason: "Setelah membaca ulang makalah" });
    await submit(b!.actor, world.round.id, p, "INTERVIEW", 4);
    for (const reader of [world.bkd, a!.actor]) {
      const values = (await getPanelOverview(reader, world.round.id)).participants[0]!.components.PAPER.values!;
      const ofA = values.find((v) => v.memberId === a!.seatId)!;
      expect(ofA.score).toBe(100);
      expect(ofA.revisions.map((r) => [r.revision, r.from, r.to, r.reason, r.othersSeen])).toEqual([
        [2, 40, 60, "Salah klik kriteria analisis", 0],
        [3, 60, 100, "Setelah membaca ulang makalah", 1],
      ]);
      expect(values.find((v) => v.memberId === b!.seatId)!.revisions).toEqual([]);
    }
  });

  it("keeps results from a panel member who is not the KETUA, also after the head's decision, and says so", async () => {
    const world = await buildScoringRound(db, { members: 2, participants: 1 });
    const [, member] = world.panel;
    await db.round.update({ where: { id: world.round.id }, data: { status: "CLOSED" } });
    const error = await getResults(member!.actor, world.round.id).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "FORBIDDEN", message: expect.stringContaining("juga setelah kepala daerah memutuskan") });
    expect((error as Error).message).not.toMatch(/sampai kepala daerah memutuskan/);
  });

  it("keeps score values out of the audit trail the BKD and the admin read, and keeps the events", async () => {
    const world = await buildScoringRound(db, { members: 1, participants: 1 });
    const [a] = world.panel;
    const p = world.participantIds[0]!;
    const first = await submit(a!.actor, world.round.id, p, "PAPER", 2);
    await reviseSheet(a!.actor, key(world.round.id, p, "PAPER"), { items: items("PAPER", 4), expectedVersion: first.version, reason: "Salah ketik" });
    const admin = actorFor(await createUser(db, { agencyId: world.agency.id, role: "ADMIN" }), world.agency);
    // The revision's reason may name the values: the BKD reads it, the admin (no results) does not.
    for (const [reader, reason] of [[world.bkd, "Salah ketik"], [admin, null]] as const) {
      const events = (await listAuditEvents(reader, {})).events.filter((e) => e.entity === "ScoreSheet");
      expect(events.map((e) => [e.action, e.reason])).toEqual([["SHEET_REVISE", reason], ["SHEET_SUBMIT", null]]);
      const [revise, submitted] = events;
      expect(submitted!.after).toEqual({ roundId: world.round.id, participantId: p, component: "PAPER", status: "SUBMITTED", revision: 1 });
      expect(revise!.before).toEqual({ status: "SUBMITTED", revision: 1 });
      expect(revise!.after).toMatchObject({ status: "SUBMITTED", revision: 2 });
      expect(JSON.stringify(events)).not.toMatch(/"score"|"items"|"value"/);
    }
    // The rows themselves keep the values for an inspector.
    const row = await db.auditEvent.findFirstOrThrow({ where: { agencyId: world.agency.id, action: "SHEET_REVISE" } });
    expect(row.after).toMatchObject({ score: 80 });
  });
});
