import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { CORE_COMPETENCIES } from "@/lib/domain/competency";
import { DEFAULT_RUBRIC, WEIGHT_PRESETS } from "@/lib/domain/round-config";
import type { RoundConfigInput } from "@/lib/schemas/round";
import { getParticipantData, saveAssessment, savePerformance, saveTrackRecord, saveWrittenTest } from "@/lib/server/participant-data";
import { assessmentSchema, writtenTestSchema } from "@/lib/schemas/participant-data";
import { getRoundProgress } from "@/lib/server/round-progress";
import { createRound, setRoundPositions } from "@/lib/server/round-setup/basics";
import { saveRoundConfig } from "@/lib/server/round-setup/config";
import { addParticipant } from "@/lib/server/round-setup/participants";
import type { Actor } from "@/lib/server/users";
import { buildAgencyWorld } from "@/tests/factories/world";

/** The BKN 2016 weights (written test 15) with the default rubric. */
const BKN_CONFIG: RoundConfigInput = {
  weights: WEIGHT_PRESETS.find((p) => p.key === "BKN_2016")!.weights,
  jpmScheme: "MS",
  aggregationMethod: "MEAN",
  dispersionThreshold: 20,
  rubric: DEFAULT_RUBRIC,
  reason: undefined,
};
const withWrittenTest = (actor: Actor, roundId: string) => saveRoundConfig(actor, roundId, BKN_CONFIG);

const levels = (value: string) => Object.fromEntries(CORE_COMPETENCIES.map((code) => [`level_${code}`, value]));

describe("participant data entry", () => {
  let world: Awaited<ReturnType<typeof buildAgencyWorld>>;
  let roundId: string;
  let participantId: string;
  beforeEach(async () => {
    world = await buildAgencyWorld(db);
    roundId = (await createRound(world.bkd, { type: "JOB_FIT", name: "Uji", referenceDate: "2026-11-02" })).id;
    await setRoundPositions(world.bkd, roundId, { positionIds: [world.posts[0]!.id], reservedIds: [] });
    participantId = (await addParticipant(world.bkd, roundId, { officialId: world.incumbents[0]!.id })).id;
  });

  it("validates levels with a decimal comma and rejects 5.5 and 3.333 beside the field", () => {
    expect(assessmentSchema.parse({ ...levels("3,5"), assessor: "UPT" }).levels.INTEGRITAS).toBe(3.5);
    const bad = assessmentSchema.safeParse({ ...levels("4"), level_INTEGRITAS: "5.5", level_KOMUNIKASI: "3.333" });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.path[0]).sort()).toEqual(["level_INTEGRITAS", "level_KOMUNIKASI"]);
  });

  it("needs every competency of the standard", async () => {
    const { level_PEREKAT_BANGSA: _omitted, ...withoutOne } = levels("4");
    expect(assessmentSchema.safeParse({ ...levels("4"), level_PEREKAT_BANGSA: "" }).error?.issues[0]?.message).toBe("Level wajib diisi.");
    await expect(saveAssessment(world.bkd, roundId, participantId, assessmentSchema.parse(withoutOne))).rejects.toMatchObject({
      fieldErrors: { level_PEREKAT_BANGSA: ["Level Perekat Bangsa wajib diisi."] },
    });
  });

  it("stores assessment, track record and performance, one audit row each, and the progress shows them", async () => {
    let progress = await getRoundProgress(world.bkd, roundId);
    expect(progress.rows[0]).toMatchObject({ assessment: false, trackRecord: false, performance: false });

    const before = await db.auditEvent.count();
    await saveAssessment(world.bkd, roundId, participantId, assessmentSchema.parse({ ...levels("3.75"), assessor: "UPT Penilaian Kompetensi", assessedOn: "2026-10-20" }));
    await saveTrackRecord(world.bkd, roundId, participantId, { sanctionLevel: "LIGHT", superiorScore: 80, peerScore: 70, subordinateScore: 90, note: "" });
    await savePerformance(world.bkd, roundId, participantId, { year: 2025, contractAchievement: 70, skpRating: "BAIK" });
    expect(await db.auditEvent.count()).toBe(before + 3);

    const data = await getParticipantData(world.bkd, roundId, participantId);
    expect(data.levels.INTEGRITAS).toBe(3.75);
    expect(data.trackRecord).toMatchObject({ sanctionLevel: "LIGHT", superiorScore: 80 });
    expect(data.performance).toEqual([{ year: 2025, contractAchievement: 70, skpRating: "BAIK" }]);
    progress = await getRoundProgress(world.bkd, roundId);
    expect(progress.rows[0]).toMatchObject({ assessment: true, trackRecord: true, performance: true });
  });

  it("refuses a written-test score in a round that gives the written test no weight, storing nothing", async () => {
    // The job-fit preset gives the written test weight 0 (its weight goes to performance).
    expect((await getParticipantData(world.bkd, roundId, participantId)).writtenTestWeighted).toBe(false);
    const audits = await db.auditEvent.count();
    await expect(saveWrittenTest(world.bkd, roundId, participantId, { score: 82.5 })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { score: ["Tes tertulis tidak berbobot pada putaran ini (bobot 0), sehingga nilainya tidak dicatat. Ubah bobot pada konfigurasi putaran bila tes tertulis dinilai."] },
    });
    expect((await db.participant.findUniqueOrThrow({ where: { id: participantId } })).writtenTestScore).toBeNull();
    expect(await db.auditEvent.count()).toBe(audits);

    await withWrittenTest(world.bkd, roundId);
    expect((await getParticipantData(world.bkd, roundId, participantId)).writtenTestWeighted).toBe(true);
    await saveWrittenTest(world.bkd, roundId, participantId, { score: 82.5 });
    // The latest version decides: weight 0 again refuses the next score.
    await saveRoundConfig(world.bkd, roundId, { ...BKN_CONFIG, weights: { ...BKN_CONFIG.weights, WRITTEN_TEST: 0, ASSESSMENT: 55 } });
    await expect(saveWrittenTest(world.bkd, roundId, participantId, { score: 90 })).rejects.toMatchObject({ fieldErrors: { score: [expect.stringContaining("bobot 0")] } });
    expect(Number((await db.participant.findUniqueOrThrow({ where: { id: participantId } })).writtenTestScore)).toBe(82.5);
  });

  it("stores the written-test score with its previous value audited, and refuses it once the round is finalised", async () => {
    await withWrittenTest(world.bkd, roundId);
    expect(writtenTestSchema.parse({ score: "82,5" })).toEqual({ score: 82.5 });
    expect(writtenTestSchema.safeParse({ score: "100,01" }).error?.issues[0]?.message).toBe("Nilai tes tertulis paling besar 100.");
    await saveWrittenTest(world.bkd, roundId, participantId, { score: 82.5 });
    await saveWrittenTest(world.bkd, roundId, participantId, { score: 90 });
    expect((await getParticipantData(world.bkd, roundId, participantId)).writtenTestScore).toBe(90);
    const audits = await db.auditEvent.findMany({ where: { entityId: participantId, action: "WRITTEN_TEST_SAVE" }, orderBy: { createdAt: "asc" } });
    expect(audits.map((a) => [a.before, a.after])).toEqual([
      [{ score: null }, { score: 82.5 }],
      [{ score: 82.5 }, { score: 90 }],
    ]);

    await db.round.update({ where: { id: roundId }, data: { status: "FINALISED" } });
    await expect(saveWrittenTest(world.bkd, roundId, participantId, { score: 10 })).rejects.toMatchObject({ code: "INVALID_STATE" });
    expect(Number((await db.participant.findUniqueOrThrow({ where: { id: participantId } })).writtenTestScore)).toBe(90);
  });

  it("keeps another agency's BKD out", async () => {
    const other = await buildAgencyWorld(db);
    await expect(getParticipantData(other.bkd, roundId, participantId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(saveTrackRecord(other.bkd, roundId, participantId, { sanctionLevel: "NONE", superiorScore: 1, peerScore: undefined, subordinateScore: undefined, note: "" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getRoundProgress(other.bkd, roundId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.trackRecord.count({ where: { participantId } })).toBe(0);
  });
});
