import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compositeScore, weightsSumTo100 } from "./composite";

const BKN_2016 = { WRITTEN_TEST: 15, ASSESSMENT: 40, PAPER: 10, INTERVIEW: 20, TRACK_RECORD: 15 };
const SEED_001 = { PAPER_INTERVIEW: 40, TRACK_RECORD_PERFORMANCE: 60 };

describe("compositeScore", () => {
  it.each([
    ["BKN 2016, all 80", { WRITTEN_TEST: 80, ASSESSMENT: 80, PAPER: 80, INTERVIEW: 80, TRACK_RECORD: 80 }, BKN_2016, 80],
    [
      "BKN 2016, mixed",
      { WRITTEN_TEST: 70, ASSESSMENT: 85.71, PAPER: 75, INTERVIEW: 82.5, TRACK_RECORD: 90 },
      BKN_2016,
      // 10.5 + 34.284 + 7.5 + 16.5 + 13.5
      82.284,
    ],
    ["seed 001 split", { PAPER_INTERVIEW: 70, TRACK_RECORD_PERFORMANCE: 85 }, SEED_001, 79],
    ["zero weight needs no score", { A: 90 }, { A: 100, B: 0 }, 90],
    ["extra scores are ignored", { A: 90, NOT_WEIGHTED: 10 }, { A: 100 }, 90],
    ["decimal weights summing to 100", { A: 60, B: 90, C: 30 }, { A: 33.33, B: 33.33, C: 33.34 }, 59.997],
    ["boundaries 0 and 100", { A: 0, B: 100 }, { A: 50, B: 50 }, 50],
  ])("%s", (_label, scores, weights, expected) => {
    expect(compositeScore(scores, weights)).toBeCloseTo(expected, 10);
  });

  it.each([
    ["weights sum to 99.99", { A: 50, B: 50 }, { A: 49.99, B: 50 }],
    ["weights sum to 100.01", { A: 50, B: 50 }, { A: 50.01, B: 50 }],
    ["weights are empty", { A: 50 }, {}],
    ["a weight is negative", { A: 50, B: 50 }, { A: 110, B: -10 }],
    ["a weighted component has no score", { A: 50 }, { A: 50, B: 50 }],
    ["a score is above 100", { A: 100.01, B: 50 }, { A: 50, B: 50 }],
    ["a score is below 0", { A: -0.01, B: 50 }, { A: 50, B: 50 }],
    ["a score is NaN", { A: Number.NaN, B: 50 }, { A: 50, B: 50 }],
  ])("throws when %s", (_label, scores, weights) => {
    expect(() => compositeScore(scores, weights)).toThrow(RangeError);
  });

  it("lies between the lowest and highest weighted component score", () => {
    const component = fc.record({
      weight: fc.integer({ min: 1, max: 100 }),
      score: fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100),
    });
    fc.assert(
      fc.property(fc.array(component, { minLength: 1, maxLength: 8 }), (parts) => {
        // Scale integer weights to sum to 100 exactly by giving the remainder to the last one.
        const raw = parts.map((p) => p.weight);
        const total = raw.reduce((a, b) => a + b, 0);
        const weightsList = raw.map((w) => Math.floor((w * 100) / total));
        weightsList[weightsList.length - 1]! += 100 - weightsList.reduce((a, b) => a + b, 0);
        const weights = Object.fromEntries(weightsList.map((w, i) => [`C${i}`, w]));
        const scores = Object.fromEntries(parts.map((p, i) => [`C${i}`, p.score]));
        const used = parts.filter((_, i) => weightsList[i]! > 0).map((p) => p.score);
        const result = compositeScore(scores, weights);
        expect(result).toBeGreaterThanOrEqual(Math.min(...used) - 1e-9);
        expect(result).toBeLessThanOrEqual(Math.max(...used) + 1e-9);
      }),
    );
  });
});

describe("weightsSumTo100", () => {
  it.each([
    [BKN_2016, true],
    [SEED_001, true],
    [{ A: 33.33, B: 33.33, C: 33.34 }, true],
    [{ A: 100, B: 0 }, true],
    [{ A: 99.99 }, false],
    [{ A: 100.01 }, false],
    [{}, false],
    [{ A: 120, B: -20 }, false],
    [{ A: Number.POSITIVE_INFINITY }, false],
  ])("%j → %s", (weights, valid) => {
    expect(weightsSumTo100(weights)).toBe(valid);
  });
});
