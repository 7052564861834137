import { isRealDate } from "./calendar";

export type ParsedNip = {
  birthDate: string;
  appointedMonth: string;
  sex: "M" | "F";
  sequence: number;
};

// Groups: birth date YYYYMMDD, CPNS appointment YYYYMM, sex digit, sequence NNN. Spaces (U+0020)
// may separate the groups, never split one; surrounding whitespace is ignored.
const NIP_PATTERN = /^(\d{4})(\d{2})(\d{2}) *(\d{4})(\d{2}) *([0-9]) *(\d{3})$/;

/**
 * Parses an 18-digit NIP (Nomor Induk Pegawai) per Perka BKN 22/2007: birth date, month of CPNS
 * appointment, sex (1 male, 2 female) and sequence. Returns `null` when the input is not 18 digits,
 * either date is impossible (31 September, 29 February of a common year, month 13), the
 * appointment month is not after the birth month, or the sex digit is not 1 or 2.
 */
export function parseNip(input: string): ParsedNip | null {
  const match = NIP_PATTERN.exec(input.trim());
  if (!match) return null;
  const [, by, bm, bd, ay, am, sexDigit, seq] = match;
  const birthYear = Number(by);
  const birthMonth = Number(bm);
  const birthDay = Number(bd);
  const appointedYear = Number(ay);
  const appointedMonth = Number(am);

  if (!isRealDate(birthYear, birthMonth, birthDay)) return null;
  if (!isRealDate(appointedYear, appointedMonth, 1)) return null;
  // The appointment is only known to the month, so it must fall in a later month than the birth.
  if (appointedYear * 12 + appointedMonth <= birthYear * 12 + birthMonth) return null;
  if (sexDigit !== "1" && sexDigit !== "2") return null;

  return {
    birthDate: `${by}-${bm}-${bd}`,
    appointedMonth: `${ay}-${am}`,
    sex: sexDigit === "1" ? "M" : "F",
    sequence: Number(seq),
  };
}

/** The NIP with all spaces removed (the canonical form stored and compared), or `null` if invalid. */
export function normaliseNip(input: string): string | null {
  return parseNip(input) ? input.replace(/\s+/g, "") : null;
}
