// The scoring rules come from the round's latest configuration version (ADR 0014), not from the
// copy on Round: the overview's dispersion flag (which decides whether a justification may be
// recorded), its aggregation method, the JPM category on the data-entry page and in the export.
// Each test makes the Round copy disagree with the version, as it would if the copy were stale.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DEFAULT_RUBRIC } from "@/lib/domain/round-config";
import { exportRoundParticipants } from "@/lib/server/exports/round-export";
import { getPanelOverview, justifyDispersion } from "@/lib/server/panel/overview";
import { submitSheet, type Component } from "@/lib/server/panel/sheets";
import { getParticipantData } from "@/lib/server/participant-data";
import { buildScoringRound } from "@/tests/factories/panel";
import { readXlsx } from "@/tests/fixtures/spreadsheets";

const items = (component: Component, value: number) => DEFAULT_RUBRIC[component].map((c) => ({ criterion: c.code, value, note: "" }));

async function staleCopyWorld() {
  const world = await buildScoringRound(db, { members: 3, participants: 1 });
  // The version says MS / mean / 20 (the defaults); the Round copy says otherwise.
  await db.round.update({ where: { id: world.round.id }, data: { jpmScheme: "OPTIMAL", aggregationMethod: "TRIMMED", dispersionThreshold: 50 } });
  return world;
}

describe("scoring rules read from the configuration version", () => {
  it("flags dispersion with the version's threshold, so the KETUA may justify what finalising will require", async () => {
    const world = await staleCopyWorld();
    const p = world.participantIds[0]!;
    for (const [member, value] of world.panel.map((m, i) => [m, [5, 3, 4][i]!] as const)) {
      await submitSheet(member.actor, { roundId: world.round.id, participantId: p, component: "PAPER" }, { items: items("PAPER", value), expectedVersion: 0 });
      await submitSheet(member.actor, { roundId: world.round.id, participantId: p, component: "INTERVIEW" }, { items: items("INTERVIEW", 4), expectedVersion: 0 });
    }
    const overview = await getPanelOverview(world.bkd, world.round.id);
    expect(overview).toMatchObject({ threshold: 20, method: "MEAN" });
    expect(overview.participants[0]!.components.PAPER).toMatchObject({ spread: 40, flagged: true });

    await justifyDispersion(world.panel[0]!.actor, world.round.id, { participantId: p, component: "PAPER", text: "Dibahas dalam rapat pleno pansel" });
    expect(await db.dispersionJustification.count({ where: { participantId: p, component: "PAPER" } })).toBe(1);
  });

  it("categorises the JPM with the version's scheme on the data-entry page", async () => {
    const world = await staleCopyWorld();
    expect((await getParticipantData(world.bkd, world.round.id, world.participantIds[0]!)).jpmScheme).toBe("MS");
  });

  it("categorises the JPM with the version's scheme in the export", async () => {
    const world = await staleCopyWorld();
    const p = world.participantIds[0]!;
    const participant = await db.participant.findUniqueOrThrow({ where: { id: p }, select: { roundPosition: { select: { position: { select: { standards: { select: { code: true } } } } } } } });
    // Level 3 on a standard of 4 everywhere: JPM 75 %, "Masih Memenuhi Syarat" (MS), "Kurang Optimal" (OPTIMAL).
    await db.assessmentResult.createMany({ data: participant.roundPosition!.position.standards.map((s) => ({ participantId: p, competencyCode: s.code, level: 3, source: "MANUAL" })) });
    const { header, rows } = await readXlsx((await exportRoundParticipants(world.bkd, world.round.id)).bytes);
    expect(rows[0]![header.indexOf("Kategori JPM")]).toBe("Masih Memenuhi Syarat");
  });
});
