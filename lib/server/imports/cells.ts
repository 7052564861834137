// Cell values as exceljs gives them, reduced to what an import reads, and the conversions that
// give the user one Indonesian reason per bad cell.
import type ExcelJS from "exceljs";
import { isRealDate } from "@/lib/domain/calendar";
import { isValidCompetencyLevel } from "@/lib/domain/competency";
import { formatDecimalInput, parseDecimal } from "@/lib/format";
import { toIsoDate } from "@/lib/iso-date";

export type CellValue = string | number | boolean | Date | null;

/** Rich text, hyperlinks and formulas become the text or result the user sees in the cell. */
export function plainCell(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value.trim() === "" ? null : value.trim();
  if (typeof value === "number" || typeof value === "boolean" || value instanceof Date) return value;
  if ("richText" in value) return plainCell(value.richText.map((part) => part.text).join(""));
  if ("formula" in value || "sharedFormula" in value) return plainCell((value as { result?: ExcelJS.CellValue }).result);
  if ("hyperlink" in value) return plainCell(value.text);
  if ("error" in value) return String(value.error);
  return null;
}

export type Converted<T> = { value: T } | { error: string };

/** A text cell; numbers a spreadsheet stored for a text column ("2024") read as typed. */
export function textCell(value: CellValue): string {
  if (value === null) return "";
  if (value instanceof Date) return dateOf(value);
  return String(value).trim();
}

/** The NIP as typed. An 18-digit number has lost its last digits in a double, so it is refused
 * with the fix rather than silently read as a different NIP. */
export function nipCell(value: CellValue): Converted<string> {
  if (typeof value === "number") {
    return Number.isSafeInteger(value)
      ? { value: String(value) }
      : { error: "NIP tersimpan sebagai angka sehingga digit terakhirnya hilang. Format kolom NIP sebagai Teks, lalu ketik ulang NIP." };
  }
  return { value: textCell(value).replace(/\s+/g, "") };
}

// Calendar dates carry no time zone; a date cell is UTC midnight in exceljs. A second of slack
// absorbs floating-point noise from the Excel serial number.
function dateOf(date: Date): string {
  return toIsoDate(new Date(Math.floor((date.getTime() + 1000) / 86_400_000) * 86_400_000));
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DAY_FIRST = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;

/** A date cell, or text as YYYY-MM-DD, DD-MM-YYYY or DD/MM/YYYY (Indonesian order: day first).
 * Blank gives `null`. The message leaves out the column: every issue is shown beside its column. */
export function dateCell(value: CellValue): Converted<string | null> {
  if (value === null) return { value: null };
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? { error: DATE_MESSAGE } : { value: dateOf(value) };
  const text = String(value).trim();
  const iso = ISO.exec(text);
  const dayFirst = DAY_FIRST.exec(text);
  const parts = iso ? [iso[1], iso[2], iso[3]] : dayFirst ? [dayFirst[3], dayFirst[2], dayFirst[1]] : null;
  if (!parts) return { error: DATE_MESSAGE };
  const [year, month, day] = parts.map(Number) as [number, number, number];
  if (!isRealDate(year, month, day)) return { error: `"${text}" bukan tanggal yang ada di kalender.` };
  return { value: `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}` };
}

const DATE_MESSAGE = "Harus berupa tanggal (TTTT-BB-HH, HH-BB-TTTT atau HH/BB/TTTT).";

/** A competency level 1-5 with at most two decimals (PermenPANRB 38/2017 levels; assessment
 * centres report e.g. 3,25). Text may use a decimal comma. Blank gives `null`. */
export function levelCell(value: CellValue): Converted<number | null> {
  if (value === null) return { value: null };
  let level: number;
  if (typeof value === "number") level = value;
  else {
    const text = textCell(value);
    const parsed = parseDecimal(text);
    if (parsed === undefined || Number.isNaN(parsed)) return { error: `Level kompetensi harus angka 1 sampai 5 (isian: "${text}").` };
    level = parsed;
  }
  if (!isValidCompetencyLevel(level)) {
    return { error: `Level kompetensi harus antara 1 dan 5, paling banyak 2 angka desimal (isian: ${formatDecimalInput(level)}).` };
  }
  return { value: level };
}
