// Every mutation of the BKD's area leaves exactly one append-only audit row, written in the same
// transaction, with the right action, entity and actor: the steps below run in order on one
// agency, each counted on its own.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { COMPETENCY_LABELS, CORE_COMPETENCIES } from "@/lib/domain/competency";
import { DEFAULT_RUBRIC, WEIGHT_PRESETS } from "@/lib/domain/round-config";
import { officialSchema } from "@/lib/schemas/official";
import { addBlackout, removeBlackout } from "@/lib/server/blackouts";
import { commitAssessmentImport } from "@/lib/server/imports/assessment-import";
import { OFFICIAL_COLUMNS } from "@/lib/server/imports/official-columns";
import { commitOfficialsImport } from "@/lib/server/imports/officials-import";
import { createOfficial, updateOfficial } from "@/lib/server/official-writes";
import { saveAssessment, savePerformance, saveTrackRecord, saveWrittenTest } from "@/lib/server/participant-data";
import { createOrgUnit, createPosition, updateOrgUnit, updatePosition } from "@/lib/server/position-writes";
import { DEFAULT_STANDARD, updateStandard } from "@/lib/server/position-standard";
import { createRound, saveOversight, setRoundPositions, updateRoundBasics } from "@/lib/server/round-setup/basics";
import { saveRoundConfig } from "@/lib/server/round-setup/config";
import { addPanelMember, removePanelMember } from "@/lib/server/round-setup/panel";
import { addParticipant, recheckParticipant, removeParticipant } from "@/lib/server/round-setup/participants";
import { startScoring } from "@/lib/server/round-setup/start";
import type { RoundConfigInput } from "@/lib/schemas/round";
import { makeNip } from "@/tests/factories/nip";
import { buildAgencyWorld } from "@/tests/factories/world";
import { csvUpload } from "@/tests/fixtures/spreadsheets";

type World = Awaited<ReturnType<typeof buildAgencyWorld>>;

const JOB_FIT = WEIGHT_PRESETS.find((p) => p.key === "JOB_FIT")!.weights;
// A job fit that also gives a written test, so that the written-test step may store a score.
const WITH_WRITTEN_TEST = { ...JOB_FIT, WRITTEN_TEST: 15, PERFORMANCE: 0 };
const config = (reason?: string, weights = JOB_FIT): RoundConfigInput => ({ weights, jpmScheme: "MS", aggregationMethod: "MEAN", dispersionThreshold: 20, rubric: DEFAULT_RUBRIC, reason });
const levels = (level: number) => Object.fromEntries(CORE_COMPETENCIES.map((code) => [code, level]));

const officialInput = (overrides: Record<string, string> = {}) =>
  officialSchema.parse({
    nip: makeNip("1976-04-12", "2001-03", "F", 501),
    name: "Sri Wahyuni, S.Sos., M.Si.",
    birthDate: "1976-04-12",
    sex: "F",
    rank: "Pembina Utama Muda (IV/c)",
    educationLevel: "S2",
    educationField: "Administrasi Publik",
    inauguratedOn: "2020-02-03",
    ...overrides,
  });

function officialsFile() {
  const values: Record<string, string> = {
    NIP: makeNip("1981-09-09", "2006-03", "M", 777),
    Nama: "Andi Pratama, S.T., M.T.",
    "Tanggal Lahir": "1981-09-09",
    "Jenis Kelamin": "L",
    "Pangkat/Golongan": "Pembina (IV/a)",
    Pendidikan: "S2",
    "Bidang Pendidikan": "Teknik Sipil",
    "Jabatan Saat Ini": "Kepala Bidang Bina Marga",
    "Hukuman Disiplin": "Tidak ada",
    Status: "Aktif",
  };
  const header = OFFICIAL_COLUMNS.map((c) => c.header);
  return csvUpload("pejabat.csv", header, [header.map((h) => values[h] ?? null)]);
}

function assessmentFile(nip: string, level: number) {
  const header = ["NIP", "Nama", ...CORE_COMPETENCIES.map((code) => COMPETENCY_LABELS[code]), "Asesor", "Tanggal Asesmen"];
  return csvUpload("asesmen.csv", header, [[nip, "Peserta", ...CORE_COMPETENCIES.map(() => level), "UPT Asesmen", "2026-10-20"]]);
}

type Step = {
  action: string;
  entity: string;
  /** Setting up the step's precondition; its own rows are not counted. */
  prepare?: () => Promise<unknown>;
  run: () => Promise<unknown>;
  /** The audited record, when the step knows it in advance or from its result. */
  entityId?: (result: unknown) => string;
};

describe("one audit row per mutation", () => {
  let world: World;
  const ids: Record<string, string> = {};
  const idOf = (result: unknown) => (result as { id: string }).id;

  beforeAll(async () => {
    world = await buildAgencyWorld(db);
  });

  const steps: [string, Step][] = [
    ["create an OPD", { action: "ORG_UNIT_CREATE", entity: "OrgUnit", run: async () => (ids.unit = idOf(await createOrgUnit(world.bkd, { name: "Dinas Pekerjaan Umum", shortName: "DPU" }))), entityId: () => ids.unit! }],
    ["update an OPD", { action: "ORG_UNIT_UPDATE", entity: "OrgUnit", run: () => updateOrgUnit(world.bkd, ids.unit!, { name: "Dinas Pekerjaan Umum dan Penataan Ruang", shortName: "DPUPR" }), entityId: () => ids.unit! }],
    [
      "create a post",
      {
        action: "POSITION_CREATE",
        entity: "Position",
        run: async () => (ids.post = idOf(await createPosition(world.bkd, { orgUnitId: ids.unit!, title: "Kepala Dinas PUPR", grade: "JPT_PRATAMA", requiredEducationFields: [] }))),
        entityId: () => ids.post!,
      },
    ],
    [
      "update a post",
      {
        action: "POSITION_UPDATE",
        entity: "Position",
        run: () => updatePosition(world.bkd, ids.post!, { orgUnitId: ids.unit!, title: "Kepala Dinas PUPR", grade: "JPT_PRATAMA", requiredEducationFields: ["Teknik Sipil"] }),
        entityId: () => ids.post!,
      },
    ],
    ["update a competency standard", { action: "STANDARD_UPDATE", entity: "Position", run: () => updateStandard(world.bkd, ids.post!, { ...DEFAULT_STANDARD, technical: [{ name: "Manajemen Konstruksi", level: 3 }] }), entityId: () => ids.post! }],
    ["create an official", { action: "OFFICIAL_CREATE", entity: "Official", run: async () => (ids.official = idOf(await createOfficial(world.bkd, officialInput({ positionId: ids.post! })))), entityId: () => ids.official! }],
    ["update an official", { action: "OFFICIAL_UPDATE", entity: "Official", run: () => updateOfficial(world.bkd, ids.official!, officialInput({ positionId: ids.post!, rank: "Pembina Utama Madya (IV/d)" })), entityId: () => ids.official! }],
    ["add a blackout window", { action: "BLACKOUT_ADD", entity: "BlackoutWindow", run: async () => (ids.blackout = idOf(await addBlackout(world.bkd, { kind: "OTHER", eventDate: "2020-01-01", endsOn: "2020-02-01" }))), entityId: () => ids.blackout! }],
    ["remove a blackout window", { action: "BLACKOUT_REMOVE", entity: "BlackoutWindow", run: () => removeBlackout(world.bkd, ids.blackout!), entityId: () => ids.blackout! }],
    ["create a round", { action: "ROUND_CREATE", entity: "Round", run: async () => (ids.round = idOf(await createRound(world.bkd, { type: "JOB_FIT", name: "Uji 2026", referenceDate: "2026-11-02" }))), entityId: () => ids.round! }],
    ["update the round's basics", { action: "ROUND_UPDATE", entity: "Round", run: () => updateRoundBasics(world.bkd, ids.round!, { name: "Uji Kompetensi 2026", referenceDate: "2026-11-02", scoringOpensOn: "2026-11-09" }), entityId: () => ids.round! }],
    ["set the round's posts", { action: "ROUND_POSITIONS_SET", entity: "Round", run: () => setRoundPositions(world.bkd, ids.round!, { positionIds: [...world.posts.map((p) => p.id), ids.post!], reservedIds: [] }), entityId: () => ids.round! }],
    ["add an eligible participant", { action: "PARTICIPANT_ADD", entity: "Participant", run: async () => (ids.participant = idOf(await addParticipant(world.bkd, ids.round!, { officialId: world.incumbents[0]!.id }))), entityId: () => ids.participant! }],
    [
      "add an ineligible participant with an override",
      {
        action: "PARTICIPANT_ADD",
        entity: "Participant",
        run: async () => (ids.overridden = idOf(await addParticipant(world.bkd, ids.round!, { officialId: world.incumbents[1]!.id, overrideReason: "Persetujuan Mendagri No. 100.2.2.6/88" }))),
        entityId: () => ids.overridden!,
      },
    ],
    ["add a third participant", { action: "PARTICIPANT_ADD", entity: "Participant", run: async () => (ids.third = idOf(await addParticipant(world.bkd, ids.round!, { officialId: ids.official! }))), entityId: () => ids.third! }],
    [
      "re-check a participant's eligibility with a new override",
      {
        action: "PARTICIPANT_RECHECK",
        entity: "Participant",
        prepare: () => db.official.update({ where: { id: ids.official! }, data: { inauguratedOn: new Date("2026-01-05T00:00:00Z") } }),
        run: () => recheckParticipant(world.bkd, ids.round!, ids.third!, { overrideReason: "Pelantikan ulang karena perubahan nomenklatur" }),
        entityId: () => ids.third!,
      },
    ],
    ["remove a participant", { action: "PARTICIPANT_REMOVE", entity: "Participant", run: () => removeParticipant(world.bkd, ids.round!, ids.third!), entityId: () => ids.third! }],
    [
      "add a panel member",
      {
        action: "PANEL_MEMBER_ADD",
        entity: "PanelMember",
        run: async () => (ids.member = idOf(await addPanelMember(world.bkd, ids.round!, { externalName: "Anggota Sementara", role: "ANGGOTA", internal: false, institution: "", decreeNumber: "800/1/2026" }))),
        entityId: () => ids.member!,
      },
    ],
    ["remove a panel member", { action: "PANEL_MEMBER_REMOVE", entity: "PanelMember", run: () => removePanelMember(world.bkd, ids.round!, ids.member!), entityId: () => ids.member! }],
    ["save the configuration in draft", { action: "ROUND_CONFIG_UPDATE", entity: "Round", run: () => saveRoundConfig(world.bkd, ids.round!, config(undefined, WITH_WRITTEN_TEST)), entityId: () => ids.round! }],
    ["save the oversight settings", { action: "ROUND_OVERSIGHT_SET", entity: "Round", run: () => saveOversight(world.bkd, ids.round!, { oversightMode: "REPORT_ONLY", oversightBodyName: "BKN", minApplicantsPerPost: 4 }), entityId: () => ids.round! }],
    [
      "save assessment levels",
      { action: "ASSESSMENT_SAVE", entity: "Participant", run: () => saveAssessment(world.bkd, ids.round!, ids.participant!, { levels: levels(3.5), assessor: "UPT", assessedOn: "2026-10-20" }), entityId: () => ids.participant! },
    ],
    [
      "save a track record",
      { action: "TRACK_RECORD_SAVE", entity: "Participant", run: () => saveTrackRecord(world.bkd, ids.round!, ids.participant!, { sanctionLevel: "NONE", superiorScore: 80, peerScore: 75, subordinateScore: 70, note: "" }), entityId: () => ids.participant! },
    ],
    ["save performance", { action: "PERFORMANCE_SAVE", entity: "PerformanceRecord", run: () => savePerformance(world.bkd, ids.round!, ids.participant!, { year: 2025, contractAchievement: 85, skpRating: "BAIK" }) }],
    ["save a written test score", { action: "WRITTEN_TEST_SAVE", entity: "Participant", run: () => saveWrittenTest(world.bkd, ids.round!, ids.participant!, { score: 77.5 }), entityId: () => ids.participant! }],
    ["commit an officials import", { action: "IMPORT_OFFICIALS", entity: "Import", run: async () => expect((await commitOfficialsImport(world.bkd, officialsFile())).status).toBe("committed") }],
    [
      "commit an assessment import",
      {
        action: "IMPORT_ASSESSMENT",
        entity: "Round",
        run: async () => expect((await commitAssessmentImport(world.bkd, ids.round!, assessmentFile(world.incumbents[0]!.nip, 4))).status).toBe("committed"),
        entityId: () => ids.round!,
      },
    ],
    [
      "start scoring",
      {
        action: "ROUND_START_SCORING",
        entity: "Round",
        prepare: async () => {
          for (const [i, user] of world.panelUsers.entries()) {
            await addPanelMember(world.bkd, ids.round!, { userId: user.id, role: i === 0 ? "KETUA" : "ANGGOTA", internal: i < 3, institution: "", decreeNumber: "800.1.3/12/2026" });
          }
          for (const name of ["Akademisi A", "Praktisi B"]) {
            await addPanelMember(world.bkd, ids.round!, { externalName: name, role: "ANGGOTA", internal: false, institution: "", decreeNumber: "800.1.3/12/2026" });
          }
        },
        run: () => startScoring(world.bkd, ids.round!),
        entityId: () => ids.round!,
      },
    ],
    ["change the configuration after start", { action: "ROUND_CONFIG_NEW_VERSION", entity: "Round", run: () => saveRoundConfig(world.bkd, ids.round!, config("Koreksi sesuai SK Gubernur")), entityId: () => ids.round! }],
    ["save data while scoring", { action: "TRACK_RECORD_SAVE", entity: "Participant", run: () => saveTrackRecord(world.bkd, ids.round!, ids.overridden!, { sanctionLevel: "LIGHT", superiorScore: 70, note: "" }), entityId: () => ids.overridden! }],
  ];

  const rowsOf = () => db.auditEvent.findMany({ where: { agencyId: world.bkd.agencyId }, orderBy: { createdAt: "asc" } });

  it.each(steps)("%s", async (_name, step) => {
    await step.prepare?.();
    const before = new Set((await rowsOf()).map((row) => row.id));
    const result = await step.run();
    const added = (await rowsOf()).filter((row) => !before.has(row.id));
    expect(added.map((row) => [row.action, row.entity, row.actorId])).toEqual([[step.action, step.entity, world.bkd.userId]]);
    if (step.entityId) expect(added[0]!.entityId).toBe(step.entityId(result));
  });

  it("writes nothing, not even an audit row, for an import equal to the stored data", async () => {
    const before = (await rowsOf()).length;
    expect((await commitOfficialsImport(world.bkd, officialsFile())).status).not.toBe("committed");
    expect((await commitAssessmentImport(world.bkd, ids.round!, assessmentFile(world.incumbents[0]!.nip, 4))).status).not.toBe("committed");
    expect((await rowsOf()).length).toBe(before);
  });
});
