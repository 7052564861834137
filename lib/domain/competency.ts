/**
 * The competency catalogue for JPT Pratama posts: eight managerial competencies and one
 * socio-cultural competency, each measured on levels 1–5 (PermenPANRB 38/2017 on ASN job
 * competency standards, art. 4 and its annex). Technical competencies are per post and live in data.
 */

export const MANAGERIAL_COMPETENCIES = [
  "INTEGRITAS",
  "KERJASAMA",
  "KOMUNIKASI",
  "ORIENTASI_HASIL",
  "PELAYANAN_PUBLIK",
  "PENGEMBANGAN_DIRI",
  "MENGELOLA_PERUBAHAN",
  "PENGAMBILAN_KEPUTUSAN",
] as const;

export const SOCIOCULTURAL_COMPETENCY = "PEREKAT_BANGSA";

export const CORE_COMPETENCIES = [...MANAGERIAL_COMPETENCIES, SOCIOCULTURAL_COMPETENCY] as const;

export type ManagerialCompetency = (typeof MANAGERIAL_COMPETENCIES)[number];
export type CompetencyCode = (typeof CORE_COMPETENCIES)[number];

export const COMPETENCY_LABELS: Record<CompetencyCode, string> = {
  INTEGRITAS: "Integritas",
  KERJASAMA: "Kerja Sama",
  KOMUNIKASI: "Komunikasi",
  ORIENTASI_HASIL: "Orientasi pada Hasil",
  PELAYANAN_PUBLIK: "Pelayanan Publik",
  PENGEMBANGAN_DIRI: "Pengembangan Diri dan Orang Lain",
  MENGELOLA_PERUBAHAN: "Mengelola Perubahan",
  PENGAMBILAN_KEPUTUSAN: "Pengambilan Keputusan",
  PEREKAT_BANGSA: "Perekat Bangsa",
};

export const MIN_COMPETENCY_LEVEL = 1;
export const MAX_COMPETENCY_LEVEL = 5;

/** Default standard level of every core competency for a JPT Pratama post (PermenPANRB 38/2017 annex). */
export const DEFAULT_STANDARD_LEVEL = 4;

export const COMPETENCY_LEVEL_MESSAGE = "Level kompetensi harus antara 1 dan 5, paling banyak 2 angka desimal";

// A double whose shortest decimal form has at most two decimals: exactly what a user typed as
// "3.25", while 3.255 or 1.005 are rejected. Inside 1–5 `String` never uses exponent notation.
const TWO_DECIMALS = /^\d+(\.\d{1,2})?$/;

/**
 * Whether `level` is a valid achieved or standard competency level: 1 to 5 inclusive, decimals
 * allowed (assessment centres report e.g. 3.25), at most two decimals (PermenPANRB 38/2017 art. 4
 * levels 1–5).
 */
export function isValidCompetencyLevel(level: number): boolean {
  if (!Number.isFinite(level)) return false;
  if (level < MIN_COMPETENCY_LEVEL || level > MAX_COMPETENCY_LEVEL) return false;
  return TWO_DECIMALS.test(String(level));
}

/**
 * The default competency standard of a JPT Pratama post: every core competency at `level`
 * (default 4, PermenPANRB 38/2017). Posts may override any entry in data.
 */
export function defaultCompetencyStandard(level: number = DEFAULT_STANDARD_LEVEL): Record<CompetencyCode, number> {
  if (!isValidCompetencyLevel(level)) throw new RangeError(COMPETENCY_LEVEL_MESSAGE);
  return Object.fromEntries(CORE_COMPETENCIES.map((code) => [code, level])) as Record<CompetencyCode, number>;
}

export type AssessmentCoverage = { measured: number; required: number; complete: boolean };

/**
 * How much of a participant's assessment is in: the post's standard competencies that have a
 * level. Complete means every one of them has, which is what the job-person match needs
 * (PermenPANRB 38/2017 compares each standard competency); a post without a standard is never
 * complete. The one rule the participant list, the dashboard and the progress page count by.
 */
export function assessmentCoverage(standardCodes: readonly string[], assessedCodes: Iterable<string>): AssessmentCoverage {
  const assessed = new Set(assessedCodes);
  const required = new Set(standardCodes).size;
  const measured = [...new Set(standardCodes)].filter((code) => assessed.has(code)).length;
  return { measured, required, complete: required > 0 && measured === required };
}
