// The round participants export: eligibility, levels, JPM and its category, track record and the
// appraisal year's performance; and the assessment template built from the round.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { COMPETENCY_LABELS, CORE_COMPETENCIES } from "@/lib/domain/competency";
import { assessmentTemplate } from "@/lib/server/exports/import-templates";
import { exportRoundParticipants } from "@/lib/server/exports/round-export";
import { previewAssessmentImport } from "@/lib/server/imports/assessment-import";
import type { Actor } from "@/lib/server/users";
import { actorFor } from "@/tests/factories/actor";
import { createAgency, createOfficial, createOrgUnit, createPosition, createUser } from "@/tests/factories/master-data";
import { addParticipant, addRoundPosition, createRound } from "@/tests/factories/round";
import { readXlsx } from "@/tests/fixtures/spreadsheets";

const CORE = CORE_COMPETENCIES.map((code) => COMPETENCY_LABELS[code]);

describe("round participants export", () => {
  let bkd: Actor;
  let roundId: string;
  let complete: { nip: string; name: string };
  let partial: { nip: string; name: string };
  beforeAll(async () => {
    const agency = await createAgency(db);
    bkd = actorFor(await createUser(db, { agencyId: agency.id, role: "BKD" }), agency);
    const unit = await createOrgUnit(db, { agencyId: agency.id, name: "Badan Keuangan Daerah" });
    const post = await createPosition(db, { agencyId: agency.id, orgUnitId: unit.id, title: "Kepala Badan Keuangan", technical: [{ name: "Pengelolaan Keuangan", level: 3 }] });
    const post2 = await createPosition(db, { agencyId: agency.id, orgUnitId: unit.id, title: "Sekretaris Badan" });
    const round = await createRound(db, { agencyId: agency.id, name: "Uji Kompetensi 2026", status: "SCORING", jpmScheme: "MS", referenceDate: "2026-11-02" });
    roundId = round.id;
    const o1 = await createOfficial(db, { agencyId: agency.id, positionId: post.id, name: "Andi" });
    const o2 = await createOfficial(db, { agencyId: agency.id, positionId: post2.id, name: "Budi" });
    complete = { nip: o1.nip, name: o1.name };
    partial = { nip: o2.nip, name: o2.name };
    const p1 = await addParticipant(db, { roundId, officialId: o1.id, roundPositionId: (await addRoundPosition(db, { roundId, positionId: post.id })).id });
    await addParticipant(db, {
      roundId, officialId: o2.id, roundPositionId: (await addRoundPosition(db, { roundId, positionId: post2.id })).id,
      eligible: false, eligibilityReasons: ["TENURE_UNDER_2_YEARS"], overrideReason: "Pengecualian tertulis Mendagri",
    });
    // 8 managerial at 3, Perekat Bangsa 4, technical 3 (standard 4 × 9 + 3): 31 of 39 = 79.49 % → Masih Memenuhi Syarat.
    await db.assessmentResult.createMany({
      data: [...CORE_COMPETENCIES.map((code) => ({ participantId: p1.id, competencyCode: code, level: code === "PEREKAT_BANGSA" ? 4 : 3, source: "MANUAL" })),
        { participantId: p1.id, competencyCode: "TEKNIS_1", level: 3, source: "MANUAL" }],
    });
    await db.trackRecord.create({ data: { participantId: p1.id, superiorScore: 80 } });
    await db.performanceRecord.createMany({
      data: [{ officialId: o1.id, year: 2024, contractAchievement: 65, skpRating: "BAIK" }, { officialId: o1.id, year: 2025, contractAchievement: 72.5, skpRating: "SANGAT_BAIK" }, { officialId: o1.id, year: 2026, contractAchievement: 90, skpRating: "BAIK" }],
    });
  });

  it("lists each participant with levels, JPM, category and the appraisal year's performance", async () => {
    const file = await exportRoundParticipants(bkd, roundId, new Date("2026-11-22T00:00:00Z"));
    expect(file.fileName).toBe("peserta-uji-kompetensi-2026-2026-11-22.xlsx");
    const { header, rows } = await readXlsx(file.bytes);
    expect(header).toEqual([
      "NIP", "Nama", "Jabatan", "OPD", "Memenuhi Syarat", "Alasan Tidak Memenuhi Syarat", "Alasan Pengecualian", ...CORE,
      "Pengelolaan Keuangan", "JPM (%)", "Kategori JPM", "Rekam Jejak", "Tahun Kinerja", "Capaian Kinerja (%)", "Predikat SKP",
    ]);
    const cell = (row: unknown[], name: string) => row[header.indexOf(name)] ?? null;
    const [andi, budi] = rows as unknown[][];
    expect(andi![0]).toBe(complete.nip);
    expect(["Jabatan", "OPD", "Memenuhi Syarat", "Integritas", "Perekat Bangsa", "Pengelolaan Keuangan", "JPM (%)", "Kategori JPM", "Rekam Jejak", "Tahun Kinerja", "Capaian Kinerja (%)", "Predikat SKP"].map((h) => cell(andi!, h))).toEqual(
      ["Kepala Badan Keuangan", "Badan Keuangan Daerah", "Ya", 3, 4, 3, 79.49, "Masih Memenuhi Syarat", "Ada", 2025, 72.5, "Sangat Baik"],
    );
    expect(budi![0]).toBe(partial.nip);
    expect(["Memenuhi Syarat", "Alasan Tidak Memenuhi Syarat", "Alasan Pengecualian", "Integritas", "JPM (%)", "Kategori JPM", "Rekam Jejak", "Tahun Kinerja"].map((h) => cell(budi!, h))).toEqual(
      ["Tidak", expect.stringContaining("Belum 2 tahun"), "Pengecualian tertulis Mendagri", null, null, null, "Belum", null],
    );
  });

  it("builds an assessment template with the participants and the technical column, importable as is", async () => {
    const file = await assessmentTemplate(bkd, roundId);
    const { header, rows } = await readXlsx(file.bytes);
    expect(header).toEqual(["NIP", "Nama", ...CORE, "Pengelolaan Keuangan", "Asesor", "Tanggal Asesmen"]);
    expect(rows.map((row) => row.slice(0, 2))).toEqual([[complete.nip, complete.name], [partial.nip, partial.name]]);
    const preview = await previewAssessmentImport(bkd, roundId, { name: file.fileName, bytes: file.bytes });
    expect(preview.counts).toEqual({ NEW: 0, CHANGED: 0, UNCHANGED: 2, ERROR: 0 });
    const generic = await readXlsx((await assessmentTemplate(bkd)).bytes);
    expect(generic.header).toEqual(["NIP", "Nama", ...CORE, "Asesor", "Tanggal Asesmen"]);
    expect(generic.rows).toHaveLength(1);
  });

  it("refuses roles without round:read", async () => {
    const agency = await db.agency.findUniqueOrThrow({ where: { id: bkd.agencyId } });
    const admin = actorFor(await createUser(db, { agencyId: agency.id, role: "ADMIN" }), agency);
    await expect(exportRoundParticipants(admin, roundId)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
