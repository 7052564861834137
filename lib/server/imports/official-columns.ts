// The officials spreadsheet layout, shared by the import, its template and the officials export
// so that an exported file re-imports unchanged.
import { OFFICIAL_STATUS_LABELS } from "@/lib/labels";
import { SANCTION_LABELS } from "@/lib/schemas/official";
import type { ColumnSpec } from "./spreadsheet";

/** The fields of `officialSchema` in column order; `positionId` is given as the post's title. */
export const OFFICIAL_COLUMNS = [
  { key: "nip", header: "NIP", required: true },
  { key: "name", header: "Nama", required: true },
  { key: "birthDate", header: "Tanggal Lahir" },
  { key: "sex", header: "Jenis Kelamin" },
  { key: "rank", header: "Pangkat/Golongan", required: true, aliases: ["Pangkat"] },
  { key: "educationLevel", header: "Pendidikan", required: true, aliases: ["Jenjang Pendidikan"] },
  { key: "educationField", header: "Bidang Pendidikan", required: true },
  { key: "positionId", header: "Jabatan JPT", aliases: ["Jabatan JPT Definitif"] },
  { key: "jobTitle", header: "Jabatan Saat Ini" },
  { key: "inauguratedOn", header: "Tanggal Pelantikan" },
  { key: "administratorSince", header: "TMT Administrator" },
  { key: "relevantExperienceSince", header: "Awal Pengalaman Relevan" },
  { key: "sanctionLevel", header: "Hukuman Disiplin" },
  { key: "status", header: "Status" },
] as const satisfies readonly ColumnSpec[];

export type OfficialColumnKey = (typeof OFFICIAL_COLUMNS)[number]["key"];

export const OFFICIAL_HEADERS = Object.fromEntries(OFFICIAL_COLUMNS.map((c) => [c.key, c.header])) as Record<OfficialColumnKey, string>;

export const DATE_KEYS = ["birthDate", "inauguratedOn", "administratorSince", "relevantExperienceSince"] as const;

export const SEX_CODES = { M: "L", F: "P" } as const;

/** The words the template offers in each coded column, also what the export writes. */
export const SANCTION_WORDS = SANCTION_LABELS;
export const STATUS_WORDS = OFFICIAL_STATUS_LABELS;

const loose = (value: string) => value.toLowerCase().replace(/[^a-z0-9]/g, "");

function reverse<K extends string>(labels: Record<K, string>, extra: Record<string, K> = {}): Map<string, K> {
  const map = new Map<string, K>(Object.entries(extra).map(([word, code]) => [loose(word), code]));
  for (const [code, label] of Object.entries(labels) as [K, string][]) map.set(loose(label), code);
  return map;
}

const SEX_BY_WORD = reverse({ M: "L", F: "P" }, { "Laki-laki": "M", Perempuan: "F" });
const SANCTION_BY_WORD = reverse(SANCTION_LABELS, { "-": "NONE", Tidak: "NONE" });
const STATUS_BY_WORD = reverse(OFFICIAL_STATUS_LABELS);
const EDUCATION_BY_WORD = new Map(
  [["SMA", "SMA"], ["SLTA", "SMA"], ["D3", "D3"], ["DIII", "D3"], ["D4", "D4"], ["DIV", "D4"], ["S1", "S1"], ["S2", "S2"], ["S3", "S3"]].map(
    ([word, code]) => [loose(word!), code!],
  ),
);

export const fromSexWord = (word: string) => SEX_BY_WORD.get(loose(word));
export const fromSanctionWord = (word: string) => SANCTION_BY_WORD.get(loose(word));
export const fromStatusWord = (word: string) => STATUS_BY_WORD.get(loose(word));
export const fromEducationWord = (word: string) => EDUCATION_BY_WORD.get(loose(word));
