// The officials export is the import's layout: what is exported re-imports with no change.
import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { db } from "@/lib/db";
import { exportOfficials } from "@/lib/server/exports/officials-export";
import { officialsTemplate } from "@/lib/server/exports/import-templates";
import { OFFICIAL_COLUMNS } from "@/lib/server/imports/official-columns";
import { commitOfficialsImport, previewOfficialsImport } from "@/lib/server/imports/officials-import";
import type { Actor } from "@/lib/server/users";
import { actorFor } from "@/tests/factories/actor";
import { createAgency, createOfficial, createOrgUnit, createPosition, createUser } from "@/tests/factories/master-data";
import { readXlsx } from "@/tests/fixtures/spreadsheets";

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("officials export", () => {
  let bkd: Actor;
  let agencyId: string;
  beforeAll(async () => {
    const agency = await createAgency(db);
    agencyId = agency.id;
    bkd = actorFor(await createUser(db, { agencyId, role: "BKD" }), agency);
    const unit = await createOrgUnit(db, { agencyId });
    const post = await createPosition(db, { agencyId, orgUnitId: unit.id, title: "Kepala Badan Keuangan" });
    await createOfficial(db, {
      agencyId, positionId: post.id, inauguratedOn: utc("2022-03-15"), administratorSince: utc("2014-02-01"),
      relevantExperienceSince: utc("2009-07-01"), sanctionLevel: "LIGHT",
    });
    await createOfficial(db, { agencyId, birthDate: "1980-02-29", appointedMonth: "2005-04", sex: "F", jobTitle: "Sekretaris Dinas", status: "INACTIVE" });
  });

  it("writes the import's headers, words and date cells", async () => {
    const file = await exportOfficials(bkd, new Date("2026-11-22T10:00:00Z"));
    expect(file.fileName).toBe("pejabat-2026-11-22.xlsx");
    const { header, rows } = await readXlsx(file.bytes);
    expect(header).toEqual(OFFICIAL_COLUMNS.map((c) => c.header));
    const held = rows.find((row) => row[7] === "Kepala Badan Keuangan")!;
    expect(held.slice(9, 14)).toEqual([utc("2022-03-15"), utc("2014-02-01"), utc("2009-07-01"), "Ringan", "Aktif"]);
    const other = rows.find((row) => row[7] === undefined || row[7] === null)!;
    expect([other[2], other[3], other[8], other[13]]).toEqual([utc("1980-02-29"), "P", "Sekretaris Dinas", "Nonaktif"]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes.slice().buffer as Parameters<typeof workbook.xlsx.load>[0]);
    expect(workbook.worksheets[0]!.getCell("A2").numFmt).toBe("@");
  });

  it("re-imports unchanged: every row 'tidak berubah', nothing written", async () => {
    const before = await db.official.findMany({ where: { agencyId }, orderBy: { nip: "asc" } });
    const file = await exportOfficials(bkd);
    const outcome = await commitOfficialsImport(bkd, { name: file.fileName, bytes: file.bytes });
    expect(outcome.status).toBe("unchanged");
    expect(outcome.preview.counts).toEqual({ NEW: 0, CHANGED: 0, UNCHANGED: 2, ERROR: 0 });
    expect(await db.official.findMany({ where: { agencyId }, orderBy: { nip: "asc" } })).toEqual(before);
    expect(await db.auditEvent.count({ where: { agencyId, action: "IMPORT_OFFICIALS" } })).toBe(0);
  });

  it("offers a template whose example row imports cleanly", async () => {
    const file = await officialsTemplate(bkd);
    const { sheetNames, header, rows } = await readXlsx(file.bytes);
    expect(sheetNames).toEqual(["Pejabat", "Petunjuk"]);
    expect(header).toEqual(OFFICIAL_COLUMNS.map((c) => c.header));
    expect(rows).toHaveLength(1);
    const preview = await previewOfficialsImport(bkd, { name: file.fileName, bytes: file.bytes });
    expect(preview.counts).toEqual({ NEW: 1, CHANGED: 0, UNCHANGED: 0, ERROR: 0 });
  });

  it("is readable by the roles with masterdata:read only", async () => {
    const agency = await db.agency.findUniqueOrThrow({ where: { id: agencyId } });
    const head = actorFor(await createUser(db, { agencyId, role: "HEAD" }), agency);
    const panel = actorFor(await createUser(db, { agencyId, role: "PANEL" }), agency);
    expect((await readXlsx((await exportOfficials(head)).bytes)).rows).toHaveLength(2);
    await expect(exportOfficials(panel)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(officialsTemplate(head)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
