import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DEFAULT_RUBRIC } from "@/lib/domain/round-config";
import { getPanelOverview, justifyDispersion } from "@/lib/server/panel/overview";
import { reviseSheet, submitSheet } from "@/lib/server/panel/sheets";
import { getRoundProgress } from "@/lib/server/round-progress";
import { correctResults, finaliseRound } from "@/lib/server/results/finalise";
import { getParticipantExplanation, getResults } from "@/lib/server/results/view";
import { buildScoringRound, completeRoundData } from "@/tests/factories/panel";

describe("finalising results", () => {
  it("refuses while a sheet is missing, then stores a snapshot and moves the round to FINALISED", async () => {
    const world = await buildScoringRound(db, { members: 3, participants: 2 });
    await completeRoundData(db, world);
    const missing = await db.scoreSheet.findFirstOrThrow({ where: { participantId: world.participantIds[1], panelMemberId: world.panel[2]!.seatId, component: "INTERVIEW" } });
    await db.scoreSheet.update({ where: { id: missing.id }, data: { status: "DRAFT" } });
    await expect(finaliseRound(world.bkd, world.round.id)).rejects.toThrow("Lembar belum terkirim");
    expect(await db.resultSnapshot.count({ where: { roundId: world.round.id } })).toBe(0);

    await db.scoreSheet.update({ where: { id: missing.id }, data: { status: "SUBMITTED" } });
    await expect(finaliseRound(world.bkd, world.round.id)).resolves.toMatchObject({ number: 1, ranked: 2 });
    expect((await db.round.findUniqueOrThrow({ where: { id: world.round.id } })).status).toBe("FINALISED");
    const results = await getResults(world.bkd, world.round.id);
    expect(results.rows.map((r) => r.rank)).toEqual([1, 2]);
  });

  it("refuses an unjustified dispersion flag until the KETUA justifies it", async () => {
    const world = await buildScoringRound(db, { members: 3, participants: 1 });
    await completeRoundData(db, world, (_p, m) => (m === 0 ? 95 : 60)); // spread 35 > 20
    await expect(finaliseRound(world.bkd, world.round.id)).rejects.toThrow("Sebaran nilai belum dijustifikasi");
    for (const component of ["PAPER", "INTERVIEW"] as const) {
      await justifyDispersion(world.panel[0]!.actor, world.round.id, { participantId: world.participantIds[0]!, component, text: "Dibahas dalam rapat pleno pansel" });
    }
    await expect(finaliseRound(world.panel[0]!.actor, world.round.id)).resolves.toMatchObject({ number: 1 }); // the KETUA may finalise too
  });

  it("hides from a conflicted KETUA that participant's scores and results; the BKD justifies in their place", async () => {
    const world = await buildScoringRound(db, { members: 3, participants: 2 });
    await completeRoundData(db, world, (_p, m) => (m === 1 ? 95 : 60)); // spread 35 > 20 for both
    const chair = world.panel[0]!;
    const [conflicted, other] = world.participantIds as [string, string];
    await db.conflictDeclaration.updateMany({ where: { panelMemberId: chair.seatId, participantId: conflicted }, data: { hasConflict: true, reason: "Saudara kandung" } });
    await db.scoreSheet.deleteMany({ where: { panelMemberId: chair.seatId, participantId: conflicted } });

    const seenByChair = await getPanelOverview(chair.actor, world.round.id);
    const row = (id: string) => seenByChair.participants.find((p) => p.id === id)!;
    expect(row(conflicted)).toMatchObject({ complete: true, chairConflicted: true, mayJustify: false });
    expect(row(conflicted).components.PAPER).toMatchObject({ submitted: 2, expected: 2, values: null, aggregate: null, flagged: false });
    expect(row(other).components.PAPER).toMatchObject({ aggregate: 71.67, flagged: true });

    for (const component of ["PAPER", "INTERVIEW"] as const) {
      const text = "Dibahas dalam rapat pleno pansel";
      await expect(justifyDispersion(chair.actor, world.round.id, { participantId: conflicted, component, text })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(justifyDispersion(world.bkd, world.round.id, { participantId: other, component, text })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await justifyDispersion(world.bkd, world.round.id, { participantId: conflicted, component, text });
      await justifyDispersion(chair.actor, world.round.id, { participantId: other, component, text });
    }
    await finaliseRound(world.bkd, world.round.id);
    const forChair = await getResults(chair.actor, world.round.id);
    expect(forChair.all.map((r) => r.id)).toEqual([other]);
    expect(forChair.rows.map((r) => r.id)).toEqual([other]);
    await expect(getParticipantExplanation(chair.actor, world.round.id, conflicted)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await getResults(world.bkd, world.round.id)).all).toHaveLength(2);
  });

  it("gives a conflicted KETUA no rank, top 3 or explanation that tells where the hidden participant placed", async () => {
    const world = await buildScoringRound(db, { members: 3, participants: 5 });
    // Four participants compete for one post, the first (lowest scores) keeps their own.
    const [alone, p1, ...rest] = world.participantIds as [string, string, ...string[]];
    const shared = (await db.participant.findUniqueOrThrow({ where: { id: p1 }, select: { roundPositionId: true } })).roundPositionId!;
    await db.participant.updateMany({ where: { id: { in: rest } }, data: { roundPositionId: shared } });
    await completeRoundData(db, world);
    await finaliseRound(world.bkd, world.round.id);
    const forBkd = await getResults(world.bkd, world.round.id);
    expect(forBkd.rows.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5]);
    // Hide the second of the round, who is on the shared post (the ranks depend on the factory's data).
    const hidden = forBkd.rows.find((r) => r.rank === 2)!;
    const sharedPost = forBkd.rows.find((r) => r.id === p1)!.postId!;
    expect(hidden.postId).toBe(sharedPost);
    const chair = world.panel[0]!;
    await db.conflictDeclaration.updateMany({ where: { panelMemberId: chair.seatId, participantId: hidden.id }, data: { hasConflict: true, reason: "Saudara kandung" } });

    const forChair = await getResults(chair.actor, world.round.id);
    expect(forChair).toMatchObject({ withheld: 1, rankAmongVisible: true, total: 4 });
    expect(forChair.rows.map((r) => [r.id, r.rank])).toEqual(forBkd.rows.filter((r) => r.id !== hidden.id).map((r, i) => [r.id, i + 1]));
    expect(forChair.topByPost.find((t) => t.postId === sharedPost)).toMatchObject({ withheld: true, top: [] });
    expect(forChair.topByPost.find((t) => t.postId !== sharedPost)).toMatchObject({ withheld: false, top: [{ id: alone }] });
    // Nothing of the hidden participant anywhere in what the KETUA gets, the snapshot included.
    for (const leak of [hidden.id, hidden.name, hidden.nip]) expect(JSON.stringify(forChair)).not.toContain(leak);
    const third = forBkd.rows.find((r) => r.rank === 3)!;
    await expect(getParticipantExplanation(chair.actor, world.round.id, third.id)).resolves.toMatchObject({ rankAmongVisible: true, result: { rank: 2 } });

    expect(await getResults(world.bkd, world.round.id)).toMatchObject({ withheld: 0, rankAmongVisible: false });
    expect((await getResults(world.bkd, world.round.id)).topByPost.find((t) => t.postId === sharedPost)).toMatchObject({ withheld: false, top: [expect.anything(), expect.anything(), expect.anything()] });
    await expect(getParticipantExplanation(world.bkd, world.round.id, third.id)).resolves.toMatchObject({ rankAmongVisible: false, result: { rank: 3 } });
  });

  it("expects no sheets of a component weighted 0 with an empty rubric", async () => {
    const world = await buildScoringRound(db, { members: 2, participants: 1 });
    await db.roundConfigVersion.updateMany({
      where: { roundId: world.round.id },
      data: { weights: { WRITTEN_TEST: 0, ASSESSMENT: 40, PAPER: 0, INTERVIEW: 30, TRACK_RECORD: 15, PERFORMANCE: 15 }, rubric: { PAPER: [], INTERVIEW: DEFAULT_RUBRIC.INTERVIEW } },
    });
    await completeRoundData(db, world);
    await db.scoreSheet.deleteMany({ where: { participantId: world.participantIds[0], component: "PAPER" } });
    const progress = await getRoundProgress(world.bkd, world.round.id);
    expect(progress).toMatchObject({ expectedSheets: 2, submittedSheets: 2 });
    expect(progress.rows[0]!.sheets[world.panel[1]!.seatId]).toEqual({ PAPER: "NOT_SCORED", INTERVIEW: "SUBMITTED" });
    const overview = await getPanelOverview(world.bkd, world.round.id);
    expect(overview.participants[0]).toMatchObject({ complete: true, components: { PAPER: { scored: false, expected: 0, values: null }, INTERVIEW: { scored: true, submitted: 2 } } });
    const paper = { roundId: world.round.id, participantId: world.participantIds[0]!, component: "PAPER" as const };
    await expect(submitSheet(world.panel[1]!.actor, paper, { items: [], expectedVersion: 0 })).rejects.toThrow("tidak dinilai");
    await expect(finaliseRound(world.bkd, world.round.id)).resolves.toMatchObject({ number: 1, ranked: 1 });
  });

  it("keeps the snapshot unchanged when a score is revised afterwards; a correction is a new snapshot", async () => {
    const world = await buildScoringRound(db, { members: 1, participants: 1 });
    await completeRoundData(db, world);
    const member = world.panel[0]!;
    // A real sheet with items so it can be revised through the service.
    const sheet = await db.scoreSheet.findFirstOrThrow({ where: { panelMemberId: member.seatId, component: "PAPER" } });
    await db.scoreItem.createMany({ data: DEFAULT_RUBRIC.PAPER.map((c) => ({ sheetId: sheet.id, criterion: c.code, value: 3 })) });
    await finaliseRound(world.bkd, world.round.id);
    const first = await db.resultSnapshot.findFirstOrThrow({ where: { roundId: world.round.id } });

    const items = DEFAULT_RUBRIC.PAPER.map((c) => ({ criterion: c.code, value: 5, note: "" }));
    await reviseSheet(member.actor, { roundId: world.round.id, participantId: world.participantIds[0]!, component: "PAPER" }, { items, expectedVersion: sheet.version, reason: "Koreksi setelah klarifikasi" });
    expect(await db.resultSnapshot.findUniqueOrThrow({ where: { id: first.id } })).toEqual(first);
    expect((await getParticipantExplanation(world.bkd, world.round.id, world.participantIds[0]!)).result.components.PAPER).toBe(60);

    await expect(correctResults(world.bkd, world.round.id, "Revisi nilai makalah setelah klarifikasi")).resolves.toMatchObject({ number: 2 });
    expect((await getParticipantExplanation(world.bkd, world.round.id, world.participantIds[0]!)).result.components.PAPER).toBe(100);
    expect((await getParticipantExplanation(world.bkd, world.round.id, world.participantIds[0]!, 1)).result.components.PAPER).toBe(60);
    expect(await db.auditEvent.count({ where: { entityId: world.round.id, action: { in: ["ROUND_FINALISE", "RESULTS_CORRECT"] } } })).toBe(2);

    // Immutable in the database too, whatever code runs against it.
    await expect(db.resultSnapshot.update({ where: { id: first.id }, data: { reason: "diubah" } })).rejects.toThrow(/immutable/);
    await expect(db.resultSnapshot.delete({ where: { id: first.id } })).rejects.toThrow(/immutable/);
    expect(await db.resultSnapshot.findUniqueOrThrow({ where: { id: first.id } })).toEqual(first);
  });

  it("keeps results from panel members other than the KETUA and from other agencies", async () => {
    const world = await buildScoringRound(db, { members: 2, participants: 1 });
    await completeRoundData(db, world);
    await finaliseRound(world.bkd, world.round.id);
    await expect(getResults(world.panel[1]!.actor, world.round.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getParticipantExplanation(world.panel[1]!.actor, world.round.id, world.participantIds[0]!)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(finaliseRound(world.panel[1]!.actor, world.round.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getResults(world.panel[0]!.actor, world.round.id)).resolves.toMatchObject({ isChair: true });
    await expect(getResults(world.sekda, world.round.id)).resolves.toMatchObject({ isChair: false });
    const other = await buildScoringRound(db, { members: 1, participants: 1 });
    await expect(getResults(other.bkd, world.round.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("reports a dispersion only once all of a participant's sheets are in (blind scoring)", async () => {
    const world = await buildScoringRound(db, { members: 5, participants: 1 });
    await completeRoundData(db, world, (_p, m) => (m === 0 ? 95 : 60)); // spread 35 > 20
    const later = await db.scoreSheet.findMany({ where: { participantId: world.participantIds[0], panelMemberId: { in: world.panel.slice(2).map((m) => m.seatId) } }, select: { id: true } });
    await db.scoreSheet.updateMany({ where: { id: { in: later.map((s) => s.id) } }, data: { status: "DRAFT" } });

    for (const reader of [world.bkd, world.sekda, world.panel[0]!.actor]) {
      const { blockers } = await getResults(reader, world.round.id);
      expect(blockers!.missingSheets).toHaveLength(6); // 3 members × 2 components: counts only
      expect(blockers!.unjustified).toEqual([]);
    }
    await expect(finaliseRound(world.bkd, world.round.id)).rejects.toThrow(/^(?!.*Sebaran).*Lembar belum terkirim/);

    await db.scoreSheet.updateMany({ where: { id: { in: later.map((s) => s.id) } }, data: { status: "SUBMITTED" } });
    const { blockers } = await getResults(world.bkd, world.round.id);
    expect(blockers).toMatchObject({ missingSheets: [], incomplete: [] });
    expect(blockers!.unjustified).toEqual([expect.stringContaining("(makalah)"), expect.stringContaining("(wawancara)")]);
  });

  it("leaves the participants a KETUA declared a conflict with out of every blocker list shown to them", async () => {
    const world = await buildScoringRound(db, { members: 3, participants: 2 });
    await completeRoundData(db, world, (_p, m) => (m === 1 ? 95 : 60)); // both dispersed
    const chair = world.panel[0]!;
    const [conflicted, other] = world.participantIds as [string, string];
    await db.conflictDeclaration.updateMany({ where: { panelMemberId: chair.seatId, participantId: conflicted }, data: { hasConflict: true, reason: "Saudara kandung" } });
    await db.scoreSheet.deleteMany({ where: { panelMemberId: chair.seatId, participantId: conflicted } });
    await db.trackRecord.deleteMany({ where: { participantId: { in: [conflicted, other] } } });
    const names = await db.participant.findMany({ where: { id: { in: [conflicted, other] } }, select: { id: true, official: { select: { name: true } } } });
    const nameOf = (id: string) => names.find((n) => n.id === id)!.official.name;
    const mentions = (list: string[], id: string) => list.some((item) => item.includes(nameOf(id)));

    const forBkd = await getResults(world.bkd, world.round.id);
    expect(mentions(forBkd.blockers!.unjustified, conflicted) && mentions(forBkd.blockers!.incomplete, conflicted)).toBe(true);
    expect(forBkd.blockers!.incomplete).toContain(`${nameOf(conflicted)}: Rekam Jejak`); // the users' word, not TRACK_RECORD
    const forChair = await getResults(chair.actor, world.round.id);
    expect(forChair.withheld).toBe(1);
    for (const list of Object.values(forChair.blockers!)) expect(mentions(list, conflicted)).toBe(false);
    expect(mentions(forChair.blockers!.unjustified, other) && mentions(forChair.blockers!.incomplete, other)).toBe(true);

    // Only the hidden participant blocks: the KETUA's refusal says so without naming them.
    await db.trackRecord.create({ data: { participantId: other, superiorScore: 80, peerScore: 75, subordinateScore: 70 } });
    for (const component of ["PAPER", "INTERVIEW"] as const) await justifyDispersion(chair.actor, world.round.id, { participantId: other, component, text: "Dibahas dalam rapat pleno pansel" });
    const refusal = await finaliseRound(chair.actor, world.round.id).catch((e: Error) => e.message);
    expect(refusal).toContain("peserta yang Anda nyatakan konflik");
    expect(refusal).not.toContain(nameOf(conflicted));
    await expect(finaliseRound(world.bkd, world.round.id)).rejects.toThrow(nameOf(conflicted));
  });

  it("reads a chosen snapshot, and refuses a version that does not exist instead of showing another", async () => {
    const world = await buildScoringRound(db, { members: 1, participants: 2 });
    await completeRoundData(db, world);
    const pid = world.participantIds[0]!;
    await expect(getResults(world.bkd, world.round.id, {}, 1)).rejects.toMatchObject({ code: "NOT_FOUND", message: "Versi hasil tidak ditemukan." });
    await finaliseRound(world.bkd, world.round.id);
    await correctResults(world.bkd, world.round.id, "Koreksi data rekam jejak");

    await expect(getResults(world.bkd, world.round.id)).resolves.toMatchObject({ snapshot: { number: 2 }, latestNumber: 2 });
    await expect(getResults(world.bkd, world.round.id, {}, 1)).resolves.toMatchObject({ snapshot: { number: 1 }, latestNumber: 2 });
    await expect(getParticipantExplanation(world.bkd, world.round.id, pid, 1)).resolves.toMatchObject({ snapshot: { number: 1 }, latestNumber: 2 });
    for (const version of [99, 0, Number.NaN]) {
      await expect(getResults(world.bkd, world.round.id, {}, version)).rejects.toMatchObject({ code: "NOT_FOUND", message: "Versi hasil tidak ditemukan." });
      await expect(getParticipantExplanation(world.bkd, world.round.id, pid, version)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });

  it("lists the top 3 of every post, not only of the posts on the page shown", async () => {
    const world = await buildScoringRound(db, { members: 1, participants: 3 });
    await completeRoundData(db, world);
    await finaliseRound(world.bkd, world.round.id);
    const firstPost = (await getResults(world.bkd, world.round.id)).rows[0]!.postId!;
    const filtered = await getResults(world.bkd, world.round.id, { post: firstPost });
    expect(filtered.rows).toHaveLength(1);
    expect(filtered.topByPost).toHaveLength(3);
    const beyond = await getResults(world.bkd, world.round.id, { page: 2 });
    expect(beyond.rows).toEqual([]);
    expect(beyond.topByPost.map((p) => p.top.map((r) => r.id)).flat().sort()).toEqual([...world.participantIds].sort());
  });
});
