import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DEFAULT_RUBRIC, WEIGHT_PRESETS } from "@/lib/domain/round-config";
import { addBlackout } from "@/lib/server/blackouts";
import { addParticipant, recheckParticipant } from "@/lib/server/round-setup/participants";
import { addPanelMember, removePanelMember } from "@/lib/server/round-setup/panel";
import { createRound, setRoundPositions, updateRoundBasics } from "@/lib/server/round-setup/basics";
import { saveRoundConfig } from "@/lib/server/round-setup/config";
import { startScoring } from "@/lib/server/round-setup/start";
import { getRoundSetup } from "@/lib/server/round-setup/view";
import type { RoundConfigInput } from "@/lib/schemas/round";
import { computeSnapshot, loadResultsInputs } from "@/lib/server/results/snapshot";
import { buildScoringRound, completeRoundData } from "@/tests/factories/panel";
import { buildAgencyWorld } from "@/tests/factories/world";

type World = Awaited<ReturnType<typeof buildAgencyWorld>>;

const config = (weights: Record<string, number>, reason?: string): RoundConfigInput => ({
  weights: weights as RoundConfigInput["weights"],
  jpmScheme: "MS",
  aggregationMethod: "MEAN",
  dispersionThreshold: 20,
  rubric: DEFAULT_RUBRIC,
  reason,
});
const JOB_FIT = WEIGHT_PRESETS.find((p) => p.key === "JOB_FIT")!.weights;
const DECREE = "800.1.3/412/BKD/2026";

async function auditRows(entityId?: string) {
  return db.auditEvent.count(entityId ? { where: { entityId } } : undefined);
}

/** A job-fit round with both posts, the eligible incumbent, and a valid 7-member panel. */
async function readyRound(world: World) {
  const { id } = await createRound(world.bkd, { type: "JOB_FIT", name: "Uji 2026", referenceDate: "2026-11-02" });
  await setRoundPositions(world.bkd, id, { positionIds: world.posts.map((p) => p.id), reservedIds: [] });
  await addParticipant(world.bkd, id, { officialId: world.incumbents[0]!.id });
  for (const [i, user] of world.panelUsers.entries()) {
    await addPanelMember(world.bkd, id, { userId: user.id, role: i === 0 ? "KETUA" : "ANGGOTA", internal: i < 3, institution: "", decreeNumber: DECREE });
  }
  for (const name of ["Eksternal A", "Eksternal B"]) {
    await addPanelMember(world.bkd, id, { externalName: name, role: "ANGGOTA", internal: false, institution: "", decreeNumber: DECREE });
  }
  return id;
}

describe("round set-up", () => {
  let world: World;
  beforeEach(async () => {
    world = await buildAgencyWorld(db);
  });

  it("adds an ineligible incumbent only with an override reason", async () => {
    const { id } = await createRound(world.bkd, { type: "JOB_FIT", name: "Uji", referenceDate: "2026-11-02" });
    await setRoundPositions(world.bkd, id, { positionIds: world.posts.map((p) => p.id), reservedIds: [] });
    const locked = world.incumbents[1]!; // inaugurated 2025-06-01: under 2 years
    const before = await auditRows();
    await expect(addParticipant(world.bkd, id, { officialId: locked.id })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { overrideReason: [expect.stringContaining("Belum 2 tahun")] },
    });
    expect(await db.participant.count({ where: { roundId: id } })).toBe(0);
    expect(await auditRows()).toBe(before);

    const { id: participantId } = await addParticipant(world.bkd, id, { officialId: locked.id, overrideReason: "Persetujuan Mendagri No. 100.2.2.6/1234" });
    const row = await db.participant.findUniqueOrThrow({ where: { id: participantId } });
    expect(row).toMatchObject({ eligible: false, eligibilityReasons: ["TENURE_UNDER_2_YEARS"], overrideReason: "Persetujuan Mendagri No. 100.2.2.6/1234", overriddenById: world.bkd.userId });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: participantId } });
    expect(audit).toMatchObject({ action: "PARTICIPANT_ADD", reason: "Persetujuan Mendagri No. 100.2.2.6/1234", actorId: world.bkd.userId });
  });

  it("shows the ineligible incumbent with its reason among the candidates", async () => {
    const { id } = await createRound(world.bkd, { type: "JOB_FIT", name: "Uji", referenceDate: "2026-11-02" });
    await setRoundPositions(world.bkd, id, { positionIds: world.posts.map((p) => p.id), reservedIds: [] });
    const setup = await getRoundSetup(world.bkd, id);
    expect(setup.candidates.map((c) => [c.officialId, c.eligible, c.reasons])).toEqual(
      expect.arrayContaining([
        [world.incumbents[0]!.id, true, []],
        [world.incumbents[1]!.id, false, ["TENURE_UNDER_2_YEARS"]],
      ]),
    );
  });

  it("freezes the configuration when scoring starts; a later change needs a reason and makes a new version", async () => {
    const id = await readyRound(world);
    await saveRoundConfig(world.bkd, id, config(WEIGHT_PRESETS[0]!.weights)); // still DRAFT: edits version 1 in place
    expect(await db.roundConfigVersion.count({ where: { roundId: id } })).toBe(1);
    await startScoring(world.bkd, id);
    const v1 = await db.roundConfigVersion.findFirstOrThrow({ where: { roundId: id, version: 1 } });
    expect(v1.frozenAt).not.toBeNull();

    await expect(saveRoundConfig(world.bkd, id, config(JOB_FIT))).rejects.toMatchObject({ fieldErrors: { reason: [expect.any(String)] } });
    expect(await db.roundConfigVersion.findFirstOrThrow({ where: { roundId: id, version: 1 } })).toEqual(v1);
    expect(await db.roundConfigVersion.count({ where: { roundId: id } })).toBe(1);

    const before = await auditRows(id);
    await expect(saveRoundConfig(world.bkd, id, config(JOB_FIT, "Koreksi bobot sesuai SK Gubernur"))).resolves.toEqual({ version: 2 });
    const versions = await db.roundConfigVersion.findMany({ where: { roundId: id }, orderBy: { version: "asc" } });
    expect(versions.map((v) => [v.version, v.weights, v.reason])).toEqual([
      [1, WEIGHT_PRESETS[0]!.weights, null],
      [2, JOB_FIT, "Koreksi bobot sesuai SK Gubernur"],
    ]);
    expect(versions[1]!.frozenAt).not.toBeNull();
    expect(await auditRows(id)).toBe(before + 1);
  });

  it("freezes the scoring rules with the weights: a threshold change after start needs a reason and makes version N+1 carrying it", async () => {
    const id = await readyRound(world);
    await saveRoundConfig(world.bkd, id, { ...config(JOB_FIT), jpmScheme: "OPTIMAL", aggregationMethod: "TRIMMED", dispersionThreshold: 15 });
    let versions = await db.roundConfigVersion.findMany({ where: { roundId: id }, orderBy: { version: "asc" } });
    expect(versions.map((v) => [v.version, v.jpmScheme, v.aggregationMethod, Number(v.dispersionThreshold)])).toEqual([[1, "OPTIMAL", "TRIMMED", 15]]);
    await startScoring(world.bkd, id);

    const frozen = await db.roundConfigVersion.findFirstOrThrow({ where: { roundId: id, version: 1 } });
    const round = await db.round.findUniqueOrThrow({ where: { id } });
    const changed = { ...config(JOB_FIT), jpmScheme: "OPTIMAL" as const, aggregationMethod: "TRIMMED" as const, dispersionThreshold: 25 };
    const before = await auditRows(id);
    await expect(saveRoundConfig(world.bkd, id, changed)).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { reason: [expect.stringContaining("isi alasan perubahan")] } });
    expect(await db.roundConfigVersion.findMany({ where: { roundId: id } })).toEqual([frozen]);
    expect(await db.round.findUniqueOrThrow({ where: { id } })).toEqual(round);
    expect(await auditRows(id)).toBe(before);

    await expect(saveRoundConfig(world.bkd, id, { ...changed, reason: "Ambang sebaran disesuaikan dengan keputusan pansel" })).resolves.toEqual({ version: 2 });
    versions = await db.roundConfigVersion.findMany({ where: { roundId: id }, orderBy: { version: "asc" } });
    expect(versions.map((v) => [v.version, Number(v.dispersionThreshold), v.reason, v.frozenAt !== null])).toEqual([
      [1, 15, null, true],
      [2, 25, "Ambang sebaran disesuaikan dengan keputusan pansel", true],
    ]);
    const setup = await getRoundSetup(world.bkd, id);
    expect([setup.config.version, setup.dispersionThreshold]).toEqual([2, 25]);
    expect(setup.config.history.map((v) => [v.version, v.dispersionThreshold])).toEqual([[2, 25], [1, 15]]);
  });

  it("copies the round's scoring rules into the version it freezes", async () => {
    const id = await readyRound(world);
    // A round whose version predates the rules columns (the migration backfills; this is the guard).
    await db.round.update({ where: { id }, data: { jpmScheme: "OPTIMAL", dispersionThreshold: 12.5 } });
    await startScoring(world.bkd, id);
    const v1 = await db.roundConfigVersion.findFirstOrThrow({ where: { roundId: id, version: 1 } });
    expect([v1.jpmScheme, v1.aggregationMethod, Number(v1.dispersionThreshold)]).toEqual(["OPTIMAL", "MEAN", 12.5]);
  });

  it("computes results with the scoring rules of the configuration version, not the round's copy", async () => {
    const scoring = await buildScoringRound(db, { participants: 1 });
    await completeRoundData(db, scoring, (_p, m) => 60 + m * 4); // spread 16 points
    await db.roundConfigVersion.updateMany({ where: { roundId: scoring.round.id }, data: { dispersionThreshold: 10, jpmScheme: "OPTIMAL" } });
    const { results, data } = computeSnapshot(await loadResultsInputs(db, scoring.round.id));
    expect(data.settings).toEqual({ jpmScheme: "OPTIMAL", aggregationMethod: "MEAN", dispersionThreshold: 10 });
    expect(results.participants[0]!.dispersion.PAPER).toMatchObject({ spread: 16, flagged: true });
  });

  it("rejects weights that sum to 99", async () => {
    const { id } = await createRound(world.bkd, { type: "JOB_FIT", name: "Uji", referenceDate: "2026-11-02" });
    await expect(saveRoundConfig(world.bkd, id, config({ ...JOB_FIT, ASSESSMENT: 39 }))).rejects.toThrow("Jumlah bobot harus tepat 100; sekarang 99");
  });

  it("does not start scoring while the panel fails composition, and starts once when asked twice at once", async () => {
    const id = await readyRound(world);
    const internalExternal = await db.panelMember.findFirstOrThrow({ where: { roundId: id, internal: false, userId: { not: null } } });
    await removePanelMember(world.bkd, id, internalExternal.id);
    await addPanelMember(world.bkd, id, { externalName: "Internal Tambahan", role: "ANGGOTA", internal: true, institution: "", decreeNumber: DECREE }); // 4 of 7 internal
    await expect(startScoring(world.bkd, id)).rejects.toThrow("Anggota dari unsur internal melebihi 45%");
    expect((await db.round.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");

    const extra = await db.panelMember.findFirstOrThrow({ where: { roundId: id, externalName: "Internal Tambahan" } });
    await removePanelMember(world.bkd, id, extra.id);
    await addPanelMember(world.bkd, id, { externalName: "Eksternal C", role: "ANGGOTA", internal: false, institution: "", decreeNumber: DECREE });
    const results = await Promise.allSettled([startScoring(world.bkd, id), startScoring(world.bkd, id)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.auditEvent.count({ where: { entityId: id, action: "ROUND_START_SCORING" } })).toBe(1);
    expect((await db.round.findUniqueOrThrow({ where: { id } })).status).toBe("SCORING");
  });

  it("re-checks eligibility at start: a blackout recorded after the participant was added blocks it until an override is given", async () => {
    const id = await readyRound(world);
    const participant = await db.participant.findFirstOrThrow({ where: { roundId: id } });
    expect(participant).toMatchObject({ eligible: true, eligibilityReasons: [] });
    await addBlackout(world.bkd, { kind: "OTHER", eventDate: "2026-10-01", endsOn: "2026-12-31", note: "Pilkada serentak" });

    const name = world.incumbents[0]!.name;
    await expect(startScoring(world.bkd, id)).rejects.toThrow(`Peserta berikut tidak memenuhi syarat tanpa alasan pengecualian: ${name} (Tanggal acuan berada dalam masa larangan`);
    expect((await db.round.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");
    const setup = await getRoundSetup(world.bkd, id);
    expect(setup.problems.map((p) => p.code)).toEqual(["INELIGIBLE_WITHOUT_REASON"]);
    expect(setup.participants[0]!.uncoveredReasons).toEqual([expect.stringContaining("masa larangan")]);

    const before = await auditRows(participant.id);
    await expect(recheckParticipant(world.bkd, id, participant.id, {})).rejects.toMatchObject({ fieldErrors: { overrideReason: [expect.stringContaining(`${name} kini tidak memenuhi syarat`)] } });
    expect(await db.participant.findUniqueOrThrow({ where: { id: participant.id } })).toEqual(participant);
    await recheckParticipant(world.bkd, id, participant.id, { overrideReason: "Persetujuan tertulis Mendagri No. 100.2.2.6/901" });
    expect(await db.participant.findUniqueOrThrow({ where: { id: participant.id } })).toMatchObject({
      eligible: false,
      eligibilityReasons: ["BLACKOUT_WINDOW"],
      overrideReason: "Persetujuan tertulis Mendagri No. 100.2.2.6/901",
      overriddenById: world.bkd.userId,
    });
    expect(await db.auditEvent.findMany({ where: { entityId: participant.id } })).toHaveLength(before + 1);
    expect(await db.auditEvent.findFirstOrThrow({ where: { entityId: participant.id, action: "PARTICIPANT_RECHECK" } })).toMatchObject({ reason: "Persetujuan tertulis Mendagri No. 100.2.2.6/901" });
    await startScoring(world.bkd, id);
    expect((await db.round.findUniqueOrThrow({ where: { id } })).status).toBe("SCORING");
  });

  it("re-checks eligibility at start: an inauguration date corrected to under 2 years blocks it, whatever was stored", async () => {
    const id = await readyRound(world);
    await db.official.update({ where: { id: world.incumbents[0]!.id }, data: { inauguratedOn: new Date("2025-03-01T00:00:00Z") } });
    await expect(startScoring(world.bkd, id)).rejects.toThrow(`${world.incumbents[0]!.name} (Belum 2 tahun sejak pelantikan`);
    // An override given for tenure does not cover a blackout that appears afterwards.
    const participant = await db.participant.findFirstOrThrow({ where: { roundId: id } });
    await recheckParticipant(world.bkd, id, participant.id, { overrideReason: "Evaluasi atas arahan Gubernur, persetujuan Mendagri No. 7" });
    await addBlackout(world.bkd, { kind: "HEAD_INAUGURATION", eventDate: "2026-06-01" });
    await expect(startScoring(world.bkd, id)).rejects.toThrow("masa larangan");
  });

  it("needs every member's decree number and a chair with an account before scoring starts", async () => {
    const id = await readyRound(world);
    const chair = await db.panelMember.findFirstOrThrow({ where: { roundId: id, role: "KETUA" } });
    const external = await db.panelMember.findFirstOrThrow({ where: { roundId: id, externalName: "Eksternal A" } });
    await db.panelMember.update({ where: { id: external.id }, data: { decreeNumber: "" } });
    await expect(startScoring(world.bkd, id)).rejects.toThrow("Nomor SK pansel belum diisi untuk: Eksternal A.");

    await db.panelMember.update({ where: { id: external.id }, data: { decreeNumber: DECREE } });
    await removePanelMember(world.bkd, id, chair.id);
    await removePanelMember(world.bkd, id, external.id);
    await addPanelMember(world.bkd, id, { userId: world.panelUsers[0]!.id, role: "ANGGOTA", internal: false, institution: "", decreeNumber: DECREE });
    await addPanelMember(world.bkd, id, { externalName: "Guru Besar Tanpa Akun", role: "KETUA", internal: false, institution: "Universitas", decreeNumber: DECREE });
    await expect(startScoring(world.bkd, id)).rejects.toThrow("Ketua pansel harus anggota yang memiliki akun pengguna");
    expect((await db.round.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");
    expect((await getRoundSetup(world.bkd, id)).problems.map((p) => p.code)).toEqual(["CHAIR_WITHOUT_ACCOUNT"]);
  });

  it("keeps another agency's BKD out: it can neither read nor change the round", async () => {
    const id = await readyRound(world);
    const other = await buildAgencyWorld(db);
    const before = await auditRows();
    await expect(getRoundSetup(other.bkd, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateRoundBasics(other.bkd, id, { name: "Diambil alih", referenceDate: "2026-11-02" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(addParticipant(other.bkd, id, { officialId: other.incumbents[0]!.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(saveRoundConfig(other.bkd, id, config(JOB_FIT, "alasan"))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(startScoring(other.bkd, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Nor can it put its own official into this agency's round through its own round.
    const own = await createRound(other.bkd, { type: "JOB_FIT", name: "Milik sendiri", referenceDate: "2026-11-02" });
    await expect(setRoundPositions(other.bkd, own.id, { positionIds: [world.posts[0]!.id], reservedIds: [] })).rejects.toThrow("bukan jabatan JPT Pratama instansi Anda");
    await expect(addParticipant(other.bkd, own.id, { officialId: world.incumbents[0]!.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db.round.findUniqueOrThrow({ where: { id } })).name).toBe("Uji 2026");
    expect(await auditRows()).toBe(before + 1); // only the other agency's own round creation
  });
});
