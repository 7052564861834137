// What an import refuses before looking at a single row: size, row count, format, encoding and
// headers, each with a message the BKD user can act on.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { MAX_IMPORT_BYTES } from "@/lib/server/imports/limits";
import { previewOfficialsImport } from "@/lib/server/imports/officials-import";
import type { ImportUpload } from "@/lib/server/imports/types";
import type { Actor } from "@/lib/server/users";
import { actorFor } from "@/tests/factories/actor";
import { createAgency, createUser } from "@/tests/factories/master-data";
import { makeNip } from "@/tests/factories/nip";
import { csvUpload, xlsxUpload } from "@/tests/fixtures/spreadsheets";

const HEADER = ["NIP", "Nama", "Pangkat/Golongan", "Pendidikan", "Bidang Pendidikan"];
const line = (i: number) => [makeNip("1970-01-01", "1995-03", "M", (i % 999) + 1), `Pejabat ${i}`, "Pembina (IV/a)", "S1", "Hukum"];

describe("import limits and file checks", () => {
  let actor: Actor;
  beforeAll(async () => {
    const agency = await createAgency(db);
    actor = actorFor(await createUser(db, { agencyId: agency.id, role: "BKD" }), agency);
  });

  const refuses = (upload: ImportUpload, message: RegExp) =>
    expect(previewOfficialsImport(actor, upload)).rejects.toMatchObject({ code: "VALIDATION", message: expect.stringMatching(message) });

  it("refuses a file over 5 MB before reading it", async () => {
    await refuses({ name: "besar.xlsx", bytes: new Uint8Array(MAX_IMPORT_BYTES + 1) }, /^Ukuran berkas 5,1 MB melebihi batas 5 MB/);
    await refuses({ name: "besar.csv", bytes: new Uint8Array(7 * 1024 * 1024) }, /^Ukuran berkas 7 MB melebihi batas 5 MB/);
  });

  it("refuses an XLSX that would inflate far beyond 5,000 rows before exceljs loads it", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Data");
    sheet.addRow(HEADER);
    // Repetitive text compresses more than a hundredfold: well under 5 MB on disk, ~35 MB inflated.
    for (let i = 0; i < 2_200; i += 1) sheet.addRow([`${"Baris data berulang ".repeat(800)}${i}`]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(bytes.byteLength).toBeLessThan(MAX_IMPORT_BYTES);
    await refuses({ name: "padat.xlsx", bytes }, /^Isi berkas XLSX terlalu besar setelah dibuka/);
  });

  it("refuses more than 5,000 data rows and accepts exactly 5,000", async () => {
    await refuses(csvUpload("banyak.csv", HEADER, Array.from({ length: 5001 }, (_, i) => line(i)), ","), /lebih dari 5\.000 baris data/);
    const limit = await previewOfficialsImport(actor, csvUpload("pas.csv", HEADER, Array.from({ length: 5000 }, (_, i) => line(i)), ","));
    expect(limit.rows).toHaveLength(5000);
  });

  it("accepts only .xlsx and .csv, and says so", async () => {
    await refuses({ name: "lama.xls", bytes: new Uint8Array([1, 2, 3]) }, /^Format berkas tidak didukung/);
    await refuses({ name: "rusak.xlsx", bytes: new TextEncoder().encode("bukan zip") }, /tidak dapat dibaca sebagai XLSX/);
    await refuses({ name: "kosong.csv", bytes: new Uint8Array() }, /^Berkas kosong/);
  });

  it("requires UTF-8 in a CSV and accepts it with or without a byte-order mark, comma or semicolon", async () => {
    await refuses({ name: "latin1.csv", bytes: new Uint8Array([0x4e, 0x49, 0x50, 0x3b, 0xe9, 0x0a]) }, /harus berkodean UTF-8/);
    for (const [separator, bom] of [[",", false], [",", true], [";", false], [";", true]] as const) {
      const preview = await previewOfficialsImport(actor, csvUpload("utf8.csv", HEADER, [line(1), line(2)], separator, bom));
      expect(preview.counts).toEqual({ NEW: 2, CHANGED: 0, UNCHANGED: 0, ERROR: 0 });
    }
  });

  it("names missing, repeated and unknown headers, and skips informational ones", async () => {
    await refuses(await xlsxUpload("a.xlsx", ["NIP", "Nama"], [line(1).slice(0, 2)]), /^Kolom wajib tidak ditemukan pada baris judul: Pangkat\/Golongan, Pendidikan, Bidang Pendidikan\./);
    await refuses(await xlsxUpload("b.xlsx", [...HEADER, "nip"], [line(1)]), /^Kolom "nip" muncul lebih dari sekali\./);
    await refuses(await xlsxUpload("c.xlsx", [...HEADER, "Tanggal Lahirr"], [line(1)]), /^Kolom tidak dikenal: Tanggal Lahirr\./);
    await refuses(await xlsxUpload("d.xlsx", HEADER, []), /tidak berisi baris data/);
    const preview = await previewOfficialsImport(actor, await xlsxUpload("e.xlsx", ["No", ...HEADER.map((h) => h.toUpperCase()), "Keterangan"], [[1, ...line(1), "baru"]]));
    expect(preview.ignoredColumns).toEqual(["No", "Keterangan"]);
    expect(preview.counts.NEW).toBe(1);
  });

  it("refuses a role without import:run", async () => {
    const agency = await createAgency(db);
    const sekda = actorFor(await createUser(db, { agencyId: agency.id, role: "SEKDA" }), agency);
    await expect(previewOfficialsImport(sekda, csvUpload("x.csv", HEADER, [line(1)]))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
