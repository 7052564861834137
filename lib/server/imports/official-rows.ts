// One spreadsheet row of the officials import → the input `officialSchema` checks, so the form
// and the import share one rule; what only a spreadsheet can get wrong (a date typed as text, a
// coded word, a post named by its title) is converted and explained here first.
import { parseNip } from "@/lib/domain/nip";
import { officialSchema, type OfficialInput } from "@/lib/schemas/official";
import { dateCell, nipCell, textCell } from "./cells";
import {
  DATE_KEYS,
  fromEducationWord,
  fromSanctionWord,
  fromSexWord,
  fromStatusWord,
  OFFICIAL_HEADERS,
  type OfficialColumnKey,
} from "./official-columns";
import type { SheetRow } from "./spreadsheet";
import type { RowIssue } from "./types";

export type PostRef = {
  id: string;
  title: string;
  grade: "JPT_PRATAMA" | "ADMINISTRATOR";
  incumbent: { id: string; nip: string; name: string } | null;
};

export type CheckedOfficialRow = { row: number; nip: string; name: string; input: OfficialInput | null; issues: RowIssue[] };

export const titleKey = (title: string) => title.trim().toLowerCase().replace(/\s+/g, " ");

const CODED: Partial<Record<OfficialColumnKey, [(word: string) => string | undefined, string]>> = {
  sex: [fromSexWord, "Jenis Kelamin harus L (laki-laki) atau P (perempuan)."],
  educationLevel: [fromEducationWord, "Pendidikan harus salah satu dari SMA, D3, D4, S1, S2 atau S3."],
  sanctionLevel: [fromSanctionWord, "Hukuman Disiplin harus Tidak ada, Ringan, Sedang atau Berat."],
  status: [fromStatusWord, "Status harus Aktif, Nonaktif atau Pensiun."],
};

export function checkOfficialRow({ row, cells }: SheetRow, postsByTitle: Map<string, PostRef>): CheckedOfficialRow {
  const issues: RowIssue[] = [];
  const add = (key: OfficialColumnKey, message: string) => issues.push({ row, column: OFFICIAL_HEADERS[key], message });
  const raw: Partial<Record<OfficialColumnKey, string>> = {};

  const nip = nipCell(cells.nip ?? null);
  if ("error" in nip) add("nip", nip.error);
  else raw.nip = nip.value;

  for (const key of ["name", "rank", "educationField", "jobTitle"] as const) raw[key] = textCell(cells[key] ?? null);

  for (const key of DATE_KEYS) {
    const date = dateCell(cells[key] ?? null);
    if ("error" in date) add(key, date.error);
    else raw[key] = date.value ?? "";
  }

  for (const [key, [decode, message]] of Object.entries(CODED) as [OfficialColumnKey, [(w: string) => string | undefined, string]][]) {
    const word = textCell(cells[key] ?? null);
    if (word === "" && key === "educationLevel") add(key, "Pendidikan wajib diisi (SMA, D3, D4, S1, S2 atau S3).");
    else if (word === "") raw[key] = "";
    else if (decode(word)) raw[key] = decode(word);
    else add(key, message);
  }

  const title = textCell(cells.positionId ?? null);
  if (title) {
    const post = postsByTitle.get(titleKey(title));
    if (!post) add("positionId", `Jabatan JPT "${title}" tidak ada di daftar jabatan instansi Anda.`);
    else if (post.grade !== "JPT_PRATAMA") add("positionId", `"${post.title}" bukan jabatan JPT Pratama; tulis jabatan administrator di kolom Jabatan Saat Ini.`);
    else raw.positionId = post.id;
  }

  // The NIP encodes birth date and sex (Perka BKN 22/2007): a blank cell takes them from it.
  const parsed = raw.nip ? parseNip(raw.nip) : null;
  if (parsed && raw.birthDate === "") raw.birthDate = parsed.birthDate;
  if (parsed && raw.sex === "") raw.sex = parsed.sex;

  const result = officialSchema.safeParse(raw);
  if (!result.success) {
    const reported = new Set(issues.map((issue) => issue.column));
    for (const issue of result.error.issues) {
      const key = issue.path[0] as OfficialColumnKey;
      // A cell already explained stays with that reason; blank birth date and sex are only
      // missing because the NIP that would fill them is wrong, which is reported on the NIP.
      if (reported.has(OFFICIAL_HEADERS[key])) continue;
      if (!parsed && (key === "birthDate" || key === "sex") && raw[key] === "") continue;
      reported.add(OFFICIAL_HEADERS[key]);
      add(key, issue.message);
    }
  }
  issues.sort((a, b) => columnOrder(a.column) - columnOrder(b.column));
  const input = issues.length === 0 && result.success ? result.data : null;
  return { row, nip: raw.nip ?? textCell(cells.nip ?? null), name: raw.name ?? "", input, issues };
}

const ORDER = Object.values(OFFICIAL_HEADERS);
const columnOrder = (header: string) => ORDER.indexOf(header);
