import { roundHalfUp } from "./round";

export const JPM_SCHEMES = ["MS", "OPTIMAL"] as const;
export type JpmScheme = (typeof JPM_SCHEMES)[number];

export type JpmCategoryMs = "MS" | "MMS" | "KMS";
export type JpmCategoryOptimal = "OPTIMAL" | "CUKUP_OPTIMAL" | "KURANG_OPTIMAL";
export type JpmCategory = JpmCategoryMs | JpmCategoryOptimal;

/** Lower bounds (inclusive, on the JPM rounded to 2 decimals) of the two upper categories. */
export const JPM_THRESHOLDS = {
  MS: { upper: 80, middle: 68 },
  OPTIMAL: { upper: 90, middle: 78 },
} as const satisfies Record<JpmScheme, { upper: number; middle: number }>;

export const JPM_SCHEME_LABELS: Record<JpmScheme, string> = {
  MS: "Memenuhi Syarat / Masih Memenuhi Syarat / Kurang Memenuhi Syarat",
  OPTIMAL: "Optimal / Cukup Optimal / Kurang Optimal",
};

export const JPM_CATEGORY_LABELS: Record<JpmCategory, string> = {
  MS: "Memenuhi Syarat",
  MMS: "Masih Memenuhi Syarat",
  KMS: "Kurang Memenuhi Syarat",
  OPTIMAL: "Optimal",
  CUKUP_OPTIMAL: "Cukup Optimal",
  KURANG_OPTIMAL: "Kurang Optimal",
};

/**
 * Job person match (JPM): `100 × Σ achieved / Σ standard` over the competencies of the post's
 * standard (PermenPANRB 38/2017 competency standard; the JPM percentage as used in PermenPANRB
 * 35/2020 job-fit assessment). Keys of `achieved` not in `standard` are ignored; a standard key
 * missing from `achieved` throws. Unrounded: round only for display or categorisation.
 */
export function jobPersonMatch(achieved: Record<string, number>, standard: Record<string, number>): number {
  const keys = Object.keys(standard);
  if (keys.length === 0) throw new RangeError("the competency standard is empty");
  let achievedSum = 0;
  let standardSum = 0;
  for (const key of keys) {
    const required = standard[key];
    const reached = Object.hasOwn(achieved, key) ? achieved[key] : undefined;
    if (reached === undefined) throw new RangeError(`no achieved level for competency ${key}`);
    if (required === undefined || !Number.isFinite(required) || required < 0) {
      throw new RangeError(`invalid standard level for ${key}`);
    }
    if (!Number.isFinite(reached) || reached < 0) throw new RangeError(`invalid achieved level for ${key}`);
    achievedSum += reached;
    standardSum += required;
  }
  if (standardSum <= 0) throw new RangeError("the competency standard sums to zero");
  return (100 * achievedSum) / standardSum;
}

/**
 * The JPM rounded half-up to 2 decimals, the value shown to users and compared with category
 * boundaries (so 79.995 shows and counts as 80.00; see `roundHalfUp`).
 */
export function roundJpm(jpm: number): number {
  return roundHalfUp(jpm, 2);
}

/**
 * JPM category under the round's scheme. "MS": Memenuhi Syarat ≥ 80, Masih Memenuhi Syarat
 * 68–<80, Kurang Memenuhi Syarat < 68 (PermenPANRB 35/2020, pass at 68). "OPTIMAL": Optimal ≥ 90,
 * Cukup Optimal 78–<90, Kurang Optimal < 78 (talent-mapping scheme). Boundaries are applied to
 * the JPM rounded half-up to 2 decimals: 80.00 is MS, 79.99 is MMS, and a computed
 * 79.99999999999999 is 80.00.
 */
export function jpmCategory(jpm: number, scheme: "MS"): JpmCategoryMs;
export function jpmCategory(jpm: number, scheme: "OPTIMAL"): JpmCategoryOptimal;
export function jpmCategory(jpm: number, scheme: JpmScheme): JpmCategory;
export function jpmCategory(jpm: number, scheme: JpmScheme): JpmCategory {
  const thresholds = JPM_THRESHOLDS[scheme];
  if (!thresholds) throw new RangeError(`unknown JPM scheme ${String(scheme)}`);
  const rounded = roundJpm(jpm);
  if (scheme === "MS") {
    if (rounded >= thresholds.upper) return "MS";
    return rounded >= thresholds.middle ? "MMS" : "KMS";
  }
  if (rounded >= thresholds.upper) return "OPTIMAL";
  return rounded >= thresholds.middle ? "CUKUP_OPTIMAL" : "KURANG_OPTIMAL";
}
