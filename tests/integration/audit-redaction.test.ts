// The audit page by reader (ADR 0012): the system admin, who manages users and may not read
// results, sees that a justification, a proposal, a finalisation or a data entry happened, by
// whom and when, but none of the scores, fits, top candidates, justification text or reasons;
// the BKD, which enters that data and reads results, sees them. The rows keep everything.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listAuditEvents } from "@/lib/server/audit-log";
import { justifyDispersion } from "@/lib/server/panel/overview";
import { saveTrackRecord } from "@/lib/server/participant-data";
import { suggestMoves } from "@/lib/server/proposals/draft";
import { decideMove, submitProposal } from "@/lib/server/proposals/workflow";
import { finaliseRound } from "@/lib/server/results/finalise";
import { actorFor } from "@/tests/factories/actor";
import { createUser } from "@/tests/factories/master-data";
import { buildScoringRound, completeRoundData } from "@/tests/factories/panel";

const JUSTIFICATION = "Nilai 95 dan 60 dibahas dalam rapat pleno pansel";
const DECISION_REASON = "Nilai wawancara di bawah peringkat 2; evaluasi kinerja 6 bulan";

describe("audit trail by reader", () => {
  it("shows the admin that results events happened, without scores, fits, justification text or reasons; the BKD sees them", async () => {
    const world = await buildScoringRound(db, { members: 3, participants: 2 });
    await completeRoundData(db, world, (_p, m) => (m === 0 ? 95 : 60)); // spread 35 > 20: dispersed
    const [chair] = world.panel;
    const p = world.participantIds[0]!;
    await saveTrackRecord(world.bkd, world.round.id, p, { sanctionLevel: "NONE", superiorScore: 87.5, peerScore: 70, subordinateScore: 90, note: "" });
    for (const participantId of world.participantIds) {
      for (const component of ["PAPER", "INTERVIEW"] as const) await justifyDispersion(chair!.actor, world.round.id, { participantId, component, text: JUSTIFICATION });
    }
    await finaliseRound(world.bkd, world.round.id);
    const head = actorFor(await createUser(db, { agencyId: world.agency.id, role: "HEAD" }), world.agency);
    await suggestMoves(world.sekda, world.round.id);
    await submitProposal(world.sekda, world.round.id);
    const move = await db.proposedMove.findFirstOrThrow({ where: { participantId: p }, select: { id: true } });
    await decideMove(head, world.round.id, { moveId: move.id, decision: "REJECTED", reason: DECISION_REASON });
    const admin = actorFor(await createUser(db, { agencyId: world.agency.id, role: "ADMIN" }), world.agency);

    const RESULTS_ACTIONS = ["TRACK_RECORD_SAVE", "DISPERSION_JUSTIFY", "ROUND_FINALISE", "PROPOSAL_SUGGEST", "PROPOSAL_SUBMIT", "PROPOSAL_MOVE_DECIDE"];
    const forAdmin = (await listAuditEvents(admin, {})).events;
    const results = forAdmin.filter((e) => RESULTS_ACTIONS.includes(e.action));
    // Every event is still listed, with its actor and time.
    expect(new Set(results.map((e) => e.action))).toEqual(new Set(RESULTS_ACTIONS));
    expect(results.filter((e) => e.action === "DISPERSION_JUSTIFY")).toHaveLength(4);
    for (const e of results) {
      expect(e).toMatchObject({ before: null, after: null, reason: null, withheld: true, actor: expect.any(String), at: expect.any(String) });
    }
    const text = JSON.stringify(forAdmin);
    for (const leak of [JUSTIFICATION, DECISION_REASON, "suggestion", "total", "superiorScore", "87.5", "ranked", "snapshotId"]) expect(text).not.toContain(leak);

    const forBkd = (await listAuditEvents(world.bkd, {})).events;
    const of = (action: string) => forBkd.find((e) => e.action === action)!;
    expect(of("DISPERSION_JUSTIFY")).toMatchObject({ after: { text: JUSTIFICATION }, withheld: false });
    expect(of("TRACK_RECORD_SAVE")).toMatchObject({ after: { superiorScore: 87.5 }, withheld: false });
    expect(of("PROPOSAL_SUGGEST")).toMatchObject({ after: { suggestion: expect.any(Object), total: expect.any(Number) } });
    expect(of("ROUND_FINALISE")).toMatchObject({ after: { status: "FINALISED", ranked: 2 } });
    expect(of("PROPOSAL_MOVE_DECIDE")).toMatchObject({ reason: DECISION_REASON, after: { decision: "REJECTED" } });

    // The rows keep the payloads for an inspector.
    const row = await db.auditEvent.findFirstOrThrow({ where: { agencyId: world.agency.id, action: "DISPERSION_JUSTIFY" } });
    expect(row.after).toMatchObject({ text: JUSTIFICATION });
  });

  it("withholds the top candidates of an open selection from the admin", async () => {
    const world = await buildScoringRound(db, { members: 1, participants: 2 });
    await db.round.update({ where: { id: world.round.id }, data: { type: "OPEN_SELECTION" } });
    await completeRoundData(db, world);
    await finaliseRound(world.bkd, world.round.id);
    await suggestMoves(world.sekda, world.round.id);
    const admin = actorFor(await createUser(db, { agencyId: world.agency.id, role: "ADMIN" }), world.agency);
    const top = (reader: typeof admin) => listAuditEvents(reader, {}).then((r) => r.events.find((e) => e.action === "PROPOSAL_TOP_CANDIDATES")!);
    expect(await top(admin)).toMatchObject({ after: null, withheld: true });
    expect(await top(world.bkd)).toMatchObject({ after: { topByPost: expect.any(Object) }, withheld: false });
  });
});
