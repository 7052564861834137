import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_RUBRIC } from "@/lib/domain/round-config";
import { conflictsFormSchema } from "@/lib/schemas/panel";
import { declareConflicts, getDeclarationForm } from "@/lib/server/panel/conflicts";
import { getPanelOverview, justifyDispersion } from "@/lib/server/panel/overview";
import { getSheetView } from "@/lib/server/panel/sheet-view";
import { reviseSheet, saveDraft, submitSheet, type Component } from "@/lib/server/panel/sheets";
import { AppError } from "@/lib/errors";
import { CONFLICT_HINT_LABELS } from "@/lib/domain/conflict-suggestions";
import { actorFor } from "@/tests/factories/actor";
import { createOfficial, createOrgUnit, createPosition, createUser } from "@/tests/factories/master-data";
import { buildScoringRound } from "@/tests/factories/panel";
import { addPanelMember, addParticipant, addRoundPosition } from "@/tests/factories/round";

type Tx = Prisma.TransactionClient;
const items = (component: Component, value: number | null) => DEFAULT_RUBRIC[component].map((c) => ({ criterion: c.code, value, note: "" }));
const key = (roundId: string, participantId: string, component: Component = "PAPER") => ({ roundId, participantId, component });

/** Runs `attempt` while another transaction holds a row lock (`lock`), lets it wait 300 ms, then
 * has the other transaction `change` something and commit; returns how `attempt` settled. */
async function whileAnotherTransactionHolds(lock: (tx: Tx) => Promise<unknown>, change: (tx: Tx) => Promise<unknown>, attempt: () => Promise<unknown>) {
  let locked!: () => void;
  let release!: () => void;
  const lockTaken = new Promise<void>((resolve) => (locked = resolve));
  const released = new Promise<void>((resolve) => (release = resolve));
  const other = db.$transaction(async (tx) => {
    await lock(tx);
    locked();
    await released;
    await change(tx);
  });
  await lockTaken;
  const settled = Promise.allSettled([attempt()]);
  await new Promise((resolve) => setTimeout(resolve, 300));
  release();
  await other;
  return (await settled)[0];
}

/** Exactly one of two concurrent submits of sheet `k` won: one SUBMITTED sheet holding the
 * winner's score, one submitted revision, one submit audit row; the loser got an AppError with its
 * Indonesian message (stale tab, or already submitted when it read the sheet after the winner). */
async function expectOneSubmission(k: ReturnType<typeof key>, results: PromiseSettledResult<{ score: number | null }>[]) {
  const won = results.filter((r) => r.status === "fulfilled");
  expect(won).toHaveLength(1);
  const failed = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
  expect(failed.reason).toBeInstanceOf(AppError);
  expect(failed.reason).toMatchObject({ code: expect.stringMatching(/^(CONFLICT|INVALID_STATE)$/), message: expect.stringMatching(/tab atau perangkat lain|sudah dikirim/) });
  const sheets = await db.scoreSheet.findMany({ where: { participantId: k.participantId, component: k.component }, select: { id: true, status: true, score: true } });
  expect(sheets).toHaveLength(1);
  expect(sheets[0]).toMatchObject({ status: "SUBMITTED" });
  expect(Number(sheets[0]!.score)).toBe(won[0]!.value.score);
  expect(await db.scoreSheetRevision.count({ where: { sheetId: sheets[0]!.id } })).toBe(1);
  expect(await db.auditEvent.count({ where: { action: "SHEET_SUBMIT", entityId: sheets[0]!.id } })).toBe(1);
}

describe("panel scoring", () => {
  it("keeps other members' values hidden until the member submits their own sheet", async () => {
    const world = await buildScoringRound(db, { members: 3, participants: 1 });
    const [a, b] = world.panel;
    const k = key(world.round.id, world.participantIds[0]!);
    await submitSheet(b!.actor, k, { items: items("PAPER", 5), expectedVersion: 0 });
    const draft = await saveDraft(a!.actor, k, { items: items("PAPER", 3), expectedVersion: 0 });
    expect((await getSheetView(a!.actor, k)).others).toBeNull();
    // The overview for the BKD shows only N of M until every sheet of the participant is in.
    const overview = await getPanelOverview(world.bkd, world.round.id);
    expect(overview.participants[0]!.components.PAPER).toMatchObject({ submitted: 1, expected: 3, values: null, aggregate: null });

    await submitSheet(a!.actor, k, { items: items("PAPER", 3), expectedVersion: draft.version });
    const view = await getSheetView(a!.actor, k);
    expect(view.others).toEqual([expect.objectContaining({ memberId: b!.seatId, score: 100 })]);
  });

  it("refuses a conflicted member any sheet of that participant", async () => {
    const world = await buildScoringRound(db, { members: 2, participants: 2, declare: false });
    const [member] = world.panel;
    const [p1, p2] = world.participantIds;
    const declarations = conflictsFormSchema.parse({ [`conflict_${p1}`]: "conflict", [`reason_${p1}`]: "Adik ipar peserta", [`conflict_${p2}`]: "none" });
    await declareConflicts(member!.actor, world.round.id, declarations);
    await expect(saveDraft(member!.actor, key(world.round.id, p1!), { items: items("PAPER", 4), expectedVersion: 0 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getSheetView(member!.actor, key(world.round.id, p1!))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(saveDraft(member!.actor, key(world.round.id, p2!), { items: items("PAPER", 4), expectedVersion: 0 })).resolves.toMatchObject({ version: 1 });
    expect(await db.scoreSheet.count({ where: { participantId: p1 } })).toBe(0);
    // A declared conflict cannot be withdrawn.
    await expect(declareConflicts(member!.actor, world.round.id, conflictsFormSchema.parse({ [`conflict_${p1}`]: "none", [`conflict_${p2}`]: "none" }))).rejects.toMatchObject({ code: "VALIDATION" });
  });

  it("needs a declaration for every participant before scoring, and suggests nothing it cannot see", async () => {
    const world = await buildScoringRound(db, { members: 1, participants: 2, declare: false });
    const [member] = world.panel;
    await expect(saveDraft(member!.actor, key(world.round.id, world.participantIds[0]!), { items: items("PAPER", 4), expectedVersion: 0 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(declareConflicts(member!.actor, world.round.id, conflictsFormSchema.parse({ [`conflict_${world.participantIds[0]}`]: "none" }))).rejects.toThrow("setiap peserta");
    const form = await getDeclarationForm(member!.actor, world.round.id);
    expect(form.participants.map((p) => p.suggestions)).toEqual([[], []]);
  });

  it("suggests the same OPD from any OPD of either side: an applicant's own post, the post applied for, acting posts", async () => {
    const world = await buildScoringRound(db, { members: 1, participants: 1 });
    const agencyId = world.agency.id;
    const [memberUnit, actingUnit, otherUnit] = [await createOrgUnit(db, { agencyId }), await createOrgUnit(db, { agencyId }), await createOrgUnit(db, { agencyId })];
    const memberOfficial = await createOfficial(db, { agencyId, positionId: (await createPosition(db, { agencyId, orgUnitId: memberUnit.id })).id });
    await createPosition(db, { agencyId, orgUnitId: actingUnit.id, actingOfficialId: memberOfficial.id });
    const user = await createUser(db, { agencyId, role: "PANEL", officialId: memberOfficial.id });
    const seat = await addPanelMember(db, { roundId: world.round.id, userId: user.id, internal: true });
    // An applicant holding a post in the member's OPD applies for a post in another OPD.
    const applicant = await createOfficial(db, { agencyId, name: "Rahmat Hidayat", positionId: (await createPosition(db, { agencyId, orgUnitId: memberUnit.id })).id });
    const applied = await addRoundPosition(db, { roundId: world.round.id, positionId: (await createPosition(db, { agencyId, orgUnitId: otherUnit.id })).id });
    await addParticipant(db, { roundId: world.round.id, officialId: applicant.id, roundPositionId: applied.id });
    // A participant from the OPD where the member is acting head (Plt).
    const actingPost = await createPosition(db, { agencyId, orgUnitId: actingUnit.id });
    const fromActing = await createOfficial(db, { agencyId, name: "Sri Wahyuni", positionId: actingPost.id });
    await addParticipant(db, { roundId: world.round.id, officialId: fromActing.id, roundPositionId: (await addRoundPosition(db, { roundId: world.round.id, positionId: actingPost.id })).id });

    const form = await getDeclarationForm(actorFor(user, world.agency), world.round.id);
    expect(form.seat.id).toBe(seat.id);
    const suggested = (name: string) => form.participants.find((p) => p.name === name)!.suggestions;
    expect(suggested("Rahmat Hidayat")).toContain(CONFLICT_HINT_LABELS.SAME_OPD);
    expect(suggested("Sri Wahyuni")).toContain(CONFLICT_HINT_LABELS.SAME_OPD);
    expect(form.participants.filter((p) => p.suggestions.length === 0)).toHaveLength(1); // world's own participant
  });

  it("rejects plain edits of a submitted sheet; a revision keeps the old version", async () => {
    const world = await buildScoringRound(db, { members: 1, participants: 1 });
    const [member] = world.panel;
    const k = key(world.round.id, world.participantIds[0]!, "INTERVIEW");
    const submitted = await submitSheet(member!.actor, k, { items: items("INTERVIEW", 3), expectedVersion: 0 });
    expect(submitted).toMatchObject({ status: "SUBMITTED", score: 60, revision: 1 });
    await expect(saveDraft(member!.actor, k, { items: items("INTERVIEW", 5), expectedVersion: submitted.version })).rejects.toMatchObject({ code: "INVALID_STATE" });
    await expect(submitSheet(member!.actor, k, { items: items("INTERVIEW", 5), expectedVersion: submitted.version })).rejects.toMatchObject({ code: "INVALID_STATE" });

    const revised = await reviseSheet(member!.actor, k, { items: items("INTERVIEW", 4), expectedVersion: submitted.version, reason: "Salah ketik nilai kriteria visi" });
    expect(revised).toMatchObject({ score: 80, revision: 2 });
    const view = await getSheetView(member!.actor, k);
    expect(view.history.map((h) => [h.revision, h.score, h.reason])).toEqual([
      [2, 80, "Salah ketik nilai kriteria visi"],
      [1, 60, null],
    ]);
    expect(view.history[1]!.items.every((i) => i.value === 3)).toBe(true);
  });

  it("gives exactly one submission when one sheet is submitted twice at once, and refuses the stale tab", async () => {
    const world = await buildScoringRound(db, { members: 1, participants: 1 });
    const [member] = world.panel;
    const k = key(world.round.id, world.participantIds[0]!);
    const draft = await saveDraft(member!.actor, k, { items: items("PAPER", 2), expectedVersion: 0 });
    const results = await Promise.allSettled([
      submitSheet(member!.actor, k, { items: items("PAPER", 4), expectedVersion: draft.version }),
      submitSheet(member!.actor, k, { items: items("PAPER", 5), expectedVersion: draft.version }),
    ]);
    await expectOneSubmission(k, results);
    // A save from a tab still holding the old version is refused with the Indonesian message.
    await expect(saveDraft(member!.actor, k, { items: items("PAPER", 1), expectedVersion: draft.version })).rejects.toThrow(/tab atau perangkat lain|sudah dikirim/);
  });

  it("gives exactly one submission when two tabs submit a sheet that has no draft yet (both at version 0)", async () => {
    const world = await buildScoringRound(db, { members: 1, participants: 3 });
    const [member] = world.panel;
    // Several sheets, so the race is run more than once; without a draft only the unique
    // (member, participant, component) constraint stops the second insert.
    for (const participantId of world.participantIds) {
      const k = key(world.round.id, participantId);
      const results = await Promise.allSettled([
        submitSheet(member!.actor, k, { items: items("PAPER", 4), expectedVersion: 0 }),
        submitSheet(member!.actor, k, { items: items("PAPER", 5), expectedVersion: 0 }),
      ]);
      await expectOneSubmission(k, results);
    }
  });

  it("stores all 200 sheets when 20 members submit 10 sheets each at the same time", async () => {
    const world = await buildScoringRound(db, { members: 20, participants: 10 });
    const writes = world.panel.flatMap((m, i) =>
      world.participantIds.map((participantId) => submitSheet(m.actor, key(world.round.id, participantId), { items: items("PAPER", (i % 5) + 1), expectedVersion: 0 })),
    );
    const results = await Promise.allSettled(writes);
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    expect(await db.scoreSheet.count({ where: { participant: { roundId: world.round.id }, status: "SUBMITTED" } })).toBe(200);
  }, 120_000);

  it("makes a submit that arrives while the round is being finalised wait, then refuses it", async () => {
    const world = await buildScoringRound(db, { members: 1, participants: 1 });
    const k = key(world.round.id, world.participantIds[0]!);
    // Stands in for finaliseRound: it holds the round's row lock while it computes, then commits.
    const outcome = await whileAnotherTransactionHolds(
      (tx) => tx.$queryRaw`SELECT id FROM "Round" WHERE id = ${world.round.id} FOR UPDATE`,
      (tx) => tx.round.update({ where: { id: world.round.id }, data: { status: "FINALISED" } }),
      () => submitSheet(world.panel[0]!.actor, k, { items: items("PAPER", 4), expectedVersion: 0 }),
    );
    expect(outcome).toMatchObject({ status: "rejected", reason: { code: "INVALID_STATE" } });
    expect(await db.scoreSheet.count({ where: { participantId: k.participantId } })).toBe(0);
  });

  it("makes a submit wait for the member's conflict declaration in progress, then refuses it", async () => {
    const world = await buildScoringRound(db, { members: 1, participants: 1 });
    const [member] = world.panel;
    const k = key(world.round.id, world.participantIds[0]!);
    // Stands in for declareConflicts: it holds the member's declarations while it records the conflict.
    const outcome = await whileAnotherTransactionHolds(
      (tx) => tx.$queryRaw`SELECT id FROM "ConflictDeclaration" WHERE "panelMemberId" = ${member!.seatId} FOR UPDATE`,
      (tx) => tx.conflictDeclaration.updateMany({ where: { panelMemberId: member!.seatId }, data: { hasConflict: true, reason: "Ipar peserta" } }),
      () => submitSheet(member!.actor, k, { items: items("PAPER", 4), expectedVersion: 0 }),
    );
    expect(outcome).toMatchObject({ status: "rejected", reason: { code: "FORBIDDEN" } });
    expect(await db.scoreSheet.count({ where: { participantId: k.participantId } })).toBe(0);
  });

  it("flags a dispersed component and lets only the KETUA justify it", async () => {
    const world = await buildScoringRound(db, { members: 3, participants: 1 });
    const [chair, b, c] = world.panel;
    const participantId = world.participantIds[0]!;
    for (const [member, value] of [[chair, 5], [b, 2], [c, 3]] as const) {
      for (const component of ["PAPER", "INTERVIEW"] as const) {
        await submitSheet(member!.actor, key(world.round.id, participantId, component), { items: items(component, component === "PAPER" ? value : 4), expectedVersion: 0 });
      }
    }
    const overview = await getPanelOverview(world.bkd, world.round.id);
    expect(overview.participants[0]!.components.PAPER).toMatchObject({ aggregate: 66.67, spread: 60, flagged: true }); // 100, 40, 60
    expect(overview.participants[0]!.components.INTERVIEW).toMatchObject({ aggregate: 80, flagged: false });
    const input = { participantId, component: "PAPER" as const, text: "Perbedaan penilaian solusi; sudah dibahas dalam rapat pleno pansel" };
    await expect(justifyDispersion(world.bkd, world.round.id, input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(justifyDispersion(b!.actor, world.round.id, input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await justifyDispersion(chair!.actor, world.round.id, input);
    expect((await getPanelOverview(chair!.actor, world.round.id)).participants[0]!.components.PAPER.justification).toMatchObject({ text: input.text });

    // Not once the round is over.
    await db.round.update({ where: { id: world.round.id }, data: { status: "CLOSED" } });
    await expect(justifyDispersion(chair!.actor, world.round.id, { ...input, text: "Diubah setelah putaran ditutup" })).rejects.toMatchObject({ code: "INVALID_STATE" });
    expect(await db.dispersionJustification.findFirstOrThrow({ where: { participantId } })).toMatchObject({ text: input.text });
  });

  it("makes a justification wait for a revision of that participant in flight, then checks the flag the revision left", async () => {
    const world = await buildScoringRound(db, { members: 3, participants: 1 });
    const [chair, b] = world.panel;
    const participantId = world.participantIds[0]!;
    for (const [member, value] of world.panel.map((m, i) => [m, [5, 2, 3][i]!] as const)) {
      for (const component of ["PAPER", "INTERVIEW"] as const) {
        await submitSheet(member.actor, key(world.round.id, participantId, component), { items: items(component, component === "PAPER" ? value : 4), expectedVersion: 0 });
      }
    }
    expect((await getPanelOverview(world.bkd, world.round.id)).participants[0]!.components.PAPER.flagged).toBe(true);
    // Stands in for reviseSheet: the round row and the member's declaration held shared, then
    // the revised scores commit and the spread is 0.
    const outcome = await whileAnotherTransactionHolds(
      async (tx) => {
        await tx.$queryRaw`SELECT id FROM "Round" WHERE id = ${world.round.id} FOR SHARE`;
        await tx.$queryRaw`SELECT id FROM "ConflictDeclaration" WHERE "panelMemberId" = ${b!.seatId} AND "participantId" = ${participantId} FOR SHARE`;
      },
      (tx) => tx.scoreSheet.updateMany({ where: { participantId, component: "PAPER" }, data: { score: 100 } }),
      () => justifyDispersion(chair!.actor, world.round.id, { participantId, component: "PAPER", text: "Dibahas dalam rapat pleno pansel" }),
    );
    expect(outcome).toMatchObject({ status: "rejected", reason: { code: "INVALID_STATE" } });
    expect(await db.dispersionJustification.count({ where: { participantId } })).toBe(0);
  });

  it("keeps another agency's users out", async () => {
    const world = await buildScoringRound(db, { members: 1, participants: 1 });
    const other = await buildScoringRound(db, { members: 1, participants: 1 });
    const k = key(world.round.id, world.participantIds[0]!);
    await expect(saveDraft(other.panel[0]!.actor, k, { items: items("PAPER", 4), expectedVersion: 0 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getPanelOverview(other.bkd, world.round.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
