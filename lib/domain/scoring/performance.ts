// Performance component of the composite score (capaian kinerja), on 0-100.
import { roundHalfUp } from "./round";

export const SKP_RATINGS = ["SANGAT_BAIK", "BAIK", "BUTUH_PERBAIKAN", "KURANG", "SANGAT_KURANG"] as const;
export type SkpRating = (typeof SKP_RATINGS)[number];

/** The five SKP predicates of PermenPANRB 6/2022 (art. 50). */
export const SKP_LABELS: Record<SkpRating, string> = {
  SANGAT_BAIK: "Sangat Baik",
  BAIK: "Baik",
  BUTUH_PERBAIKAN: "Butuh Perbaikan",
  KURANG: "Kurang",
  SANGAT_KURANG: "Sangat Kurang",
};

/**
 * Points of each predicate: the midpoint of the numeric band the predicate replaced in the
 * earlier SKP (PP 46/2011 annex: Sangat Baik 91-100, Baik 76-90, Cukup 61-75, Kurang 51-60,
 * Buruk ≤ 50), so a predicate is worth what the old score was.
 */
export const SKP_POINTS: Record<SkpRating, number> = {
  SANGAT_BAIK: 95.5,
  BAIK: 83,
  BUTUH_PERBAIKAN: 68,
  KURANG: 55.5,
  SANGAT_KURANG: 25,
};

/** Weight of contract achievement in the performance score; the SKP predicate has the rest. */
export const CONTRACT_WEIGHT = 0.5;

export type PerformanceYear = { year: number; contractAchievement: number; skpRating: SkpRating };

/**
 * Performance score on 0-100 (product rule, documented in docs/decisions/0004): half the
 * performance-contract achievement in percent, capped at 100 (over-achievement earns no more than
 * full marks), half the points of the SKP predicate. Rounded half-up to 2 decimals.
 * Example: 70 % achievement and "Baik" → 0.5 × 70 + 0.5 × 83 = 76.5.
 */
export function performanceScore({ contractAchievement, skpRating }: Omit<PerformanceYear, "year">): number {
  if (!Number.isFinite(contractAchievement) || contractAchievement < 0) {
    throw new RangeError(`contract achievement must be a non-negative percentage, got ${contractAchievement}`);
  }
  const contract = Math.min(contractAchievement, 100);
  return roundHalfUp(CONTRACT_WEIGHT * contract + (1 - CONTRACT_WEIGHT) * SKP_POINTS[skpRating], 2);
}

/**
 * The year a round judges: the latest record of a year before the reference date's year (the
 * last completed appraisal year), or null when there is none. A round in 2026 uses 2025.
 */
export function appraisalYearFor<T extends { year: number }>(records: readonly T[], referenceDate: string): T | null {
  const referenceYear = Number(referenceDate.slice(0, 4));
  let best: T | null = null;
  for (const record of records) {
    if (record.year < referenceYear && (!best || record.year > best.year)) best = record;
  }
  return best;
}
