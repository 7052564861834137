// Track-record component of the composite score (rekam jejak), on 0-100.
import { roundHalfUp } from "./round";

export const SANCTION_LEVELS = ["NONE", "LIGHT", "MEDIUM", "HEAVY"] as const;
export type SanctionLevel = (typeof SANCTION_LEVELS)[number];

/** 360-degree inputs, each 0-100; a missing input (no subordinates, say) is left out. */
export type ThreeSixtyInputs = { superior?: number | null; peers?: number | null; subordinates?: number | null };

/** Relative weights of the 360-degree sources: the superior's view counts most. */
export const THREE_SIXTY_WEIGHTS = { superior: 40, peers: 30, subordinates: 30 } as const;

/**
 * Points deducted per discipline sanction level (PP 94/2021 art. 8: light, medium, heavy). A heavy
 * sanction also bars open-selection applicants (PP 17/2020 art. 107); in a job fit it weighs here.
 */
export const SANCTION_DEDUCTION: Record<SanctionLevel, number> = { NONE: 0, LIGHT: 10, MEDIUM: 20, HEAVY: 40 };

/**
 * Track-record score on 0-100 (product rule, docs/decisions/0004): the weighted mean of the
 * 360-degree inputs given (superior 40, peers 30, subordinates 30, re-weighted over those
 * present), minus the sanction deduction, floored at 0, rounded half-up to 2 decimals.
 * Example: superior 80, peers 70, subordinates 90, light sanction → 80 − 10 = 70.
 * Throws when no input is given or an input is outside 0-100.
 */
export function trackRecordScore(inputs: ThreeSixtyInputs, sanction: SanctionLevel): number {
  let weighted = 0;
  let totalWeight = 0;
  for (const source of ["superior", "peers", "subordinates"] as const) {
    const value = inputs[source];
    if (value === null || value === undefined) continue;
    if (!Number.isFinite(value) || value < 0 || value > 100) throw new RangeError(`${source} input must be 0-100, got ${value}`);
    weighted += THREE_SIXTY_WEIGHTS[source] * value;
    totalWeight += THREE_SIXTY_WEIGHTS[source];
  }
  if (totalWeight === 0) throw new RangeError("a track-record score needs at least one 360-degree input");
  return roundHalfUp(Math.max(0, weighted / totalWeight - SANCTION_DEDUCTION[sanction]), 2);
}
