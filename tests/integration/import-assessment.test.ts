// Assessment-centre import: only the round's participants, only valid levels, technical
// competencies by name, all-or-nothing, idempotent, one audit row on the round.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { COMPETENCY_LABELS, CORE_COMPETENCIES } from "@/lib/domain/competency";
import { NIP_INVALID_MESSAGE } from "@/lib/schemas/official";
import { commitAssessmentImport, previewAssessmentImport } from "@/lib/server/imports/assessment-import";
import type { Actor } from "@/lib/server/users";
import { actorFor } from "@/tests/factories/actor";
import { createAgency, createOfficial, createOrgUnit, createPosition, createUser } from "@/tests/factories/master-data";
import { addParticipant, addRoundPosition, createRound } from "@/tests/factories/round";
import { csvUpload, xlsxUpload, type Cell } from "@/tests/fixtures/spreadsheets";

const CORE = CORE_COMPETENCIES.map((code) => COMPETENCY_LABELS[code]);
const TECHNICAL = "Manajemen Keuangan Daerah";
const HEADER = ["NIP", "Nama", ...CORE, TECHNICAL, "Asesor", "Tanggal Asesmen"];
const levels = (value: Cell) => CORE.map(() => value);

describe("assessment import", () => {
  let actor: Actor;
  let roundId: string;
  let withTechnical: { nip: string; participantId: string };
  let withoutTechnical: { nip: string; participantId: string };
  let outsider: string;
  beforeAll(async () => {
    const agency = await createAgency(db);
    actor = actorFor(await createUser(db, { agencyId: agency.id, role: "BKD" }), agency);
    const unit = await createOrgUnit(db, { agencyId: agency.id });
    const finance = await createPosition(db, { agencyId: agency.id, orgUnitId: unit.id, technical: [{ name: TECHNICAL, level: 3 }] });
    const health = await createPosition(db, { agencyId: agency.id, orgUnitId: unit.id });
    const round = await createRound(db, { agencyId: agency.id, status: "SCORING" });
    roundId = round.id;
    const add = async (positionId: string) => {
      const official = await createOfficial(db, { agencyId: agency.id, positionId });
      const rp = await addRoundPosition(db, { roundId, positionId });
      const participant = await addParticipant(db, { roundId, officialId: official.id, roundPositionId: rp.id });
      return { nip: official.nip, participantId: participant.id };
    };
    withTechnical = await add(finance.id);
    withoutTechnical = await add(health.id);
    outsider = (await createOfficial(db, { agencyId: agency.id })).nip;
  });

  const results = () => db.assessmentResult.findMany({ orderBy: [{ participantId: "asc" }, { competencyCode: "asc" }] });
  const audits = () => db.auditEvent.findMany({ where: { action: "IMPORT_ASSESSMENT" } });

  it("rejects a NIP outside the round and levels 5.5 and 3.333, naming row and column, and writes nothing", async () => {
    const upload = await xlsxUpload("asesmen.xlsx", HEADER, [
      [withTechnical.nip, "A", ...levels(4), 3, "Dr. Asesor", "2026-10-01"],
      [outsider, "B", ...levels(3), null, null, null],
      [withoutTechnical.nip, "C", 5.5, ...levels(3).slice(1, 8), 3.333, null, null, null],
      ["12345", "D", ...levels(3), null, null, null],
    ]);
    const outcome = await commitAssessmentImport(actor, roundId, upload);
    expect(outcome.status).toBe("invalid");
    expect(outcome.preview.rows.flatMap((r) => r.issues)).toEqual([
      { row: 3, column: "NIP", message: "NIP ini bukan peserta putaran ini." },
      { row: 4, column: "Integritas", message: expect.stringContaining("antara 1 dan 5, paling banyak 2 angka desimal (isian: 5,5)") },
      { row: 4, column: "Perekat Bangsa", message: expect.stringContaining("(isian: 3,333)") },
      { row: 5, column: "NIP", message: NIP_INVALID_MESSAGE },
    ]);
    expect(outcome.preview.rows[0]!.status).toBe("NEW");
    expect(await results()).toEqual([]);
    expect(await audits()).toEqual([]);
  });

  it("refuses a technical level for a participant whose post standard lacks it", async () => {
    const upload = await xlsxUpload("teknis.xlsx", HEADER, [[withoutTechnical.nip, "C", ...levels(3), 4, null, null]]);
    const [row] = (await previewAssessmentImport(actor, roundId, upload)).rows;
    expect(row!.issues).toEqual([{ row: 2, column: TECHNICAL, message: `Kompetensi teknis "${TECHNICAL}" tidak termasuk standar jabatan peserta ini.` }]);
  });

  it("imports a semicolon CSV with decimal commas, and a second import writes nothing", async () => {
    const rows: Cell[][] = [
      [withTechnical.nip, "A", "3,5", ...levels("4").slice(1), "3,25", "Dr. Asesor", "01/10/2026"],
      [withoutTechnical.nip, "C", ...levels("3"), null, "Dr. Asesor", "2026-10-01"],
    ];
    const upload = csvUpload("hasil asesmen.csv", HEADER, rows);
    const outcome = await commitAssessmentImport(actor, roundId, upload);
    expect(outcome.status).toBe("committed");
    expect(outcome.preview.counts).toEqual({ NEW: 2, CHANGED: 0, UNCHANGED: 0, ERROR: 0 });
    const stored = await results();
    expect(stored).toHaveLength(9 + 1 + 9);
    const first = stored.filter((r) => r.participantId === withTechnical.participantId);
    expect(first.find((r) => r.competencyCode === "INTEGRITAS")).toMatchObject({ assessor: "Dr. Asesor", source: "IMPORT:hasil asesmen.csv" });
    expect(first.map((r) => [r.competencyCode, Number(r.level)])).toContainEqual(["INTEGRITAS", 3.5]);
    expect(first.map((r) => [r.competencyCode, Number(r.level)])).toContainEqual(["TEKNIS_1", 3.25]);
    expect(first.every((r) => r.assessedOn?.toISOString() === "2026-10-01T00:00:00.000Z")).toBe(true);

    const [audit] = await audits();
    expect(audit).toMatchObject({ entity: "Round", entityId: roundId, actorId: actor.userId });
    expect(audit!.after).toMatchObject({ fileName: "hasil asesmen.csv", created: [withTechnical.nip, withoutTechnical.nip], updated: [] });

    const again = await commitAssessmentImport(actor, roundId, csvUpload("salinan.csv", HEADER, rows));
    expect(again.status).toBe("unchanged");
    expect(await results()).toEqual(stored);
    expect(await audits()).toHaveLength(1);
  });

  it("updates only the changed levels and audits them; a row without levels changes nothing", async () => {
    const before = await results();
    const upload = await xlsxUpload("koreksi.xlsx", HEADER, [
      [withTechnical.nip, "A", 3.5, ...levels(4).slice(1), 3.25, "Dr. Asesor", new Date("2026-10-01T00:00:00Z")],
      [withoutTechnical.nip, "C", ...levels(3).slice(0, 8), 4, null, "Dr. Asesor", "2026-10-01"],
      [outsider.replace(/^./, "x"), "x", ...levels(null), null, null, null].map((v, i) => (i === 0 ? withoutTechnical.nip : v)),
    ]);
    const preview = await previewAssessmentImport(actor, roundId, upload);
    expect(preview.rows.map((r) => [r.status, r.changed])).toEqual([["UNCHANGED", []], ["CHANGED", ["Perekat Bangsa"]], ["ERROR", []]]);
    const valid = await xlsxUpload("koreksi.xlsx", HEADER, [[withoutTechnical.nip, "C", ...levels(3).slice(0, 8), 4, null, "Dr. Asesor", "2026-10-01"]]);
    expect((await commitAssessmentImport(actor, roundId, valid)).status).toBe("committed");
    const after = await results();
    const changed = after.filter((r, i) => Number(r.level) !== Number(before[i]!.level));
    expect(changed.map((r) => [r.participantId, r.competencyCode, Number(r.level), r.source])).toEqual([
      [withoutTechnical.participantId, "PEREKAT_BANGSA", 4, "IMPORT:koreksi.xlsx"],
    ]);
    const last = (await audits()).at(-1)!;
    expect(last.after).toMatchObject({
      created: [],
      updated: [{ nip: withoutTechnical.nip, before: { PEREKAT_BANGSA: { level: 3 } }, after: { PEREKAT_BANGSA: { level: 4 } } }],
    });

    const blank = await xlsxUpload("kosong.xlsx", HEADER, [[withTechnical.nip, "A", ...levels(null), null, null, null]]);
    expect((await previewAssessmentImport(actor, roundId, blank)).rows[0]!.status).toBe("UNCHANGED");
  });

  it("is refused once the round is finalised", async () => {
    await db.round.update({ where: { id: roundId }, data: { status: "FINALISED" } });
    const upload = await xlsxUpload("telat.xlsx", HEADER, [[withTechnical.nip, "A", ...levels(4), null, null, null]]);
    await expect(previewAssessmentImport(actor, roundId, upload)).rejects.toMatchObject({ code: "INVALID_STATE" });
    await expect(commitAssessmentImport(actor, roundId, upload)).rejects.toMatchObject({ code: "INVALID_STATE" });
    await db.round.update({ where: { id: roundId }, data: { status: "SCORING" } });
  });
});
