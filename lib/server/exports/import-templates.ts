import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import { COMPETENCY_LABELS, CORE_COMPETENCIES } from "@/lib/domain/competency";
import { fromIsoDate } from "@/lib/iso-date";
import { ASSESSED_ON_HEADER, ASSESSOR_HEADER } from "@/lib/server/imports/assessment-rows";
import { loadRoundForImport } from "@/lib/server/imports/assessment-plan";
import { MAX_IMPORT_ROWS } from "@/lib/server/imports/limits";
import type { Actor } from "@/lib/server/users";
import { OFFICIAL_SHEET_COLUMNS, officialCells, officialValidations } from "./officials-export";
import { addNotesSheet, addTableSheet, levelValidation, newWorkbook, slug, toXlsxFile, type Cell, type XlsxFile } from "./workbook";

// A NIP parseNip accepts (Perka BKN 22/2007): born 15 June 1975, CPNS March 2000, male, no. 001.
const EXAMPLE_NIP = "197506152000031001";

const COMMON_NOTES: [string, string][] = [
  ["Format", "Simpan sebagai .xlsx, atau CSV UTF-8 dengan pemisah koma atau titik koma. Baris pertama adalah judul kolom; jangan diubah."],
  ["Batas", `Paling banyak ${MAX_IMPORT_ROWS.toLocaleString("id-ID")} baris data dan 5 MB per berkas.`],
  ["Tanggal", "Sel tanggal Excel, atau teks TTTT-BB-HH, HH-BB-TTTT atau HH/BB/TTTT."],
  ["Baris contoh", "Hapus atau timpa baris contoh sebelum mengimpor; jika tidak, baris itu ikut diimpor."],
];

/** The officials import template: headers, one example row, drop-downs and instructions. */
export async function officialsTemplate(actor: Actor, now = new Date()): Promise<XlsxFile> {
  assertCan(actor.role, "import:run");
  const posts = await db.position.findMany({ where: { agencyId: actor.agencyId, grade: "JPT_PRATAMA" }, orderBy: { title: "asc" }, select: { title: true } });
  const workbook = newWorkbook(now);
  const example = officialCells({
    nip: EXAMPLE_NIP, name: "Dr. Budi Santoso, S.E., M.Si.", birthDate: fromIsoDate("1975-06-15"), sex: "M",
    rank: "Pembina Utama Muda (IV/c)", educationLevel: "S2", educationField: "Administrasi Publik",
    positionTitle: null, jobTitle: "Kepala Bidang Perencanaan", inauguratedOn: null,
    administratorSince: fromIsoDate("2015-01-02"), relevantExperienceSince: fromIsoDate("2010-01-04"),
    sanctionLevel: "NONE", status: "ACTIVE",
  });
  officialValidations(addTableSheet(workbook, "Pejabat", OFFICIAL_SHEET_COLUMNS, [example]), 500);
  addNotesSheet(workbook, "Petunjuk", [
    ["Kolom", "Isi"],
    ["NIP", "18 digit, diketik sebagai teks. Pejabat dengan NIP yang sudah ada diperbarui; NIP baru ditambahkan."],
    ["Tanggal Lahir, Jenis Kelamin", "Boleh dikosongkan: diambil dari NIP. Jika diisi harus sesuai dengan NIP. Jenis kelamin L atau P."],
    ["Pendidikan", "SMA, D3, D4, S1, S2 atau S3."],
    ["Jabatan JPT", "Nama jabatan JPT Pratama persis seperti di daftar jabatan (lihat di bawah). Kosong jika tidak menjabat JPT definitif."],
    ["Hukuman Disiplin", "Tidak ada, Ringan, Sedang atau Berat (kosong = Tidak ada)."],
    ["Status", "Aktif, Nonaktif atau Pensiun (kosong = Aktif)."],
    ["Kolom kosong", "Sel kosong mengosongkan data yang tersimpan, kecuali Tanggal Lahir dan Jenis Kelamin."],
    ...COMMON_NOTES,
    ["", ""],
    ["Jabatan JPT Pratama instansi", posts.map((p) => p.title).join("\n") || "(belum ada)"],
  ]);
  return toXlsxFile(workbook, "templat-impor-pejabat.xlsx");
}

/**
 * The assessment import template. With a round: its participants' NIPs and names and the
 * technical competencies of its posts; without: one example row.
 */
export async function assessmentTemplate(actor: Actor, roundId?: string, now = new Date()): Promise<XlsxFile> {
  assertCan(actor.role, "import:run");
  const loaded = roundId ? await loadRoundForImport(db, actor.agencyId, roundId) : null;
  const technical = loaded?.technicalNames ?? [];
  const columns = [
    { header: "NIP", width: 22, kind: "nip" as const },
    { header: "Nama", width: 36 },
    ...CORE_COMPETENCIES.map((code) => ({ header: COMPETENCY_LABELS[code], kind: "decimal" as const })),
    ...technical.map((name) => ({ header: name, kind: "decimal" as const })),
    { header: ASSESSOR_HEADER, width: 30 },
    { header: ASSESSED_ON_HEADER, width: 16, kind: "date" as const },
  ];
  const blanks = (n: number) => Array.from({ length: n }, () => null);
  const rows: Cell[][] = loaded
    ? loaded.participants.map((p) => [p.nip, p.name, ...blanks(CORE_COMPETENCIES.length + technical.length + 2)])
    : [[EXAMPLE_NIP, "Dr. Budi Santoso, S.E., M.Si.", 3.5, 3, 3.25, 3, 3.5, 3, 3, 3.5, 4, "Nama Asesor", fromIsoDate("2026-10-01")]];
  const workbook = newWorkbook(now);
  const sheet = addTableSheet(workbook, "Hasil Asesmen", columns, rows);
  const levelColumns = CORE_COMPETENCIES.length + technical.length;
  for (let column = 3; column < 3 + levelColumns; column += 1) levelValidation(sheet, column, Math.max(rows.length, 100));
  addNotesSheet(workbook, "Petunjuk", [
    ["Kolom", "Isi"],
    ["NIP", "NIP peserta putaran seleksi (18 digit, diketik sebagai teks). Setiap peserta satu baris."],
    ["Nama", "Hanya untuk memudahkan membaca; tidak diimpor."],
    ["Kompetensi", "Level 1 sampai 5, paling banyak 2 angka desimal (misal 3,25). Sel kosong tidak mengubah nilai yang tersimpan."],
    ["Kompetensi teknis", "Kolom dengan nama kompetensi teknis standar jabatan peserta; diisi hanya untuk peserta yang jabatannya memuatnya."],
    [ASSESSOR_HEADER, "Nama asesor atau lembaga asesmen."],
    ...COMMON_NOTES,
    ...(loaded ? [["Putaran", loaded.round.name] as [string, string]] : []),
  ]);
  return toXlsxFile(workbook, loaded ? `templat-impor-asesmen-${slug(loaded.round.name)}.xlsx` : "templat-impor-asesmen.xlsx");
}
