/**
 * Components a round may weigh (DOMAIN.md "Composite score"); the weights themselves are per round.
 * Codes are suggestions for the app: `compositeScore` accepts any component keys.
 */
export const COMPOSITE_COMPONENTS = [
  "ASSESSMENT",
  "PAPER",
  "INTERVIEW",
  "TRACK_RECORD",
  "PERFORMANCE",
  "WRITTEN_TEST",
] as const;
export type CompositeComponent = (typeof COMPOSITE_COMPONENTS)[number];

export const COMPOSITE_COMPONENT_LABELS: Record<CompositeComponent, string> = {
  ASSESSMENT: "Asesmen Kompetensi (JPM)",
  PAPER: "Makalah",
  INTERVIEW: "Wawancara",
  TRACK_RECORD: "Rekam Jejak",
  PERFORMANCE: "Capaian Kinerja",
  WRITTEN_TEST: "Tes Tertulis",
};

// Weights are typed as decimals (e.g. 33.33 + 33.33 + 33.34); a float sum of such values can miss
// 100 by ~1e-14, which is not a user error.
const WEIGHT_SUM_TOLERANCE = 1e-9;

/**
 * Whether `weights` are valid composite weights: every weight finite and ≥ 0, summing to exactly 100
 * (DOMAIN.md "Composite score": weights are per-round data, no regulation fixes them; e.g. BKN 2016
 * test 15 / assessment 40 / paper 10 / interview 20 / track record 15).
 */
export function weightsSumTo100(weights: Record<string, number>): boolean {
  let sum = 0;
  for (const weight of Object.values(weights)) {
    if (!Number.isFinite(weight) || weight < 0) return false;
    sum += weight;
  }
  return Math.abs(sum - 100) <= WEIGHT_SUM_TOLERANCE;
}

/**
 * Composite score `Σ weight × score / 100`, each component score on 0–100 and the weights summing
 * to exactly 100 (DOMAIN.md "Composite score"; the weights are the round's, frozen once scoring
 * starts, and no regulation fixes them). Throws when the weights are invalid, a component with weight > 0
 * has no score, or any given score is outside 0–100. Unrounded.
 * Source: no regulation fixes the formula or the weights (UU 5/2014 art. 108 and PermenPANRB 15/2019
 * require an open, competitive, merit-based selection; the weighting is the agency's, per round).
 */
export function compositeScore(scores: Record<string, number>, weights: Record<string, number>): number {
  if (!weightsSumTo100(weights)) throw new RangeError("weights must be non-negative and sum to exactly 100");
  for (const [component, score] of Object.entries(scores)) {
    if (!Number.isFinite(score) || score < 0 || score > 100) {
      throw new RangeError(`score of ${component} must be between 0 and 100, got ${score}`);
    }
  }
  let total = 0;
  for (const [component, weight] of Object.entries(weights)) {
    if (weight === 0) continue;
    const score = Object.hasOwn(scores, component) ? scores[component] : undefined;
    if (score === undefined) throw new RangeError(`no score for weighted component ${component}`);
    total += weight * score;
  }
  return total / 100;
}
