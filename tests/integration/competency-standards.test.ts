// Editing a post's competency standard: technical competencies keep their codes (assessment
// results refer to them), and nothing changes while a round that includes the post runs (ADR 0013).
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { CORE_COMPETENCIES } from "@/lib/domain/competency";
import type { RoundStatus } from "@/lib/domain/workflow/round";
import { DEFAULT_STANDARD, updateStandard } from "@/lib/server/position-standard";
import { getPosition } from "@/lib/server/positions";
import { exportRoundParticipants } from "@/lib/server/exports/round-export";
import { computeSnapshot, loadResultsInputs } from "@/lib/server/results/snapshot";
import { createOfficial, createPosition } from "@/tests/factories/master-data";
import { addParticipant, addRoundPosition, createRound } from "@/tests/factories/round";
import { buildAgencyWorld } from "@/tests/factories/world";
import { readXlsx } from "@/tests/fixtures/spreadsheets";

type World = Awaited<ReturnType<typeof buildAgencyWorld>>;

const technicalRows = (positionId: string) =>
  db.competencyStandard.findMany({ where: { positionId, kind: "TECHNICAL" }, orderBy: { sortOrder: "asc" }, select: { code: true, name: true, level: true } });
const audits = () => db.auditEvent.count();

/** A post with three technical competencies (stored as TEKNIS_1..3) in a round of `status`,
 * whose participant has an assessed level on each of them. */
async function postInRound(world: World, status: RoundStatus) {
  const post = await createPosition(db, {
    agencyId: world.agency.id,
    orgUnitId: world.unit.id,
    technical: [{ name: "Legal drafting", level: 3 }, { name: "Litigasi", level: 3 }, { name: "Mediasi", level: 2 }],
  });
  const round = await createRound(db, { agencyId: world.agency.id, status, name: `Putaran ${status}` });
  const rp = await addRoundPosition(db, { roundId: round.id, positionId: post.id });
  const official = await createOfficial(db, { agencyId: world.agency.id });
  const participant = await addParticipant(db, { roundId: round.id, officialId: official.id, roundPositionId: rp.id });
  await db.assessmentResult.createMany({
    data: [
      { participantId: participant.id, competencyCode: "TEKNIS_1", level: 2.5, source: "MANUAL" },
      { participantId: participant.id, competencyCode: "TEKNIS_2", level: 4.5, source: "MANUAL" },
      { participantId: participant.id, competencyCode: "TEKNIS_3", level: 3.5, source: "MANUAL" },
    ],
  });
  return { post, round, participant };
}

/** Each stored level by the name of the competency its code belongs to; null where the
 * participant has no result for it. */
async function levelsByName(positionId: string, participantId: string): Promise<Record<string, number | null>> {
  const standard = await technicalRows(positionId);
  const results = await db.assessmentResult.findMany({ where: { participantId }, select: { competencyCode: true, level: true } });
  return Object.fromEntries(
    standard.map((s) => {
      const level = results.find((r) => r.competencyCode === s.code)?.level;
      return [s.name, level === undefined ? null : Number(level)];
    }),
  );
}

describe("technical competency codes", () => {
  let world: World;
  beforeEach(async () => {
    world = await buildAgencyWorld(db);
  });

  it("keeps each level with its competency when one before it is removed and the rest reordered", async () => {
    const { post, participant } = await postInRound(world, "DRAFT");
    const stored = (await getPosition(world.bkd, post.id)).standard.technical;
    await updateStandard(world.bkd, post.id, { core: DEFAULT_STANDARD.core, technical: [stored[2]!, stored[1]!] });

    expect(await technicalRows(post.id)).toEqual([
      { code: "TEKNIS_3", name: "Mediasi", level: expect.anything() },
      { code: "TEKNIS_2", name: "Litigasi", level: expect.anything() },
    ]);
    expect(await levelsByName(post.id, participant.id)).toEqual({ Mediasi: 3.5, Litigasi: 4.5 });
    expect((await getPosition(world.bkd, post.id)).standard.technical.map((t) => t.name)).toEqual(["Mediasi", "Litigasi"]);
  });

  it("keeps the code through a rename and gives an added competency a new code of its own", async () => {
    const { post, participant } = await postInRound(world, "DRAFT");
    const [first, second, third] = (await getPosition(world.bkd, post.id)).standard.technical;
    await updateStandard(world.bkd, post.id, {
      core: DEFAULT_STANDARD.core,
      technical: [{ ...first!, name: "Perancangan peraturan", level: 4 }, { name: "Arbitrase", level: 3 }, second!, third!],
    });
    const rows = await technicalRows(post.id);
    expect(rows.map((r) => [r.code, r.name, Number(r.level)])).toEqual([
      ["TEKNIS_1", "Perancangan peraturan", 4],
      [expect.stringMatching(/^TEKNIS_[0-9A-F]{16}$/), "Arbitrase", 3],
      ["TEKNIS_2", "Litigasi", 3],
      ["TEKNIS_3", "Mediasi", 2],
    ]);
    expect(await levelsByName(post.id, participant.id)).toEqual({ "Perancangan peraturan": 2.5, Arbitrase: null, Litigasi: 4.5, Mediasi: 3.5 });
  });

  it("freezes a snapshot's competencies in the standard's order, whatever order the rows are stored in", async () => {
    const { post, round, participant } = await postInRound(world, "DRAFT");
    const [legal, litigasi, mediasi] = (await getPosition(world.bkd, post.id)).standard.technical;
    await updateStandard(world.bkd, post.id, { core: DEFAULT_STANDARD.core, technical: [mediasi!, legal!, litigasi!] });
    // Postgres returns unordered rows in storage order, which any later write of a row changes
    // (here the first core and the first technical row, rewritten as they are).
    await db.$executeRaw`UPDATE "CompetencyStandard" SET level = level WHERE "positionId" = ${post.id} AND code IN ('INTEGRITAS', 'TEKNIS_3')`;

    const { data } = computeSnapshot(await loadResultsInputs(db, round.id));
    expect(data.standards[participant.id]!.map((s) => s.code)).toEqual([...CORE_COMPETENCIES, "TEKNIS_3", "TEKNIS_1", "TEKNIS_2"]);
    const { header } = await readXlsx((await exportRoundParticipants(world.bkd, round.id)).bytes);
    expect(header.filter((h) => ["Mediasi", "Legal drafting", "Litigasi"].includes(String(h)))).toEqual(["Mediasi", "Legal drafting", "Litigasi"]);
  });

  it("refuses a code the post does not have (a stale page), changing nothing", async () => {
    const { post } = await postInRound(world, "DRAFT");
    const before = await audits();
    await expect(
      updateStandard(world.bkd, post.id, { core: DEFAULT_STANDARD.core, technical: [{ code: "TEKNIS_9", name: "Hilang", level: 3 }] }),
    ).rejects.toMatchObject({ fieldErrors: { standard: [expect.stringContaining("Muat ulang halaman")] } });
    expect((await technicalRows(post.id)).map((r) => r.code)).toEqual(["TEKNIS_1", "TEKNIS_2", "TEKNIS_3"]);
    expect(await audits()).toBe(before);
  });
});

describe("standard edits and rounds", () => {
  let world: World;
  beforeEach(async () => {
    world = await buildAgencyWorld(db);
  });

  it.each<[RoundStatus, string]>([
    ["SCORING", "Penilaian"],
    ["FINALISED", "Hasil final"],
  ])("refuses any change while the post is in a round in %s", async (status, label) => {
    const { post } = await postInRound(world, status);
    const before = await audits();
    await expect(updateStandard(world.bkd, post.id, { core: { ...DEFAULT_STANDARD.core, INTEGRITAS: 5 }, technical: [] })).rejects.toMatchObject({
      code: "INVALID_STATE",
      message: `Standar kompetensi tidak dapat diubah selama jabatan ini termasuk putaran "Putaran ${status}" yang berstatus ${label}. Ubah setelah putaran ditutup.`,
    });
    const standard = await db.competencyStandard.findMany({ where: { positionId: post.id } });
    expect(standard).toHaveLength(12);
    expect(Number(standard.find((s) => s.code === "INTEGRITAS")!.level)).toBe(4);
    expect(await audits()).toBe(before);
  });

  it("allows changes in set-up, and after a round is closed or cancelled as long as no assessed competency is removed", async () => {
    for (const status of ["DRAFT", "CLOSED", "CANCELLED"] as const) {
      const { post } = await postInRound(world, status);
      const technical = (await getPosition(world.bkd, post.id)).standard.technical.map((t) => ({ ...t, level: 4 }));
      await updateStandard(world.bkd, post.id, { core: { ...DEFAULT_STANDARD.core, INTEGRITAS: 5 }, technical });
      expect((await getPosition(world.bkd, post.id)).standard).toMatchObject({ core: { INTEGRITAS: 5 }, technical: [{ level: 4 }, { level: 4 }, { level: 4 }] });
    }
  });

  it("refuses to remove a technical competency assessed in a round past set-up, but not one assessed only in set-up", async () => {
    const closed = await postInRound(world, "CLOSED");
    const [, litigasi, mediasi] = (await getPosition(world.bkd, closed.post.id)).standard.technical;
    await expect(updateStandard(world.bkd, closed.post.id, { core: DEFAULT_STANDARD.core, technical: [litigasi!, mediasi!] })).rejects.toMatchObject({
      fieldErrors: { standard: ['Kompetensi teknis "Legal drafting" sudah memiliki hasil asesmen pada putaran "Putaran CLOSED" dan tidak dapat dihapus.'] },
    });
    expect(await technicalRows(closed.post.id)).toHaveLength(3);

    const draft = await postInRound(world, "DRAFT");
    const kept = (await getPosition(world.bkd, draft.post.id)).standard.technical.slice(1);
    await updateStandard(world.bkd, draft.post.id, { core: DEFAULT_STANDARD.core, technical: kept });
    expect((await technicalRows(draft.post.id)).map((r) => r.code)).toEqual(["TEKNIS_2", "TEKNIS_3"]);
  });
});
