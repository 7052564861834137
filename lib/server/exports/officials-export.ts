import "server-only";
import type ExcelJS from "exceljs";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/permissions";
import { toIsoDate } from "@/lib/iso-date";
import { DATE_KEYS, OFFICIAL_COLUMNS, SANCTION_WORDS, SEX_CODES, STATUS_WORDS, type OfficialColumnKey } from "@/lib/server/imports/official-columns";
import type { Actor } from "@/lib/server/users";
import { addTableSheet, listValidation, newWorkbook, toXlsxFile, type Cell, type ColumnKind, type XlsxFile } from "./workbook";

const WIDTHS: Partial<Record<OfficialColumnKey, number>> = { nip: 22, name: 36, rank: 28, educationField: 26, positionId: 40, jobTitle: 36 };

export const OFFICIAL_SHEET_COLUMNS = OFFICIAL_COLUMNS.map((column) => ({
  header: column.header,
  width: WIDTHS[column.key] ?? 20,
  kind: (column.key === "nip" ? "nip" : (DATE_KEYS as readonly string[]).includes(column.key) ? "date" : "text") as ColumnKind,
}));

export type OfficialExportRow = {
  nip: string; name: string; birthDate: Date; sex: "M" | "F"; rank: string; educationLevel: string; educationField: string;
  positionTitle: string | null; jobTitle: string | null; inauguratedOn: Date | null; administratorSince: Date | null;
  relevantExperienceSince: Date | null; sanctionLevel: keyof typeof SANCTION_WORDS; status: keyof typeof STATUS_WORDS;
};

/** An official in the import's column layout and words, so an exported file re-imports unchanged. */
export function officialCells(o: OfficialExportRow): Cell[] {
  const byKey: Record<OfficialColumnKey, Cell> = {
    nip: o.nip,
    name: o.name,
    birthDate: o.birthDate,
    sex: SEX_CODES[o.sex],
    rank: o.rank,
    educationLevel: o.educationLevel,
    educationField: o.educationField,
    positionId: o.positionTitle,
    jobTitle: o.jobTitle,
    inauguratedOn: o.inauguratedOn,
    administratorSince: o.administratorSince,
    relevantExperienceSince: o.relevantExperienceSince,
    sanctionLevel: SANCTION_WORDS[o.sanctionLevel],
    status: STATUS_WORDS[o.status],
  };
  return OFFICIAL_COLUMNS.map((column) => byKey[column.key]);
}

/** Drop-downs on the coded columns of an officials sheet. */
export function officialValidations(sheet: ExcelJS.Worksheet, rows: number): void {
  const index = (key: OfficialColumnKey) => OFFICIAL_COLUMNS.findIndex((c) => c.key === key) + 1;
  listValidation(sheet, index("sex"), Object.values(SEX_CODES), rows);
  listValidation(sheet, index("educationLevel"), ["SMA", "D3", "D4", "S1", "S2", "S3"], rows);
  listValidation(sheet, index("sanctionLevel"), Object.values(SANCTION_WORDS), rows);
  listValidation(sheet, index("status"), Object.values(STATUS_WORDS), rows);
}

/** All officials of the actor's agency as XLSX, in the officials import's layout. */
export async function exportOfficials(actor: Actor, now = new Date()): Promise<XlsxFile> {
  assertCan(actor.role, "masterdata:read");
  const officials = await db.official.findMany({
    where: { agencyId: actor.agencyId },
    orderBy: [{ name: "asc" }, { nip: "asc" }],
    select: {
      nip: true, name: true, birthDate: true, sex: true, rank: true, educationLevel: true, educationField: true, jobTitle: true,
      inauguratedOn: true, administratorSince: true, relevantExperienceSince: true, sanctionLevel: true, status: true,
      position: { select: { title: true } },
    },
  });
  const workbook = newWorkbook(now);
  const rows = officials.map(({ position, ...o }) => officialCells({ ...o, positionTitle: position?.title ?? null }));
  const sheet = addTableSheet(workbook, "Pejabat", OFFICIAL_SHEET_COLUMNS, rows);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: OFFICIAL_COLUMNS.length } };
  return toXlsxFile(workbook, `pejabat-${toIsoDate(now)}.xlsx`);
}
