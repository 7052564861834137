/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`) using only the year/month/day fields, never
 * milliseconds, so the server's time zone can never shift a date by one day.
 */

export type CalendarDate = { year: number; month: number; day: number };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True for a real Gregorian date in years 1–9999 (no 31 September, no 29 February 2023). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** Parses a strict `YYYY-MM-DD` string; `null` when malformed or not a real date. */
export function parseIsoDate(input: string): CalendarDate | null {
  const match = ISO_DATE.exec(input);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return isRealDate(year, month, day) ? { year, month, day } : null;
}

/** Like `parseIsoDate` but throws a RangeError naming the argument, for inputs that must be valid. */
export function requireIsoDate(input: string, name: string): CalendarDate {
  const date = parseIsoDate(input);
  if (!date) throw new RangeError(`${name} must be a real date in YYYY-MM-DD form, got "${input}"`);
  return date;
}

export function formatIsoDate(date: CalendarDate): string {
  const y = String(date.year).padStart(4, "0");
  const m = String(date.month).padStart(2, "0");
  const d = String(date.day).padStart(2, "0");
  return `${y}-${m}-${d}`;
}

/** Negative, zero or positive as `a` is before, equal to or after `b`. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/**
 * Adds (or with a negative `months` subtracts) calendar months, clamping the day to the end of the
 * target month: 31 August + 6 months = 28 February (29 in a leap year), 29 February + 12 months =
 * 28 February. This is the reading of "n months/years from a date" used across the engine.
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  if (!Number.isInteger(months)) throw new RangeError("months must be an integer");
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

// Days since 1970-01-01 of a proleptic Gregorian date, in integer arithmetic
// (H. Hinnant, "chrono-compatible low-level date algorithms").
function toDayNumber({ year, month, day }: CalendarDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function fromDayNumber(days: number): CalendarDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  if (!Number.isInteger(days)) throw new RangeError("days must be an integer");
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * Whole years from `from` to `to`: the largest n whose n-year anniversary (`addMonths(from, 12n)`,
 * so a 29 February start has its anniversary on 28 February in common years) is on or before `to`.
 * Used for age and for time in post; throws when `to` is before `from`.
 */
export function fullYearsBetween(from: CalendarDate, to: CalendarDate): number {
  if (compareDates(to, from) < 0) throw new RangeError("the end date is before the start date");
  const years = to.year - from.year;
  return compareDates(addMonths(from, 12 * years), to) <= 0 ? years : years - 1;
}
