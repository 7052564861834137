import { describe, expect, it } from "vitest";
import { MANAGERIAL_COMPETENCIES } from "../competency";
import { JPM_CATEGORY_LABELS, jobPersonMatch, jpmCategory, roundJpm } from "./jpm";

// DOMAIN.md vector: standard 4 on the 8 managerial competencies + 3 on Perekat Bangsa = 35.
const standard: Record<string, number> = {
  ...Object.fromEntries(MANAGERIAL_COMPETENCIES.map((code) => [code, 4])),
  PEREKAT_BANGSA: 3,
};

function achievedSumming(total: number): Record<string, number> {
  // Spread `total` over the 9 competencies: 8 × (total − 3) / 8 + 3.
  const each = (total - 3) / 8;
  return { ...Object.fromEntries(MANAGERIAL_COMPETENCIES.map((code) => [code, each])), PEREKAT_BANGSA: 3 };
}

describe("jobPersonMatch", () => {
  it.each([
    [30, 85.71],
    [35, 100],
    [28, 80],
    [23.8, 68],
    [31.5, 90],
    [27.3, 78],
    [40, 114.29],
  ])("Σ achieved %d over Σ standard 35 → %d %% (rounded)", (total, expected) => {
    expect(roundJpm(jobPersonMatch(achievedSumming(total), standard))).toBe(expected);
  });

  it("returns the unrounded percentage", () => {
    expect(jobPersonMatch(achievedSumming(30), standard)).toBeCloseTo(85.714285714, 8);
  });

  it("ignores achieved keys outside the standard", () => {
    expect(jobPersonMatch({ A: 3, B: 4, EXTRA: 5 }, { A: 4, B: 4 })).toBe(87.5);
  });

  it.each([
    ["a standard key has no achieved level", { A: 3 }, { A: 4, B: 4 }],
    ["the standard is empty", { A: 3 }, {}],
    ["the standard sums to zero", { A: 3 }, { A: 0 }],
    ["an achieved level is not a number", { A: Number.NaN }, { A: 4 }],
    ["a standard level is negative", { A: 3, B: 3 }, { A: 4, B: -1 }],
  ])("throws when %s", (_label, achieved, std) => {
    expect(() => jobPersonMatch(achieved, std)).toThrow(RangeError);
  });
});

describe("jpmCategory", () => {
  it.each([
    [100, "MS"],
    [80, "MS"],
    [80.0, "MS"],
    [79.995, "MS"],
    [79.99999999999999, "MS"],
    [79.99, "MMS"],
    [79.994999, "MMS"],
    [68, "MMS"],
    [67.995, "MMS"],
    [67.99, "KMS"],
    [0, "KMS"],
  ] as const)("MS scheme: %d → %s", (jpm, category) => {
    expect(jpmCategory(jpm, "MS")).toBe(category);
  });

  it.each([
    [100, "OPTIMAL"],
    [90, "OPTIMAL"],
    [89.99, "CUKUP_OPTIMAL"],
    [78, "CUKUP_OPTIMAL"],
    [77.99, "KURANG_OPTIMAL"],
    [0, "KURANG_OPTIMAL"],
  ] as const)("OPTIMAL scheme: %d → %s", (jpm, category) => {
    expect(jpmCategory(jpm, "OPTIMAL")).toBe(category);
  });

  it("classifies a JPM computed as exactly 80 % as MS", () => {
    expect(jpmCategory(jobPersonMatch(achievedSumming(28), standard), "MS")).toBe("MS");
  });

  it("throws on a non-finite JPM or an unknown scheme", () => {
    expect(() => jpmCategory(Number.NaN, "MS")).toThrow(RangeError);
    expect(() => jpmCategory(80, "X" as "MS")).toThrow(RangeError);
  });

  it.each([
    ["MS", "Memenuhi Syarat"],
    ["MMS", "Masih Memenuhi Syarat"],
    ["KMS", "Kurang Memenuhi Syarat"],
    ["OPTIMAL", "Optimal"],
    ["CUKUP_OPTIMAL", "Cukup Optimal"],
    ["KURANG_OPTIMAL", "Kurang Optimal"],
  ] as const)("labels %s as %s", (category, label) => {
    expect(JPM_CATEGORY_LABELS[category]).toBe(label);
  });
});
