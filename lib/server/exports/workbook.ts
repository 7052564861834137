import "server-only";
import ExcelJS from "exceljs";

/** A generated spreadsheet, ready to send. */
export type XlsxFile = { fileName: string; bytes: Uint8Array };

export type ColumnKind = "text" | "nip" | "date" | "decimal" | "percent";

export type SheetColumn = { header: string; width?: number; kind?: ColumnKind };

export type Cell = string | number | Date | null;

const FORMATS: Record<ColumnKind, string | undefined> = {
  text: undefined,
  // Text format, so Excel never turns an 18-digit NIP into a rounded number when it is edited.
  nip: "@",
  date: "yyyy-mm-dd",
  decimal: "0.00",
  percent: "0.00",
};

export function newWorkbook(now: Date): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Seleksi JPT";
  workbook.created = now;
  return workbook;
}

/** A sheet with a bold, frozen header row and typed columns; dates are UTC-midnight `Date`s. */
export function addTableSheet(workbook: ExcelJS.Workbook, name: string, columns: SheetColumn[], rows: Cell[][]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({
    header: column.header,
    width: column.width ?? Math.max(12, column.header.length + 4),
    style: FORMATS[column.kind ?? "text"] ? { numFmt: FORMATS[column.kind ?? "text"] } : {},
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } };
  for (const row of rows) sheet.addRow(row);
  return sheet;
}

/** A two-column sheet of instructions, for templates. */
export function addNotesSheet(workbook: ExcelJS.Workbook, name: string, lines: [string, string][]): void {
  const sheet = workbook.addWorksheet(name);
  sheet.columns = [{ width: 30 }, { width: 100 }];
  for (const line of lines) sheet.addRow(line);
  sheet.getRow(1).font = { bold: true };
  sheet.getColumn(2).alignment = { wrapText: true, vertical: "top" };
}

/** A drop-down list on the first `rows` data rows of a column, so typed words match the import. */
export function listValidation(sheet: ExcelJS.Worksheet, column: number, values: readonly string[], rows = 500): void {
  for (let row = 2; row <= rows + 1; row += 1) {
    sheet.getCell(row, column).dataValidation = {
      type: "list",
      allowBlank: true,
      formulae: [`"${values.join(",")}"`],
      showErrorMessage: true,
      errorTitle: "Isian tidak dikenal",
      error: `Pilih salah satu: ${values.join(", ")}.`,
    };
  }
}

/** A level 1-5 check on a column (the import checks again, including the two decimals). */
export function levelValidation(sheet: ExcelJS.Worksheet, column: number, rows = 500): void {
  for (let row = 2; row <= rows + 1; row += 1) {
    sheet.getCell(row, column).dataValidation = {
      type: "decimal",
      operator: "between",
      allowBlank: true,
      formulae: [1, 5],
      showErrorMessage: true,
      errorTitle: "Level tidak valid",
      error: "Level kompetensi 1 sampai 5, paling banyak 2 angka desimal.",
    };
  }
}

export async function toXlsxFile(workbook: ExcelJS.Workbook, fileName: string): Promise<XlsxFile> {
  return { fileName, bytes: new Uint8Array(await workbook.xlsx.writeBuffer()) };
}

/** A file-name-safe form of a title: "Uji Kompetensi 2026 (Demo)" → "uji-kompetensi-2026-demo". */
export function slug(text: string): string {
  const ascii = text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  return ascii.replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60) || "data";
}
