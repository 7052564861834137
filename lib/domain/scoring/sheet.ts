// A panel member's score sheet for a paper (makalah) or an interview (wawancara).
import type { RubricCriterion } from "../round-config";
import { roundHalfUp } from "./round";

export const SHEET_VALUES = [1, 2, 3, 4, 5] as const;
/** Points of one step of the anchored 1-5 scale on 0-100 (1 → 20 … 5 → 100), as pansel forms count. */
export const POINTS_PER_STEP = 20;

export type SheetItem = { criterion: string; value: number | null; note?: string };

/** Whether every criterion of the rubric has a value 1-5 (a sheet is submitted only then). */
export function missingCriteria(items: readonly SheetItem[], criteria: readonly RubricCriterion[]): string[] {
  const values = new Map(items.map((i) => [i.criterion, i.value]));
  return criteria.filter((c) => !isSheetValue(values.get(c.code))).map((c) => c.code);
}

export function isSheetValue(value: unknown): value is number {
  return typeof value === "number" && (SHEET_VALUES as readonly number[]).includes(value);
}

/**
 * The sheet's score on 0-100 (product rule, docs/decisions/0009): each criterion's anchored value
 * 1-5 times 20, averaged with the rubric's criterion weights, rounded half-up to 2 decimals.
 * Example: weights 30/25/30/15 and values 4/3/5/4 → (30·80 + 25·60 + 30·100 + 15·80) / 100 = 81.
 * Throws when a criterion has no value 1-5 (incomplete sheets are not scored).
 */
export function sheetScore(items: readonly SheetItem[], criteria: readonly RubricCriterion[]): number {
  if (criteria.length === 0) throw new RangeError("a rubric needs at least one criterion");
  const missing = missingCriteria(items, criteria);
  if (missing.length > 0) throw new RangeError(`criteria without a value: ${missing.join(", ")}`);
  const values = new Map(items.map((i) => [i.criterion, i.value!]));
  let weighted = 0;
  let totalWeight = 0;
  for (const criterion of criteria) {
    weighted += criterion.weight * values.get(criterion.code)! * POINTS_PER_STEP;
    totalWeight += criterion.weight;
  }
  return roundHalfUp(weighted / totalWeight, 2);
}
