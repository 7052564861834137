// A BKD user of another agency can neither read nor change agency A's officials, posts, rounds or
// results through the imports, templates and exports.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { COMPETENCY_LABELS, CORE_COMPETENCIES } from "@/lib/domain/competency";
import { assessmentTemplate } from "@/lib/server/exports/import-templates";
import { exportOfficials } from "@/lib/server/exports/officials-export";
import { exportRoundParticipants } from "@/lib/server/exports/round-export";
import { commitAssessmentImport, getAssessmentImportRound, listAssessmentImportRounds, previewAssessmentImport } from "@/lib/server/imports/assessment-import";
import { commitOfficialsImport, previewOfficialsImport } from "@/lib/server/imports/officials-import";
import type { Actor } from "@/lib/server/users";
import { actorFor } from "@/tests/factories/actor";
import { createAgency, createOfficial, createOrgUnit, createPosition, createUser } from "@/tests/factories/master-data";
import { addParticipant, addRoundPosition, createRound } from "@/tests/factories/round";
import { readXlsx, xlsxUpload } from "@/tests/fixtures/spreadsheets";

const OFFICIAL_HEADER = ["NIP", "Nama", "Pangkat/Golongan", "Pendidikan", "Bidang Pendidikan", "Jabatan JPT"];
const ASSESSMENT_HEADER = ["NIP", ...CORE_COMPETENCIES.map((code) => COMPETENCY_LABELS[code])];

describe("import and export tenancy", () => {
  let a: { actor: Actor; nip: string; roundId: string; postTitle: string; officialId: string };
  let b: Actor;
  const snapshotOfA = async () => ({
    officials: await db.official.findMany({ where: { agencyId: { not: b.agencyId } }, orderBy: { id: "asc" } }),
    results: await db.assessmentResult.findMany({ orderBy: { id: "asc" } }),
  });
  beforeAll(async () => {
    const agencyA = await createAgency(db, { name: "Pemerintah Kabupaten A" });
    const unit = await createOrgUnit(db, { agencyId: agencyA.id });
    const post = await createPosition(db, { agencyId: agencyA.id, orgUnitId: unit.id, title: "Kepala Dinas Kesehatan" });
    const official = await createOfficial(db, { agencyId: agencyA.id, positionId: post.id });
    const round = await createRound(db, { agencyId: agencyA.id, status: "SCORING" });
    const rp = await addRoundPosition(db, { roundId: round.id, positionId: post.id });
    await addParticipant(db, { roundId: round.id, officialId: official.id, roundPositionId: rp.id });
    const actorA = actorFor(await createUser(db, { agencyId: agencyA.id, role: "BKD" }), agencyA);
    a = { actor: actorA, nip: official.nip, roundId: round.id, postTitle: post.title, officialId: official.id };
    const agencyB = await createAgency(db, { name: "Pemerintah Kabupaten B" });
    await createOfficial(db, { agencyId: agencyB.id });
    b = actorFor(await createUser(db, { agencyId: agencyB.id, role: "BKD" }), agencyB);
  });

  it("does not match another agency's posts or officials in an officials import", async () => {
    const before = await snapshotOfA();
    const preview = await previewOfficialsImport(b, await xlsxUpload("b.xlsx", OFFICIAL_HEADER, [[a.nip, "Nama Lain", "Pembina (IV/a)", "S1", "Hukum", a.postTitle]]));
    expect(preview.rows[0]!.issues).toEqual([
      { row: 2, column: "Jabatan JPT", message: 'Jabatan JPT "Kepala Dinas Kesehatan" tidak ada di daftar jabatan instansi Anda.' },
    ]);
    // The same NIP is a new official of B's own register; A's row is neither seen nor touched.
    const outcome = await commitOfficialsImport(b, await xlsxUpload("b.xlsx", OFFICIAL_HEADER, [[a.nip, "Nama Lain", "Pembina (IV/a)", "S1", "Hukum", null]]));
    expect(outcome.preview.rows[0]!.status).toBe("NEW");
    expect(await snapshotOfA()).toEqual(before);
    expect(await db.official.count({ where: { nip: a.nip } })).toBe(2);
  });

  it("does not let another agency preview, commit or template an assessment import for A's round", async () => {
    const before = await snapshotOfA();
    const upload = await xlsxUpload("asesmen.xlsx", ASSESSMENT_HEADER, [[a.nip, 4, 4, 4, 4, 4, 4, 4, 4, 4]]);
    await expect(previewAssessmentImport(b, a.roundId, upload)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(commitAssessmentImport(b, a.roundId, upload)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(assessmentTemplate(b, a.roundId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getAssessmentImportRound(b, a.roundId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listAssessmentImportRounds(b)).toEqual([]);
    expect(await snapshotOfA()).toEqual(before);
    // A's own BKD user imports the same file.
    expect((await commitAssessmentImport(a.actor, a.roundId, upload)).status).toBe("committed");
  });

  it("exports only the caller's agency rows", async () => {
    const fromB = await readXlsx((await exportOfficials(b)).bytes);
    expect(fromB.rows).toHaveLength(2);
    expect(fromB.rows.map((row) => row[1])).not.toContain((await db.official.findUniqueOrThrow({ where: { id: a.officialId } })).name);
    await expect(exportRoundParticipants(b, a.roundId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const fromA = await readXlsx((await exportOfficials(a.actor)).bytes);
    expect(fromA.rows.map((row) => row[0])).toEqual([a.nip]);
  });
});
