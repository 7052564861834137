import { describe, expect, it } from "vitest";
import { trackRecordScore } from "./track-record";

describe("trackRecordScore", () => {
  it.each([
    [{ superior: 80, peers: 70, subordinates: 90 }, "NONE", 80],
    [{ superior: 80, peers: 70, subordinates: 90 }, "LIGHT", 70],
    [{ superior: 80, peers: 70, subordinates: 90 }, "MEDIUM", 60],
    [{ superior: 80, peers: 70, subordinates: 90 }, "HEAVY", 40],
    [{ superior: 30, peers: 30, subordinates: 30 }, "HEAVY", 0], // floored at 0
    [{ superior: 100, peers: 100, subordinates: 100 }, "NONE", 100],
    [{ superior: 90, peers: 60 }, "NONE", 77.14], // (40×90 + 30×60) / 70 = 77.142…
    [{ superior: 85 }, "NONE", 85],
    [{ superior: null, peers: 75, subordinates: 65 }, "NONE", 70],
    [{ superior: 66.67, peers: 66.67, subordinates: 66.66 }, "NONE", 66.67], // 66.667 → 66.67
  ] as const)("%j with sanction %s gives %d", (inputs, sanction, expected) => {
    expect(trackRecordScore(inputs, sanction)).toBe(expected);
  });

  it("needs at least one input", () => {
    expect(() => trackRecordScore({}, "NONE")).toThrow(RangeError);
    expect(() => trackRecordScore({ superior: null, peers: undefined }, "NONE")).toThrow(RangeError);
  });

  it.each([-0.01, 100.01, Number.NaN])("rejects the input %d", (value) => {
    expect(() => trackRecordScore({ superior: value }, "NONE")).toThrow(RangeError);
  });
});
