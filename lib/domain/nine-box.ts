import { roundHalfUp } from "./scoring/round";

export type PerformanceBand = "BELOW" | "MEETS" | "ABOVE";
export type PotentialBand = "LOW" | "MEDIUM" | "HIGH";
export type NineBoxNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

export type PotentialCutoffs = { high: number; medium: number };
export type PerformanceCutoffs = { above: number; meets: number };

/** Default potential bands from the JPM: HIGH ≥ 90, MEDIUM 78–<90, LOW < 78 (DOMAIN.md "Nine-box"). */
export const DEFAULT_POTENTIAL_CUTOFFS: PotentialCutoffs = { high: 90, medium: 78 };
/** Default performance bands: ABOVE ≥ 80, MEETS 60–<80, BELOW < 60 (DOMAIN.md "Nine-box"). */
export const DEFAULT_PERFORMANCE_CUTOFFS: PerformanceCutoffs = { above: 80, meets: 60 };

// Box numbers of the PermenPANRB 3/2020 talent map, indexed [performance][potential].
const BOXES: Record<PerformanceBand, Record<PotentialBand, NineBoxNumber>> = {
  BELOW: { LOW: 1, MEDIUM: 3, HIGH: 6 },
  MEETS: { LOW: 2, MEDIUM: 5, HIGH: 8 },
  ABOVE: { LOW: 4, MEDIUM: 7, HIGH: 9 },
};

/** Boxes 7–9 feed the succession pool (PermenPANRB 3/2020, talent pool). */
export const SUCCESSION_POOL_BOXES: readonly NineBoxNumber[] = [7, 8, 9];

export const PERFORMANCE_BAND_LABELS: Record<PerformanceBand, string> = {
  BELOW: "Di bawah ekspektasi",
  MEETS: "Sesuai ekspektasi",
  ABOVE: "Di atas ekspektasi",
};

export const POTENTIAL_BAND_LABELS: Record<PotentialBand, string> = {
  LOW: "Rendah",
  MEDIUM: "Menengah",
  HIGH: "Tinggi",
};

/**
 * Nine-box number of the PermenPANRB 3/2020 talent map (manajemen talenta ASN): (below, low) 1,
 * (meets, low) 2, (below, medium) 3, (above, low) 4, (meets, medium) 5, (below, high) 6,
 * (above, medium) 7, (meets, high) 8, (above, high) 9.
 */
export function nineBox(performance: PerformanceBand, potential: PotentialBand): NineBoxNumber {
  const box = Object.hasOwn(BOXES, performance) ? BOXES[performance][potential] : undefined;
  if (box === undefined) throw new RangeError(`unknown nine-box axes ${String(performance)} × ${String(potential)}`);
  return box;
}

/** Whether the box belongs to the succession pool (boxes 7–9, PermenPANRB 3/2020). */
export function isSuccessionPoolBox(box: NineBoxNumber): boolean {
  return SUCCESSION_POOL_BOXES.includes(box);
}

function assertOrdered(upper: number, lower: number, what: string): void {
  if (!Number.isFinite(upper) || !Number.isFinite(lower) || lower > upper) {
    throw new RangeError(`${what} cut-offs must be finite with the lower one not above the upper one`);
  }
}

/**
 * Potential axis of the nine-box from the JPM (PermenPANRB 3/2020 talent map; default cut-offs
 * 90/78 as the JPM "OPTIMAL" scheme): HIGH ≥ high, MEDIUM ≥ medium, else LOW. Like the JPM
 * categories, the value is first rounded half-up to 2 decimals, so 89.995 is HIGH and 89.99 MEDIUM.
 */
export function potentialBand(jpm: number, cutoffs: PotentialCutoffs = DEFAULT_POTENTIAL_CUTOFFS): PotentialBand {
  assertOrdered(cutoffs.high, cutoffs.medium, "potential");
  const value = roundHalfUp(jpm, 2);
  if (value >= cutoffs.high) return "HIGH";
  return value >= cutoffs.medium ? "MEDIUM" : "LOW";
}

/**
 * Performance axis of the nine-box from a 0–100 performance score (PermenPANRB 3/2020 talent
 * map; default bands BELOW 0–<60, MEETS 60–<80, ABOVE ≥ 80): the score is rounded half-up to 2
 * decimals first, so 79.995 is ABOVE and 79.99 MEETS.
 */
export function performanceBand(
  score: number,
  cutoffs: PerformanceCutoffs = DEFAULT_PERFORMANCE_CUTOFFS,
): PerformanceBand {
  assertOrdered(cutoffs.above, cutoffs.meets, "performance");
  const value = roundHalfUp(score, 2);
  if (value >= cutoffs.above) return "ABOVE";
  return value >= cutoffs.meets ? "MEETS" : "BELOW";
}
