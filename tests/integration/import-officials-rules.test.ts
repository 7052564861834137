// Officials import: the rules beyond one row (posts, duplicates) and the cell formats users send.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { commitOfficialsImport, previewOfficialsImport } from "@/lib/server/imports/officials-import";
import type { Actor } from "@/lib/server/users";
import { actorFor } from "@/tests/factories/actor";
import { createAgency, createOfficial, createOrgUnit, createPosition, createUser } from "@/tests/factories/master-data";
import { makeNip } from "@/tests/factories/nip";
import { csvUpload, xlsxUpload, type Cell } from "@/tests/fixtures/spreadsheets";

const HEADER = ["NIP", "Nama", "Tanggal Lahir", "Jenis Kelamin", "Pangkat/Golongan", "Pendidikan", "Bidang Pendidikan", "Jabatan JPT"];
const nipA = makeNip("1970-01-01", "1995-03", "M", 1);
const nipB = makeNip("1971-02-02", "1996-03", "F", 2);
const nipC = makeNip("1972-03-03", "1997-03", "M", 3);
const row = (nip: string, post: string | null, birth: Cell = null, sex: Cell = null): Cell[] =>
  [nip, `Pejabat ${nip.slice(-3)}`, birth, sex, "Pembina (IV/a)", "S1", "Hukum", post];

describe("officials import rules", () => {
  let actor: Actor;
  let agencyId: string;
  const posts: Record<string, { id: string; title: string }> = {};
  beforeAll(async () => {
    const agency = await createAgency(db);
    agencyId = agency.id;
    actor = actorFor(await createUser(db, { agencyId, role: "BKD" }), agency);
    const unit = await createOrgUnit(db, { agencyId });
    for (const key of ["p1", "p2", "p3"]) posts[key] = await createPosition(db, { agencyId, orgUnitId: unit.id, title: `Kepala Dinas ${key.toUpperCase()}` });
    posts.admin = await createPosition(db, { agencyId, orgUnitId: unit.id, title: "Kepala Bidang Anggaran", grade: "ADMINISTRATOR" });
  });

  it("takes birth date and sex from the NIP when blank, and reads dates typed as text", async () => {
    const upload = csvUpload("pejabat.csv", HEADER, [row(nipA, null), row(nipB, null, "02/02/1971", "P"), row(nipC, null, "03-03-1972", "l")]);
    const outcome = await commitOfficialsImport(actor, upload);
    expect(outcome.status).toBe("committed");
    const stored = await db.official.findMany({ where: { agencyId }, orderBy: { nip: "asc" }, select: { nip: true, birthDate: true, sex: true } });
    expect(stored).toEqual([
      { nip: nipA, birthDate: new Date("1970-01-01T00:00:00Z"), sex: "M" },
      { nip: nipB, birthDate: new Date("1971-02-02T00:00:00Z"), sex: "F" },
      { nip: nipC, birthDate: new Date("1972-03-03T00:00:00Z"), sex: "M" },
    ]);
  });

  it("matches posts by title, refuses an unknown, an administrator or a doubly claimed post", async () => {
    const upload = await xlsxUpload("jabatan.xlsx", HEADER, [
      row(nipA, "kepala dinas p1"),
      row(nipB, "Kepala Dinas Tidak Ada"),
      row(nipC, "Kepala Dinas P1"),
      row(makeNip("1973-04-04", "1998-03", "M", 4), "Kepala Bidang Anggaran"),
    ]);
    const preview = await previewOfficialsImport(actor, upload);
    expect(preview.rows.map((r) => [r.row, r.status, r.issues.map((i) => `${i.column}: ${i.message}`)])).toEqual([
      [2, "CHANGED", []],
      [3, "ERROR", ['Jabatan JPT: Jabatan JPT "Kepala Dinas Tidak Ada" tidak ada di daftar jabatan instansi Anda.']],
      [4, "ERROR", [`Jabatan JPT: Jabatan ini sudah diisikan untuk NIP ${nipA} di baris 2.`]],
      [5, "ERROR", [expect.stringContaining("bukan jabatan JPT Pratama")]],
    ]);
  });

  it("refuses a post held by someone the file leaves in it, and lets two heads swap posts", async () => {
    await commitOfficialsImport(actor, await xlsxUpload("a.xlsx", HEADER, [row(nipA, "Kepala Dinas P1"), row(nipB, "Kepala Dinas P2")]));
    const taken = await previewOfficialsImport(actor, await xlsxUpload("b.xlsx", HEADER, [row(nipC, "Kepala Dinas P1")]));
    expect(taken.rows[0]!.issues[0]!.message).toMatch(/^Jabatan ini sudah dijabat oleh Pejabat 001 \(NIP \d{18}\)\.$/);

    const swap = await commitOfficialsImport(actor, await xlsxUpload("tukar.xlsx", HEADER, [row(nipA, "Kepala Dinas P2"), row(nipB, "Kepala Dinas P1")]));
    expect(swap.status).toBe("committed");
    const held = await db.official.findMany({ where: { agencyId, positionId: { not: null } }, select: { nip: true, positionId: true }, orderBy: { nip: "asc" } });
    expect(held).toEqual([{ nip: nipA, positionId: posts.p2!.id }, { nip: nipB, positionId: posts.p1!.id }]);
  });

  it("refuses a NIP twice in one file and a NIP saved as a number", async () => {
    const upload = await xlsxUpload("dobel.xlsx", HEADER, [row(nipC, null), row(nipC, null), [Number(nipA), "Angka", null, null, "Pembina (IV/a)", "S1", "Hukum", null]]);
    const preview = await previewOfficialsImport(actor, upload);
    expect(preview.rows.map((r) => r.issues.map((i) => `${i.row} ${i.column}: ${i.message}`))).toEqual([
      [],
      ["3 NIP: NIP ini sudah ada di baris 2; satu pejabat hanya boleh satu baris."],
      [expect.stringMatching(/^4 NIP: NIP tersimpan sebagai angka/)],
    ]);
  });

  it("explains coded columns in Indonesian", async () => {
    const header = [...HEADER, "Hukuman Disiplin", "Status", "Tanggal Pelantikan"];
    const upload = await xlsxUpload("kode.xlsx", header, [[...row(nipC, null, null, "X"), "Berat sekali", "Cuti", "31/02/2020"]]);
    const [only] = (await previewOfficialsImport(actor, upload)).rows;
    expect(only!.issues.map((i) => `${i.column}: ${i.message}`)).toEqual([
      "Jenis Kelamin: Jenis Kelamin harus L (laki-laki) atau P (perempuan).",
      'Tanggal Pelantikan: "31/02/2020" bukan tanggal yang ada di kalender.',
      "Hukuman Disiplin: Hukuman Disiplin harus Tidak ada, Ringan, Sedang atau Berat.",
      "Status: Status harus Aktif, Nonaktif atau Pensiun.",
    ]);
  });

  it("refuses a post whose stored incumbent the file does not mention", async () => {
    const other = await createOfficial(db, { agencyId, positionId: posts.p3!.id });
    const preview = await previewOfficialsImport(actor, await xlsxUpload("p3.xlsx", HEADER, [row(nipC, "Kepala Dinas P3")]));
    expect(preview.rows[0]!.issues[0]!.message).toContain(other.name);
  });
});
