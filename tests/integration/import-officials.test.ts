// Officials import against a real database: all-or-nothing, idempotent, audited once, and the
// limits. Spreadsheets are built here with exceljs, as a user's spreadsheet program saves them.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { commitOfficialsImport, previewOfficialsImport } from "@/lib/server/imports/officials-import";
import { OFFICIAL_COLUMNS } from "@/lib/server/imports/official-columns";
import type { Actor } from "@/lib/server/users";
import { actorFor } from "@/tests/factories/actor";
import { createAgency, createOfficial, createOrgUnit, createPosition, createUser } from "@/tests/factories/master-data";
import { makeNip } from "@/tests/factories/nip";
import { csvUpload, xlsxUpload, type Cell } from "@/tests/fixtures/spreadsheets";

const HEADER = OFFICIAL_COLUMNS.map((c) => c.header);
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Row i of a generated file: a valid official whose NIP encodes the birth date and sex given. */
function officialRow(i: number, overrides: Partial<Record<string, Cell>> = {}): Cell[] {
  const birthDate = `19${70 + (i % 20)}-0${1 + (i % 9)}-1${i % 10}`;
  const sex = i % 3 === 0 ? "F" : "M";
  const values: Record<string, Cell> = {
    NIP: makeNip(birthDate, `20${10 + (i % 10)}-03`, sex, 100 + i),
    Nama: `Pejabat Impor ${String(i).padStart(2, "0")}, S.E., M.Si.`,
    "Tanggal Lahir": utc(birthDate),
    "Jenis Kelamin": sex === "M" ? "L" : "P",
    "Pangkat/Golongan": "Pembina Utama Muda (IV/c)",
    Pendidikan: "S2",
    "Bidang Pendidikan": "Administrasi Publik",
    "Jabatan JPT": null,
    "Jabatan Saat Ini": "Kepala Bidang Perencanaan",
    "Tanggal Pelantikan": null,
    "TMT Administrator": utc("2015-01-02"),
    "Awal Pengalaman Relevan": "02-01-2010",
    "Hukuman Disiplin": "Tidak ada",
    Status: "Aktif",
    ...overrides,
  };
  return HEADER.map((header) => values[header] ?? null);
}

const rows = (count: number, change: (i: number) => Partial<Record<string, Cell>> = () => ({})) =>
  Array.from({ length: count }, (_, i) => officialRow(i, change(i)));

async function world() {
  const agency = await createAgency(db);
  const user = await createUser(db, { agencyId: agency.id, role: "BKD" });
  const unit = await createOrgUnit(db, { agencyId: agency.id });
  return { agency, unit, actor: actorFor(user, agency) };
}

const officialsOf = (agencyId: string) => db.official.findMany({ where: { agencyId }, orderBy: { nip: "asc" } });
const importAudits = (agencyId: string) => db.auditEvent.findMany({ where: { agencyId, action: "IMPORT_OFFICIALS" } });

describe("officials import", () => {
  let actor: Actor;
  let agencyId: string;
  let unitId: string;
  beforeAll(async () => {
    const w = await world();
    actor = w.actor;
    agencyId = w.agency.id;
    unitId = w.unit.id;
  });

  it("writes nothing when one of 50 rows is bad, and names that row and column", async () => {
    const impossibleNip = rows(50, (i) => (i === 25 ? { NIP: "197502302000031001" } : {}));
    const upload = await xlsxUpload("pejabat.xlsx", HEADER, impossibleNip);
    const preview = await previewOfficialsImport(actor, upload);
    expect(preview.counts).toEqual({ NEW: 49, CHANGED: 0, UNCHANGED: 0, ERROR: 1 });
    const bad = preview.rows.find((row) => row.status === "ERROR")!;
    expect(bad.row).toBe(27);
    expect(bad.issues).toEqual([{ row: 27, column: "NIP", message: expect.stringContaining("NIP tidak valid") }]);

    const outcome = await commitOfficialsImport(actor, upload);
    expect(outcome.status).toBe("invalid");
    expect(await officialsOf(agencyId)).toEqual([]);
    expect(await importAudits(agencyId)).toEqual([]);

    const wrongBirthDate = rows(50, (i) => (i === 25 ? { "Tanggal Lahir": "01/01/1960" } : {}));
    const second = await commitOfficialsImport(actor, await xlsxUpload("pejabat.xlsx", HEADER, wrongBirthDate));
    expect(second.status).toBe("invalid");
    expect(second.preview.rows[25]!.issues).toEqual([
      { row: 27, column: "Tanggal Lahir", message: expect.stringContaining("tidak sesuai dengan NIP") },
    ]);
    expect(await officialsOf(agencyId)).toEqual([]);
  });

  it("commits 50 new officials with exactly one audit row, and a second commit changes nothing", async () => {
    const upload = await xlsxUpload("pejabat-50.xlsx", HEADER, rows(50));
    const first = await commitOfficialsImport(actor, upload);
    expect(first.status).toBe("committed");
    expect(first.preview.counts.NEW).toBe(50);
    const afterFirst = await officialsOf(agencyId);
    expect(afterFirst).toHaveLength(50);
    const audits = await importAudits(agencyId);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ entity: "Import", entityId: first.preview.sha256, actorId: actor.userId });
    const after = audits[0]!.after as { fileName: string; sha256: string; created: string[]; updated: unknown[] };
    expect(after.fileName).toBe("pejabat-50.xlsx");
    expect(after.created).toHaveLength(50);
    expect(after.updated).toEqual([]);

    const again = await commitOfficialsImport(actor, await xlsxUpload("pejabat-50.xlsx", HEADER, rows(50)));
    expect(again.status).toBe("unchanged");
    expect(again.preview.counts).toEqual({ NEW: 0, CHANGED: 0, UNCHANGED: 50, ERROR: 0 });
    expect(await officialsOf(agencyId)).toEqual(afterFirst);
    expect(await importAudits(agencyId)).toHaveLength(1);
  });

  it("updates only changed rows and audits each change with its before and after", async () => {
    const changed = rows(50, (i) => (i === 3 ? { "Pangkat/Golongan": "Pembina Utama Madya (IV/d)", Status: "Nonaktif" } : {}));
    const before = await officialsOf(agencyId);
    const outcome = await commitOfficialsImport(actor, await xlsxUpload("pejabat-ubah.xlsx", HEADER, changed));
    expect(outcome.status).toBe("committed");
    expect(outcome.preview.counts).toEqual({ NEW: 0, CHANGED: 1, UNCHANGED: 49, ERROR: 0 });
    expect(outcome.preview.rows[3]!.changed).toEqual(["Pangkat/Golongan", "Status"]);
    const nip = outcome.preview.rows[3]!.key;
    const after = await officialsOf(agencyId);
    expect(after.filter((o) => o.nip !== nip)).toEqual(before.filter((o) => o.nip !== nip));
    expect(after.find((o) => o.nip === nip)).toMatchObject({ rank: "Pembina Utama Madya (IV/d)", status: "INACTIVE" });
    const audit = (await importAudits(agencyId)).at(-1)!;
    expect((audit.after as { updated: unknown[] }).updated).toEqual([
      { nip, before: { rank: "Pembina Utama Muda (IV/c)", status: "ACTIVE" }, after: { rank: "Pembina Utama Madya (IV/d)", status: "INACTIVE" } },
    ]);
  });
});
