// Setting up an open selection (seleksi terbuka): applicants apply for a post in scope, are
// checked against PP 17/2020 art. 107 on the reference date, and an ineligible one is included
// only with a recorded, audited override reason.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createRound, saveOversight, setRoundPositions } from "@/lib/server/round-setup/basics";
import { addPanelMember } from "@/lib/server/round-setup/panel";
import { addParticipant } from "@/lib/server/round-setup/participants";
import { startScoring } from "@/lib/server/round-setup/start";
import { getRoundSetup } from "@/lib/server/round-setup/view";
import { createOfficial } from "@/tests/factories/master-data";
import { buildAgencyWorld } from "@/tests/factories/world";

type World = Awaited<ReturnType<typeof buildAgencyWorld>>;

const REFERENCE_DATE = "2026-11-02";
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** An applicant who meets every requirement on 2026-11-02: age 51, S2, 10 years of relevant
 * experience, 4 years as administrator, no sanction. */
const ELIGIBLE = {
  birthDate: "1975-06-15",
  educationLevel: "S2",
  relevantExperienceSince: day("2016-01-01"),
  administratorSince: day("2022-07-01"),
  sanctionLevel: "NONE",
} as const;

async function applicant(world: World, overrides: Partial<Omit<Prisma.OfficialUncheckedCreateInput, "birthDate">> & { birthDate?: string } = {}) {
  return createOfficial(db, { agencyId: world.agency.id, jobTitle: "Kepala Bidang", ...ELIGIBLE, ...overrides });
}

async function openSelection(world: World) {
  const { id } = await createRound(world.bkd, { type: "OPEN_SELECTION", name: "Seleksi Terbuka 2026", referenceDate: REFERENCE_DATE });
  await setRoundPositions(world.bkd, id, { positionIds: world.posts.map((p) => p.id), reservedIds: [] });
  const posts = await db.roundPosition.findMany({ where: { roundId: id }, orderBy: { position: { title: "asc" } }, select: { id: true } });
  return { id, postIds: posts.map((p) => p.id) };
}

const auditCount = () => db.auditEvent.count();

describe("open selection set-up", () => {
  let world: World;
  let round: Awaited<ReturnType<typeof openSelection>>;
  beforeEach(async () => {
    world = await buildAgencyWorld(db);
    round = await openSelection(world);
  });

  it("needs the post applied for, and one of this round", async () => {
    const person = await applicant(world);
    const other = await openSelection(await buildAgencyWorld(db));
    const before = await auditCount();
    await expect(addParticipant(world.bkd, round.id, { officialId: person.id })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { roundPositionId: ["Pilih jabatan yang dilamar."] },
    });
    await expect(addParticipant(world.bkd, round.id, { officialId: person.id, roundPositionId: other.postIds[0] })).rejects.toMatchObject({
      fieldErrors: { roundPositionId: ["Jabatan yang dilamar tidak termasuk putaran ini."] },
    });
    expect(await db.participant.count({ where: { roundId: round.id } })).toBe(0);
    expect(await auditCount()).toBe(before);

    const { id } = await addParticipant(world.bkd, round.id, { officialId: person.id, roundPositionId: round.postIds[1] });
    expect(await db.participant.findUniqueOrThrow({ where: { id } })).toMatchObject({
      roundPositionId: round.postIds[1],
      eligible: true,
      eligibilityReasons: [],
      overrideReason: null,
      overriddenById: null,
    });
  });

  // Boundaries on the reference date 2026-11-02.
  const cases: [string, Parameters<typeof applicant>[1], string | null, string][] = [
    ["age 56, a day before turning 57", { birthDate: "1969-11-03" }, null, ""],
    ["age 57 on the reference date", { birthDate: "1969-11-02" }, "AGE_OVER_LIMIT", "Usia melebihi batas 56 tahun"],
    ["D-IV", { educationLevel: "D4" }, null, ""],
    ["D-III", { educationLevel: "D3" }, "EDUCATION_BELOW_S1", "Pendidikan di bawah S1/D-IV"],
    ["SMA", { educationLevel: "SMA" }, "EDUCATION_BELOW_S1", "Pendidikan di bawah S1/D-IV"],
    ["5 years of relevant experience exactly", { relevantExperienceSince: day("2021-11-02") }, null, ""],
    ["one day short of 5 years of experience", { relevantExperienceSince: day("2021-11-03") }, "EXPERIENCE_UNDER_5_YEARS", "kurang dari 5 tahun"],
    ["no experience on record", { relevantExperienceSince: null }, "EXPERIENCE_UNDER_5_YEARS", "kurang dari 5 tahun"],
    ["2 years as administrator exactly", { administratorSince: day("2024-11-02") }, null, ""],
    ["one day short of 2 years as administrator", { administratorSince: day("2024-11-03") }, "ADMINISTRATOR_UNDER_2_YEARS", "kurang dari 2 tahun"],
    ["a medium disciplinary sanction", { sanctionLevel: "MEDIUM" }, null, ""],
    ["a heavy disciplinary sanction", { sanctionLevel: "HEAVY" }, "DISCIPLINE_SANCTION", "hukuman disiplin tingkat berat"],
  ];

  it.each(cases)("%s: shown among the candidates and stored as checked", async (_name, overrides, reason, label) => {
    const person = await applicant(world, overrides);
    const candidate = (await getRoundSetup(world.bkd, round.id)).candidates.find((c) => c.officialId === person.id)!;
    expect(candidate).toMatchObject({ eligible: reason === null, reasons: reason ? [reason] : [] });
    if (reason) expect(candidate.reasonLabels).toEqual([expect.stringContaining(label)]);

    const input = { officialId: person.id, roundPositionId: round.postIds[0] };
    if (reason) {
      const before = await auditCount();
      await expect(addParticipant(world.bkd, round.id, input)).rejects.toMatchObject({
        code: "VALIDATION",
        fieldErrors: { overrideReason: [expect.stringContaining(label)] },
      });
      expect(await db.participant.count({ where: { roundId: round.id } })).toBe(0);
      expect(await auditCount()).toBe(before);
    }

    const overrideReason = reason ? "Keputusan PPK No. 800/45/BKD/2026 atas rekomendasi BKN" : undefined;
    const { id } = await addParticipant(world.bkd, round.id, { ...input, overrideReason });
    expect(await db.participant.findUniqueOrThrow({ where: { id } })).toMatchObject({
      eligible: reason === null,
      eligibilityReasons: reason ? [reason] : [],
      overrideReason: overrideReason ?? null,
      overriddenById: reason ? world.bkd.userId : null,
    });
    const audit = await db.auditEvent.findMany({ where: { entityId: id } });
    expect(audit).toEqual([expect.objectContaining({ action: "PARTICIPANT_ADD", actorId: world.bkd.userId, reason: overrideReason ?? null })]);
    const shown = (await getRoundSetup(world.bkd, round.id)).participants.find((p) => p.id === id)!;
    expect(shown).toMatchObject({ eligible: reason === null, overrideReason: overrideReason ?? null });
    expect(shown.reasons).toEqual(reason ? [expect.stringContaining(label)] : []);
  });

  it("stores every failing requirement at once", async () => {
    const person = await applicant(world, { birthDate: "1968-01-01", educationLevel: "D3", relevantExperienceSince: null, administratorSince: null, sanctionLevel: "HEAVY" });
    const { id } = await addParticipant(world.bkd, round.id, { officialId: person.id, roundPositionId: round.postIds[0], overrideReason: "Pengecualian uji coba sistem" });
    expect((await db.participant.findUniqueOrThrow({ where: { id } })).eligibilityReasons).toEqual([
      "AGE_OVER_LIMIT",
      "EDUCATION_BELOW_S1",
      "EXPERIENCE_UNDER_5_YEARS",
      "ADMINISTRATOR_UNDER_2_YEARS",
      "DISCIPLINE_SANCTION",
    ]);
  });

  it("warns about posts with fewer applicants than the round's minimum (default 4)", async () => {
    const [first, second] = round.postIds;
    for (let i = 0; i < 4; i++) await addParticipant(world.bkd, round.id, { officialId: (await applicant(world)).id, roundPositionId: first });
    for (let i = 0; i < 3; i++) await addParticipant(world.bkd, round.id, { officialId: (await applicant(world)).id, roundPositionId: second });

    let setup = await getRoundSetup(world.bkd, round.id);
    expect(setup.minApplicantsPerPost).toBe(4);
    expect(setup.applicantShortfalls).toEqual([{ id: second, title: world.posts[1]!.title, applicants: 3 }]);

    await saveOversight(world.bkd, round.id, { oversightMode: "RECOMMENDATION", oversightBodyName: "BKN", minApplicantsPerPost: 3 });
    expect((await getRoundSetup(world.bkd, round.id)).applicantShortfalls).toEqual([]);
    await saveOversight(world.bkd, round.id, { oversightMode: "RECOMMENDATION", oversightBodyName: "BKN", minApplicantsPerPost: 5 });
    setup = await getRoundSetup(world.bkd, round.id);
    expect(setup.applicantShortfalls.map((p) => [p.id, p.applicants])).toEqual([
      [first, 4],
      [second, 3],
    ]);
  });

  it.each([0, -1])("refuses a minimum of %i applicants in the service, storing nothing", async (minimum) => {
    const audits = await db.auditEvent.count();
    await expect(saveOversight(world.bkd, round.id, { oversightMode: "REPORT_ONLY", oversightBodyName: "BKN", minApplicantsPerPost: minimum })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { minApplicantsPerPost: ["Paling sedikit 1."] },
    });
    expect(await db.round.findUniqueOrThrow({ where: { id: round.id }, select: { oversightMode: true, minApplicantsPerPost: true } })).toEqual({ oversightMode: "RECOMMENDATION", minApplicantsPerPost: 4 });
    expect(await db.auditEvent.count()).toBe(audits);
  });

  it("shows the set-up of a round whose stored minimum is out of range, warning with the default", async () => {
    for (let i = 0; i < 3; i++) await addParticipant(world.bkd, round.id, { officialId: (await applicant(world)).id, roundPositionId: round.postIds[0] });
    await db.round.update({ where: { id: round.id }, data: { minApplicantsPerPost: 0 } });
    const setup = await getRoundSetup(world.bkd, round.id);
    expect(setup.minApplicantsPerPost).toBe(4);
    expect(setup.applicantShortfalls.map((p) => [p.id, p.applicants])).toEqual(round.postIds.map((id, i) => [id, i === 0 ? 3 : 0]));
  });

  it("checks applicants again when scoring starts: a record corrected since they applied blocks it", async () => {
    const person = await applicant(world);
    await addParticipant(world.bkd, round.id, { officialId: person.id, roundPositionId: round.postIds[0] });
    for (const [i, user] of world.panelUsers.entries()) {
      await addPanelMember(world.bkd, round.id, { userId: user.id, role: i === 0 ? "KETUA" : "ANGGOTA", internal: i < 3, institution: "", decreeNumber: "800/7/2026" });
    }
    for (const name of ["Akademisi", "Praktisi"]) {
      await addPanelMember(world.bkd, round.id, { externalName: name, role: "ANGGOTA", internal: false, institution: "", decreeNumber: "800/7/2026" });
    }
    // The applicant's diploma turns out to be a D-III.
    await db.official.update({ where: { id: person.id }, data: { educationLevel: "D3" } });
    await expect(startScoring(world.bkd, round.id)).rejects.toThrow(`${person.name} (Pendidikan di bawah S1/D-IV)`);
    expect((await db.round.findUniqueOrThrow({ where: { id: round.id } })).status).toBe("DRAFT");
    await db.official.update({ where: { id: person.id }, data: { educationLevel: "S1" } });
    await startScoring(world.bkd, round.id);
    expect((await db.round.findUniqueOrThrow({ where: { id: round.id } })).status).toBe("SCORING");
  });

  it("does not warn a job fit about applicants", async () => {
    const { id } = await createRound(world.bkd, { type: "JOB_FIT", name: "Uji", referenceDate: REFERENCE_DATE });
    await setRoundPositions(world.bkd, id, { positionIds: world.posts.map((p) => p.id), reservedIds: [] });
    expect((await getRoundSetup(world.bkd, id)).applicantShortfalls).toEqual([]);
  });
});
