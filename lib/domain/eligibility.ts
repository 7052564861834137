import { addDays, addMonths, compareDates, formatIsoDate, fullYearsBetween, requireIsoDate } from "./calendar";

export type TenureStatus = "LOCKED" | "ELIGIBLE" | "OVERDUE";
export type EducationLevel = "SMA" | "D3" | "D4" | "S1" | "S2" | "S3";
export type EligibilityReason =
  | "AGE_OVER_LIMIT"
  | "EDUCATION_BELOW_S1"
  | "EXPERIENCE_UNDER_5_YEARS"
  | "ADMINISTRATOR_UNDER_2_YEARS"
  | "DISCIPLINE_SANCTION";

export const EDUCATION_LEVELS: readonly EducationLevel[] = ["SMA", "D3", "D4", "S1", "S2", "S3"];
export const MIN_TENURE_YEARS = 2;
export const MAX_TENURE_YEARS = 5;
export const DEFAULT_MAX_AGE = 56;
export const MIN_RELEVANT_EXPERIENCE_YEARS = 5;
export const MIN_ADMINISTRATOR_YEARS = 2;

export const TENURE_STATUS_LABELS: Record<TenureStatus, string> = {
  LOCKED: "Belum 2 tahun dalam jabatan",
  ELIGIBLE: "Memenuhi masa jabatan untuk uji kompetensi",
  OVERDUE: "Sudah 5 tahun atau lebih dalam jabatan",
};

export const ELIGIBILITY_REASON_LABELS: Record<EligibilityReason, string> = {
  AGE_OVER_LIMIT: "Usia melebihi batas 56 tahun pada tanggal acuan",
  EDUCATION_BELOW_S1: "Pendidikan di bawah S1/D-IV",
  EXPERIENCE_UNDER_5_YEARS: "Pengalaman jabatan di bidang yang relevan kurang dari 5 tahun",
  ADMINISTRATOR_UNDER_2_YEARS: "Menduduki jabatan administrator atau fungsional ahli madya kurang dari 2 tahun",
  DISCIPLINE_SANCTION: "Pernah dijatuhi hukuman disiplin tingkat berat",
};

/** The label of a reason, with the round's own age limit when it differs from 56. */
export function eligibilityReasonLabel(reason: EligibilityReason, maxAge: number = DEFAULT_MAX_AGE): string {
  if (reason === "AGE_OVER_LIMIT") return `Usia melebihi batas ${maxAge} tahun pada tanggal acuan`;
  return ELIGIBILITY_REASON_LABELS[reason];
}

/**
 * Time-in-post status of a JPT official on `on`: `LOCKED` under 2 full years since inauguration
 * (UU 5/2014 art. 116(1): no replacement within 2 years of inauguration), `OVERDUE` from 5 full
 * years (art. 117(1): a JPT post is held for at most 5 years), else `ELIGIBLE`. Years are counted
 * to the day (inaugurated 2022-03-15: eligible from 2024-03-15; a 29 February start completes its
 * years on 28 February of common years). Throws when `on` is before the inauguration.
 */
export function tenureStatus(inauguratedOn: string, on: string): TenureStatus {
  const years = fullYearsBetween(requireIsoDate(inauguratedOn, "inauguratedOn"), requireIsoDate(on, "on"));
  if (years < MIN_TENURE_YEARS) return "LOCKED";
  return years >= MAX_TENURE_YEARS ? "OVERDUE" : "ELIGIBLE";
}

/**
 * Whether an official may not be moved yet (UU 5/2014 art. 116(1)): LOCKED on `on`, or
 * inaugurated after `on` (an inauguration entered later than the round's reference date is
 * certainly under 2 years). No inauguration date on file locks nothing here; the participant
 * check reports it separately.
 */
export function isTenureLocked(inauguratedOn: string | null, on: string): boolean {
  if (!inauguratedOn) return false;
  if (compareDates(requireIsoDate(inauguratedOn, "inauguratedOn"), requireIsoDate(on, "on")) > 0) return true;
  return tenureStatus(inauguratedOn, on) === "LOCKED";
}

/**
 * Age in whole years on `on` (for the open-selection age limit, PP 17/2020 art. 107): the 56th
 * birthday is age 56; someone born on 29 February turns a year older on 28 February of common
 * years. Throws when `on` is before the birth date.
 */
export function ageOn(birthDate: string, on: string): number {
  return fullYearsBetween(requireIsoDate(birthDate, "birthDate"), requireIsoDate(on, "on"));
}

export type OpenSelectionCandidate = {
  birthDate: string;
  educationLevel: EducationLevel;
  yearsRelevantExperience: number;
  yearsAsAdministrator: number;
  heavyDisciplineSanction: boolean;
  referenceDate: string;
  maxAge?: number;
};

function assertYears(value: number, name: string): void {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`${name} must be a non-negative number`);
}

/**
 * Administrative eligibility for open selection of a JPT Pratama post (PP 11/2017 art. 107 as
 * amended by PP 17/2020): education at least S1 or D-IV, at least 5 years of relevant experience,
 * at least 2 years as administrator or ahli madya, age at most `maxAge` (default 56) on the
 * reference date, no heavy disciplinary sanction. Lists every failing reason in a fixed order;
 * `reasons: []` when eligible. Health and minimum rank are checked elsewhere (documents, per round).
 */
export function openSelectionEligibility(candidate: OpenSelectionCandidate): {
  eligible: boolean;
  reasons: EligibilityReason[];
} {
  const maxAge = candidate.maxAge ?? DEFAULT_MAX_AGE;
  if (!Number.isInteger(maxAge) || maxAge <= 0) throw new RangeError("maxAge must be a positive integer");
  if (!EDUCATION_LEVELS.includes(candidate.educationLevel)) {
    throw new RangeError(`unknown education level ${String(candidate.educationLevel)}`);
  }
  assertYears(candidate.yearsRelevantExperience, "yearsRelevantExperience");
  assertYears(candidate.yearsAsAdministrator, "yearsAsAdministrator");

  const reasons: EligibilityReason[] = [];
  if (ageOn(candidate.birthDate, candidate.referenceDate) > maxAge) reasons.push("AGE_OVER_LIMIT");
  if (candidate.educationLevel === "SMA" || candidate.educationLevel === "D3") reasons.push("EDUCATION_BELOW_S1");
  if (candidate.yearsRelevantExperience < MIN_RELEVANT_EXPERIENCE_YEARS) reasons.push("EXPERIENCE_UNDER_5_YEARS");
  if (candidate.yearsAsAdministrator < MIN_ADMINISTRATOR_YEARS) reasons.push("ADMINISTRATOR_UNDER_2_YEARS");
  if (candidate.heavyDisciplineSanction) reasons.push("DISCIPLINE_SANCTION");
  return { eligible: reasons.length === 0, reasons };
}

// ---- Blackout windows (UU 10/2016 art. 71(2) and 162(3)) ----

/** Same values as the database enum; OTHER windows are entered by hand, never derived. */
export type BlackoutKind = "HEAD_INAUGURATION" | "ELECTION" | "OTHER";

export type BlackoutEvent =
  /** A new head of region (or deputy acting as head) was inaugurated on `date`. */
  | { kind: "HEAD_INAUGURATION"; date: string }
  /** The election's candidate pairs are (to be) fixed on `date`; the term ends on `termEndsOn` if known. */
  | { kind: "CANDIDATE_PAIRS_FIXED"; date: string; termEndsOn?: string | null };

/** Inclusive ISO dates; `to: null` means open-ended (until the head's term ends, date not recorded). */
export type BlackoutWindow = { kind: BlackoutKind; from: string; to: string | null; label: string };

export const BLACKOUT_MONTHS = 6;

export const BLACKOUT_LABELS: Record<BlackoutKind, string> = {
  HEAD_INAUGURATION:
    "Enam bulan sejak pelantikan kepala daerah: penggantian pejabat memerlukan persetujuan tertulis Menteri Dalam Negeri (UU 10/2016 Pasal 162 ayat (3))",
  ELECTION:
    "Sejak enam bulan sebelum penetapan pasangan calon sampai akhir masa jabatan: penggantian pejabat memerlukan persetujuan tertulis Menteri Dalam Negeri (UU 10/2016 Pasal 71 ayat (2))",
  OTHER: "Masa larangan penggantian pejabat yang ditetapkan instansi",
};

/**
 * The blackout window an event opens. After an inauguration on D: from D through the day before
 * D + 6 months (UU 10/2016 art. 162(3), "6 months counted from the inauguration"; the 6-month
 * anniversary itself is free, as the 2-year tenure anniversary is). Before an election whose pairs
 * are fixed on D: from D − 6 months (22 September → 22 March) through the end of the head's term
 * (art. 71(2)), open-ended when that date is not recorded. Month arithmetic clamps to month ends.
 */
export function blackoutWindowFor(event: BlackoutEvent): BlackoutWindow {
  const date = requireIsoDate(event.date, "event.date");
  if (event.kind === "HEAD_INAUGURATION") {
    const to = addDays(addMonths(date, BLACKOUT_MONTHS), -1);
    const kind = "HEAD_INAUGURATION";
    return { kind, from: formatIsoDate(date), to: formatIsoDate(to), label: BLACKOUT_LABELS[kind] };
  }
  if (event.kind !== "CANDIDATE_PAIRS_FIXED") throw new RangeError(`unknown blackout event ${(event as { kind: string }).kind}`);
  const from = addMonths(date, -BLACKOUT_MONTHS);
  let to: string | null = null;
  if (event.termEndsOn != null) {
    const termEnd = requireIsoDate(event.termEndsOn, "event.termEndsOn");
    if (compareDates(termEnd, date) < 0) throw new RangeError("the term cannot end before the candidate pairs are fixed");
    to = formatIsoDate(termEnd);
  }
  const kind = "ELECTION";
  return { kind, from: formatIsoDate(from), to, label: BLACKOUT_LABELS[kind] };
}

/** The windows of all `events` (UU 10/2016 art. 71(2), 162(3)), sorted by start date. */
export function blackoutWindowsFor(events: readonly BlackoutEvent[]): BlackoutWindow[] {
  return events.map(blackoutWindowFor).sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/** Windows (UU 10/2016 art. 71(2), 162(3)) in force on `on`, bounds inclusive. */
export function activeBlackouts(windows: readonly BlackoutWindow[], on: string): BlackoutWindow[] {
  return overlappingBlackouts(windows, on, on);
}

/**
 * Windows (UU 10/2016 art. 71(2), 162(3)) that share at least one day with the inclusive range
 * `from`–`to`, e.g. a planned inauguration or a whole round's schedule. Throws when `to` < `from`.
 */
export function overlappingBlackouts(windows: readonly BlackoutWindow[], from: string, to: string): BlackoutWindow[] {
  const start = formatIsoDate(requireIsoDate(from, "from"));
  const end = formatIsoDate(requireIsoDate(to, "to"));
  if (end < start) throw new RangeError("the range ends before it starts");
  // Valid ISO dates with 4-digit years order correctly as strings.
  return windows.filter((w) => w.from <= end && (w.to === null || w.to >= start));
}
