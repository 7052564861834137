import { describe, expect, it } from "vitest";
import { aggregatePanelScores, isDispersed, panelSpread } from "./panel";

describe("aggregatePanelScores", () => {
  it.each([
    [[80], "mean", 80],
    [[80], "trimmed", 80],
    [[70, 80], "mean", 75],
    [[60, 70, 80, 90], "trimmed", 75],
    [[60, 70, 80, 90], "mean", 75],
    [[50, 70, 80, 90, 100], "mean", 78],
    [[50, 70, 80, 90, 100], "trimmed", 80],
    [[10, 80, 80, 80, 80, 100], "trimmed", 80],
    [[80, 80, 80, 80, 80], "trimmed", 80],
    [[0, 100, 100, 100, 100, 100, 100], "trimmed", 100],
    [[75.5, 82.25, 90], "mean", 82.58333333333333],
  ] as const)("%j with %s → %d", (scores, method, expected) => {
    expect(aggregatePanelScores(scores, method)).toBeCloseTo(expected, 10);
  });

  it.each(["mean", "trimmed"] as const)("throws on no scores (%s)", (method) => {
    expect(() => aggregatePanelScores([], method)).toThrow(RangeError);
  });

  it("throws on a non-finite score or an unknown method", () => {
    expect(() => aggregatePanelScores([80, Number.NaN], "mean")).toThrow(RangeError);
    expect(() => aggregatePanelScores([80], "median" as "mean")).toThrow(RangeError);
  });
});

describe("isDispersed", () => {
  it.each([
    [[60, 80], 20, false],
    [[60, 80.01], 20, true],
    [[60.3, 80.3], 20, false],
    [[59.99, 80], 20, true],
    [[70, 75, 90], 20, false],
    [[50, 75, 90], 20, true],
    [[80], 20, false],
    [[], 20, false],
    [[60, 70], 10, false],
    [[60, 70.5], 10, true],
  ])("%j with threshold %d → %s", (scores, threshold, expected) => {
    expect(isDispersed(scores, threshold)).toBe(expected);
  });

  it("defaults the threshold to 20", () => {
    expect(isDispersed([60, 80])).toBe(false);
    expect(isDispersed([60, 80.5])).toBe(true);
  });

  it("rejects a negative threshold", () => {
    expect(() => isDispersed([1, 2], -1)).toThrow(RangeError);
  });

  it("reports the spread without binary noise", () => {
    expect(panelSpread([60.3, 80.3])).toBe(20);
  });
});
