import { describe, expect, it } from "vitest";
import { appraisalYearFor, performanceScore, SKP_POINTS } from "./performance";

describe("performanceScore", () => {
  it.each([
    [70, "BAIK", 76.5],
    [60, "BAIK", 71.5],
    [100, "SANGAT_BAIK", 97.75],
    [104.5, "SANGAT_BAIK", 97.75], // over-achievement is capped at 100 %
    [99.99, "SANGAT_BAIK", 97.75], // 0.5 × 99.99 + 47.75 = 97.745 → 97.75 (half-up)
    [0, "SANGAT_KURANG", 12.5],
    [80, "BUTUH_PERBAIKAN", 74],
    [55.5, "KURANG", 55.5],
  ] as const)("%d %% with %s gives %d", (contractAchievement, skpRating, expected) => {
    expect(performanceScore({ contractAchievement, skpRating })).toBe(expected);
  });

  it("never leaves 0-100", () => {
    for (const rating of Object.keys(SKP_POINTS) as (keyof typeof SKP_POINTS)[]) {
      for (const achievement of [0, 50, 100, 250]) {
        const score = performanceScore({ contractAchievement: achievement, skpRating: rating });
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
      }
    }
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])("rejects the achievement %d", (contractAchievement) => {
    expect(() => performanceScore({ contractAchievement, skpRating: "BAIK" })).toThrow(RangeError);
  });
});

describe("appraisalYearFor", () => {
  const records = [{ year: 2023 }, { year: 2025 }, { year: 2024 }, { year: 2026 }];
  it("takes the latest year before the reference year", () => {
    expect(appraisalYearFor(records, "2026-11-02")).toEqual({ year: 2025 });
    expect(appraisalYearFor(records, "2026-01-01")).toEqual({ year: 2025 });
    expect(appraisalYearFor(records, "2024-12-31")).toEqual({ year: 2023 });
  });
  it("gives null when no completed year is on record", () => {
    expect(appraisalYearFor(records, "2023-06-30")).toBeNull();
    expect(appraisalYearFor([], "2026-11-02")).toBeNull();
  });
});
