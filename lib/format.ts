// Numbers and dates as Indonesian readers write them ("1.234,56"; "22 Nov 2026 16.01"). The
// formatters are built once: constructing an Intl formatter per call cost ~70 ms on a results page
// of 500 rows (bench/results-page.ts).

const fixed = new Map<number, Intl.NumberFormat>();
const upTo = new Map<number, Intl.NumberFormat>();

/** A score with exactly `digits` decimals ("80,00"); "—" when there is none. */
export function formatScore(value: number | null | undefined, digits = 2): string {
  if (value === null || value === undefined) return "—";
  if (!fixed.has(digits)) fixed.set(digits, new Intl.NumberFormat("id-ID", { minimumFractionDigits: digits, maximumFractionDigits: digits }));
  return fixed.get(digits)!.format(value);
}

/** A number with at most `digits` decimals ("3,5", "100"); "—" when there is none. */
export function formatNumber(value: number | null | undefined, digits = 2): string {
  if (value === null || value === undefined) return "—";
  if (!upTo.has(digits)) upTo.set(digits, new Intl.NumberFormat("id-ID", { maximumFractionDigits: digits }));
  return upTo.get(digits)!.format(value);
}

const dateTime = new Intl.DateTimeFormat("id-ID", { timeZone: "Asia/Jakarta", dateStyle: "medium", timeStyle: "short" });

/** A moment in the agency's time zone (WIB), e.g. "22 Nov 2026, 16.01". */
export function formatDateTime(iso: string | Date): string {
  return dateTime.format(typeof iso === "string" ? new Date(iso) : iso);
}

/**
 * A number as a user typed it into a form: one decimal comma or point ("2,5", "2.5", "-1"). No
 * thousands grouping: every typed number here is at most a few hundred, and "1.000" (a point
 * followed by exactly three digits) is refused rather than guessed, because in Indonesian it
 * reads as one thousand and as one elsewhere — either guess would store a wrong value silently.
 * Returns undefined for a blank field and NaN for text that is not such a number.
 */
export function parseDecimal(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  if (!/^[+-]?\d+([.,]\d+)?$/.test(trimmed) || /^[+-]?\d+\.\d{3}$/.test(trimmed)) return Number.NaN;
  return Number(trimmed.replace(",", "."));
}

const inputNumber = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 10, useGrouping: false });

/** A stored number put back into a form field with the decimal comma ("3,5"), read back by
 * parseDecimal unchanged; "" when there is none. */
export function formatDecimalInput(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? "" : inputNumber.format(value);
}
