import { roundHalfUp } from "./round";

export const PANEL_AGGREGATION_METHODS = ["mean", "trimmed"] as const;
export type PanelAggregationMethod = (typeof PANEL_AGGREGATION_METHODS)[number];

/** Minimum number of scores before the trimmed mean drops the extremes. */
export const TRIMMED_MEAN_MIN_SCORES = 5;

/** Default dispersion threshold in points on the 0–100 scale (DOMAIN.md "Dispersion flag"). */
export const DEFAULT_DISPERSION_THRESHOLD = 20;

function assertScores(scores: readonly number[]): void {
  if (scores.length === 0) throw new RangeError("no panel scores to aggregate");
  for (const score of scores) {
    if (!Number.isFinite(score)) throw new RangeError(`panel score must be a finite number, got ${score}`);
  }
}

/**
 * Panel aggregate of one participant's component: the mean of the submitted panel scores, or with
 * `"trimmed"` the mean after dropping one highest and one lowest score when there are 5 or more
 * (below 5 the trimmed method is the plain mean). Throws when there are no scores. Raw scores stay
 * stored; this only derives the aggregate (DOMAIN.md "Panel aggregate"). Unrounded.
 * Source: no regulation prescribes how panel scores combine; the mean and the trimmed mean are the
 * product's configurable rule, chosen per round.
 */
export function aggregatePanelScores(scores: readonly number[], method: PanelAggregationMethod): number {
  assertScores(scores);
  if (method !== "mean" && method !== "trimmed") throw new RangeError(`unknown aggregation method ${String(method)}`);
  let sum = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const score of scores) {
    sum += score;
    if (score < min) min = score;
    if (score > max) max = score;
  }
  if (method === "trimmed" && scores.length >= TRIMMED_MEAN_MIN_SCORES) {
    return (sum - min - max) / (scores.length - 2);
  }
  return sum / scores.length;
}

/**
 * Spread of the panel scores, max − min, cleaned of binary noise (80.3 − 60.3 is 20, not
 * 20.000000000000004) by rounding to 9 decimals. 0 for fewer than two scores.
 */
export function panelSpread(scores: readonly number[]): number {
  if (scores.length === 0) return 0;
  assertScores(scores);
  return roundHalfUp(Math.max(...scores) - Math.min(...scores), 9);
}

/**
 * Dispersion flag: the panel's max − min is strictly above `threshold` (default 20 points on
 * 0–100, DOMAIN.md "Dispersion flag"); a flagged result needs a recorded justification before it
 * is finalised. A spread exactly equal to the threshold is not dispersed; no scores is not dispersed.
 * Source: no regulation sets a dispersion rule; the product's safeguard, threshold per round.
 */
export function isDispersed(scores: readonly number[], threshold: number = DEFAULT_DISPERSION_THRESHOLD): boolean {
  if (!Number.isFinite(threshold) || threshold < 0) throw new RangeError("threshold must be a non-negative number");
  return panelSpread(scores) > threshold;
}
