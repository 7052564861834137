import "server-only";
import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { fieldError } from "@/lib/errors";
import { plainCell, type CellValue } from "./cells";
import {
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ROWS,
  MAX_XLSX_INFLATED_BYTES,
  tooLargeInflatedMessage,
  tooLargeMessage,
  tooManyRowsMessage,
} from "./limits";
import type { ImportUpload } from "./types";
import { declaredInflatedSize } from "./zip-size";

/** A column an import reads: its template header and the other spellings users send. */
export type ColumnSpec = { key: string; header: string; required?: boolean; aliases?: string[] };

export type SheetRow = { row: number; cells: Record<string, CellValue> };

export type Sheet = { sha256: string; rows: SheetRow[]; ignoredColumns: string[] };

/** Headers match ignoring case, spacing, punctuation and a parenthesised hint, so "Kerjasama",
 * "KERJA SAMA" and "Jenis Kelamin (L/P)" find their columns. */
export function headerKey(header: string): string {
  return header
    .toLowerCase()
    .replace(/\([^)]*\)/g, "")
    .replace(/[^\p{L}\p{N}]/gu, "");
}

/** Columns users add for their own reading; present in a file, they are skipped, not refused. */
const INFORMATIONAL = ["No", "No.", "Nomor", "Keterangan", "Catatan"];

const fileError = (message: string) => fieldError("berkas", message);

/**
 * Reads the first worksheet of an XLSX or CSV upload with exceljs: the first row is the header,
 * each later non-blank row a data row keyed by column. Refuses, with the reason in Indonesian, a
 * file over the size or row limit, another format, unreadable content, and headers that are
 * missing, repeated or unknown (an unknown header is most often a misspelt column whose data
 * would otherwise be dropped without a word).
 */
export async function readSheet(upload: ImportUpload, columns: ColumnSpec[], informational: string[] = []): Promise<Sheet> {
  if (upload.bytes.byteLength > MAX_IMPORT_BYTES) throw fileError(tooLargeMessage(upload.bytes.byteLength));
  const name = upload.name.toLowerCase();
  if (!name.endsWith(".xlsx") && !name.endsWith(".csv")) {
    throw fileError("Format berkas tidak didukung. Gunakan .xlsx atau .csv (berkas .xls lama: simpan ulang sebagai .xlsx).");
  }
  if (upload.bytes.byteLength === 0) throw fileError("Berkas kosong.");
  const sha256 = createHash("sha256").update(upload.bytes).digest("hex");
  const worksheet = name.endsWith(".csv") ? await readCsv(upload.bytes) : await readXlsx(upload.bytes);

  const byKey = new Map<string, ColumnSpec>();
  for (const column of columns) for (const spelling of [column.header, ...(column.aliases ?? [])]) byKey.set(headerKey(spelling), column);
  const skipped = new Set([...INFORMATIONAL, ...informational].map(headerKey));

  const found = new Map<number, ColumnSpec>();
  const seen = new Map<string, string>();
  const unknown: string[] = [];
  const ignoredColumns: string[] = [];
  worksheet.getRow(1).eachCell((cell, columnNumber) => {
    const header = String(plainCell(cell.value) ?? "").trim();
    if (!header) return;
    const column = byKey.get(headerKey(header));
    if (!column) {
      (skipped.has(headerKey(header)) ? ignoredColumns : unknown).push(header);
      return;
    }
    if (seen.has(column.key)) throw fileError(`Kolom "${header}" muncul lebih dari sekali.`);
    seen.set(column.key, header);
    found.set(columnNumber, column);
  });
  const missing = columns.filter((c) => c.required && !seen.has(c.key)).map((c) => c.header);
  if (missing.length > 0) {
    throw fileError(`Kolom wajib tidak ditemukan pada baris judul: ${missing.join(", ")}. Gunakan templat impor.`);
  }
  if (unknown.length > 0) {
    throw fileError(`Kolom tidak dikenal: ${unknown.join(", ")}. Perbaiki judul kolom sesuai templat atau hapus kolom tersebut.`);
  }

  const rows: SheetRow[] = [];
  worksheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells: Record<string, CellValue> = Object.fromEntries(columns.map((c) => [c.key, null]));
    let blank = true;
    for (const [columnNumber, column] of found) {
      const value = plainCell(row.getCell(columnNumber).value);
      cells[column.key] = value;
      if (value !== null) blank = false;
    }
    if (blank) return;
    if (rows.length === MAX_IMPORT_ROWS) throw fileError(tooManyRowsMessage());
    rows.push({ row: rowNumber, cells });
  });
  if (rows.length === 0) throw fileError("Berkas tidak berisi baris data di bawah baris judul.");
  return { sha256, rows, ignoredColumns };
}

const UNREADABLE_XLSX = "Berkas tidak dapat dibaca sebagai XLSX. Simpan ulang dari program lembar kerja sebagai .xlsx.";

async function readXlsx(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const inflated = declaredInflatedSize(bytes);
  if (inflated === null) throw fileError(UNREADABLE_XLSX);
  if (inflated > MAX_XLSX_INFLATED_BYTES) throw fileError(tooLargeInflatedMessage());
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as an ArrayBuffer-like "Buffer"; a copy gives it exactly one.
    await workbook.xlsx.load(bytes.slice().buffer as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    throw fileError(UNREADABLE_XLSX);
  }
  const worksheet = workbook.worksheets[0];
  if (!worksheet) throw fileError("Berkas XLSX tidak berisi lembar kerja.");
  return worksheet;
}

async function readCsv(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw fileError("Berkas CSV harus berkodean UTF-8. Di Excel pilih \"CSV UTF-8 (Comma delimited)\" saat menyimpan.");
  }
  // Excel in an Indonesian locale saves CSV with semicolons (the comma is the decimal mark), in
  // other locales with commas: the header line, which holds no decimals, tells which.
  const header = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ";" : ",";
  const workbook = new ExcelJS.Workbook();
  try {
    // The identity map keeps every value as typed: exceljs would otherwise turn a NIP into a
    // double (losing digits) and guess dates in US order.
    return await workbook.csv.read(Readable.from([text]), { parserOptions: { delimiter }, map: (value: unknown) => value });
  } catch {
    throw fileError("Berkas CSV tidak dapat dibaca. Periksa tanda kutip dan pemisah kolom.");
  }
}
