// A BKD user of agency B can neither read nor change agency A's set-up and data: every service
// derives the agency from the record, so an id of A's row, passed directly or through B's own
// round, is NOT_FOUND (or a field error when it is a reference inside B's own change), and A's
// rows read back unchanged with no audit row written. Lists are in tenancy.test.ts.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { CORE_COMPETENCIES } from "@/lib/domain/competency";
import { DEFAULT_RUBRIC, WEIGHT_PRESETS } from "@/lib/domain/round-config";
import { saveAssessment, savePerformance, saveTrackRecord, saveWrittenTest } from "@/lib/server/participant-data";
import { getOrgUnitDetail } from "@/lib/server/org-units";
import { getPosition } from "@/lib/server/positions";
import { updatePosition } from "@/lib/server/position-writes";
import { getRoundSummary } from "@/lib/server/rounds";
import { createRound, saveOversight, setRoundPositions } from "@/lib/server/round-setup/basics";
import { saveRoundConfig } from "@/lib/server/round-setup/config";
import { addPanelMember, removePanelMember } from "@/lib/server/round-setup/panel";
import { addParticipant, recheckParticipant, removeParticipant } from "@/lib/server/round-setup/participants";
import { getRoundSetup } from "@/lib/server/round-setup/view";
import { buildAgencyWorld } from "@/tests/factories/world";

type World = Awaited<ReturnType<typeof buildAgencyWorld>>;
type Setup = { world: World; roundId: string; participantId: string; memberId: string };

const levels = Object.fromEntries(CORE_COMPETENCIES.map((code) => [code, 4]));

async function agencyWithRound(): Promise<Setup> {
  const world = await buildAgencyWorld(db);
  const { id: roundId } = await createRound(world.bkd, { type: "JOB_FIT", name: "Uji 2026", referenceDate: "2026-11-02" });
  await setRoundPositions(world.bkd, roundId, { positionIds: world.posts.map((p) => p.id), reservedIds: [] });
  const { id: participantId } = await addParticipant(world.bkd, roundId, { officialId: world.incumbents[0]!.id });
  const { id: memberId } = await addPanelMember(world.bkd, roundId, { userId: world.panelUsers[0]!.id, role: "KETUA", internal: false, institution: "", decreeNumber: "800/1/2026" });
  return { world, roundId, participantId, memberId };
}

/** Every row of an agency that these services could touch, as it reads back. */
async function rowsOf(agencyId: string) {
  const inAgency = { round: { agencyId } };
  return JSON.stringify(
    await Promise.all([
      db.orgUnit.findMany({ where: { agencyId }, orderBy: { id: "asc" } }),
      db.position.findMany({ where: { agencyId }, orderBy: { id: "asc" }, include: { standards: { orderBy: { code: "asc" } } } }),
      db.official.findMany({ where: { agencyId }, orderBy: { id: "asc" }, include: { performance: { orderBy: { year: "asc" } } } }),
      db.round.findMany({ where: { agencyId }, orderBy: { id: "asc" }, include: { configVersions: { orderBy: { version: "asc" } } } }),
      db.roundPosition.findMany({ where: inAgency, orderBy: { id: "asc" } }),
      db.participant.findMany({ where: inAgency, orderBy: { id: "asc" }, include: { assessments: { orderBy: { competencyCode: "asc" } }, trackRecord: true } }),
      db.panelMember.findMany({ where: inAgency, orderBy: { id: "asc" } }),
      db.auditEvent.count({ where: { agencyId } }),
    ]),
  );
}

describe("agency isolation of the BKD's services", () => {
  let a: Setup;
  let b: Setup;
  beforeAll(async () => {
    a = await agencyWithRound();
    b = await agencyWithRound();
  });

  const post = (orgUnitId: string, actingOfficialId?: string) => ({ orgUnitId, title: "Diambil alih", grade: "JPT_PRATAMA" as const, requiredEducationFields: [], actingOfficialId });

  const cases: [string, () => Promise<unknown>, Record<string, unknown>][] = [
    ["getOrgUnitDetail of A's OPD", () => getOrgUnitDetail(b.world.bkd, a.world.unit.id), { code: "NOT_FOUND" }],
    ["getPosition of A's post", () => getPosition(b.world.bkd, a.world.posts[0]!.id), { code: "NOT_FOUND" }],
    ["updatePosition of A's post", () => updatePosition(b.world.bkd, a.world.posts[0]!.id, post(b.world.unit.id)), { code: "NOT_FOUND" }],
    ["updatePosition of B's post into A's OPD", () => updatePosition(b.world.bkd, b.world.posts[0]!.id, post(a.world.unit.id)), { fieldErrors: { orgUnitId: [expect.any(String)] } }],
    [
      "updatePosition of B's post with A's official as acting head",
      () => updatePosition(b.world.bkd, b.world.posts[0]!.id, post(b.world.unit.id, a.world.incumbents[0]!.id)),
      { fieldErrors: { actingOfficialId: [expect.any(String)] } },
    ],
    ["getRoundSummary of A's round", () => getRoundSummary(b.world.bkd, a.roundId), { code: "NOT_FOUND" }],
    ["getRoundSetup of A's round", () => getRoundSetup(b.world.bkd, a.roundId), { code: "NOT_FOUND" }],
    ["setRoundPositions on A's round", () => setRoundPositions(b.world.bkd, a.roundId, { positionIds: b.world.posts.map((p) => p.id), reservedIds: [] }), { code: "NOT_FOUND" }],
    ["saveOversight on A's round", () => saveOversight(b.world.bkd, a.roundId, { oversightMode: "REPORT_ONLY", oversightBodyName: "Diambil alih", minApplicantsPerPost: 1 }), { code: "NOT_FOUND" }],
    ["removeParticipant on A's round", () => removeParticipant(b.world.bkd, a.roundId, a.participantId), { code: "NOT_FOUND" }],
    ["removeParticipant of A's participant through B's round", () => removeParticipant(b.world.bkd, b.roundId, a.participantId), { code: "NOT_FOUND" }],
    ["recheckParticipant on A's round", () => recheckParticipant(b.world.bkd, a.roundId, a.participantId, { overrideReason: "Diambil alih" }), { code: "NOT_FOUND" }],
    ["recheckParticipant of A's participant through B's round", () => recheckParticipant(b.world.bkd, b.roundId, a.participantId, { overrideReason: "Diambil alih" }), { code: "NOT_FOUND" }],
    [
      "addPanelMember on A's round",
      () => addPanelMember(b.world.bkd, a.roundId, { externalName: "Penyusup", role: "ANGGOTA", internal: false, institution: "", decreeNumber: "" }),
      { code: "NOT_FOUND" },
    ],
    [
      "addPanelMember of A's panel account to B's round",
      () => addPanelMember(b.world.bkd, b.roundId, { userId: a.world.panelUsers[1]!.id, role: "ANGGOTA", internal: false, institution: "", decreeNumber: "" }),
      { fieldErrors: { userId: [expect.any(String)] } },
    ],
    ["removePanelMember on A's round", () => removePanelMember(b.world.bkd, a.roundId, a.memberId), { code: "NOT_FOUND" }],
    ["removePanelMember of A's member through B's round", () => removePanelMember(b.world.bkd, b.roundId, a.memberId), { code: "NOT_FOUND" }],
    ["saveAssessment on A's round", () => saveAssessment(b.world.bkd, a.roundId, a.participantId, { levels, assessor: "", assessedOn: undefined }), { code: "NOT_FOUND" }],
    ["saveAssessment of A's participant through B's round", () => saveAssessment(b.world.bkd, b.roundId, a.participantId, { levels, assessor: "", assessedOn: undefined }), { code: "NOT_FOUND" }],
    ["saveTrackRecord of A's participant through B's round", () => saveTrackRecord(b.world.bkd, b.roundId, a.participantId, { sanctionLevel: "HEAVY", superiorScore: 1, note: "" }), { code: "NOT_FOUND" }],
    ["savePerformance on A's round", () => savePerformance(b.world.bkd, a.roundId, a.participantId, { year: 2025, contractAchievement: 10, skpRating: "SANGAT_KURANG" }), { code: "NOT_FOUND" }],
    ["savePerformance of A's participant through B's round", () => savePerformance(b.world.bkd, b.roundId, a.participantId, { year: 2025, contractAchievement: 10, skpRating: "SANGAT_KURANG" }), { code: "NOT_FOUND" }],
    ["saveWrittenTest on A's round", () => saveWrittenTest(b.world.bkd, a.roundId, a.participantId, { score: 1 }), { code: "NOT_FOUND" }],
    ["saveWrittenTest of A's participant through B's round", () => saveWrittenTest(b.world.bkd, b.roundId, a.participantId, { score: 1 }), { code: "NOT_FOUND" }],
  ];

  it.each(cases)("%s is refused and changes nothing", async (_name, call, error) => {
    const [beforeA, beforeB] = [await rowsOf(a.world.agency.id), await rowsOf(b.world.agency.id)];
    await expect(call()).rejects.toMatchObject(error);
    expect(await rowsOf(a.world.agency.id)).toBe(beforeA);
    expect(await rowsOf(b.world.agency.id)).toBe(beforeB);
  });

  it("still lets each agency change its own round", async () => {
    // A written-test score is taken only where the written test has a weight.
    await saveRoundConfig(b.world.bkd, b.roundId, { weights: WEIGHT_PRESETS.find((p) => p.key === "BKN_2016")!.weights, jpmScheme: "MS", aggregationMethod: "MEAN", dispersionThreshold: 20, rubric: DEFAULT_RUBRIC, reason: undefined });
    await saveWrittenTest(b.world.bkd, b.roundId, b.participantId, { score: 70 });
    await removePanelMember(b.world.bkd, b.roundId, b.memberId);
    expect(Number((await db.participant.findUniqueOrThrow({ where: { id: b.participantId } })).writtenTestScore)).toBe(70);
    expect(await db.panelMember.count({ where: { id: b.memberId } })).toBe(0);
    expect(await db.panelMember.count({ where: { id: a.memberId } })).toBe(1);
  });
});
