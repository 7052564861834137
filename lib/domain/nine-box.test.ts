import { describe, expect, it } from "vitest";
import { isSuccessionPoolBox, nineBox, performanceBand, potentialBand } from "./nine-box";

describe("nineBox", () => {
  it.each([
    ["BELOW", "LOW", 1],
    ["MEETS", "LOW", 2],
    ["BELOW", "MEDIUM", 3],
    ["ABOVE", "LOW", 4],
    ["MEETS", "MEDIUM", 5],
    ["BELOW", "HIGH", 6],
    ["ABOVE", "MEDIUM", 7],
    ["MEETS", "HIGH", 8],
    ["ABOVE", "HIGH", 9],
  ] as const)("(%s, %s) → %i", (performance, potential, box) => {
    expect(nineBox(performance, potential)).toBe(box);
  });

  it("throws on an unknown axis value", () => {
    expect(() => nineBox("GREAT" as "ABOVE", "HIGH")).toThrow(RangeError);
    expect(() => nineBox("ABOVE", "TOP" as "HIGH")).toThrow(RangeError);
  });

  it.each([
    [6, false],
    [7, true],
    [8, true],
    [9, true],
    [1, false],
  ] as const)("box %i in succession pool: %s", (box, inPool) => {
    expect(isSuccessionPoolBox(box)).toBe(inPool);
  });
});

describe("potentialBand", () => {
  it.each([
    [100, "HIGH"],
    [90, "HIGH"],
    [89.995, "HIGH"],
    [89.99, "MEDIUM"],
    [78, "MEDIUM"],
    [77.99, "LOW"],
    [0, "LOW"],
  ] as const)("default cut-offs: %d → %s", (jpm, band) => {
    expect(potentialBand(jpm)).toBe(band);
  });

  it.each([
    [85, "HIGH"],
    [84.99, "MEDIUM"],
    [70, "MEDIUM"],
    [69.99, "LOW"],
  ] as const)("custom cut-offs 85/70: %d → %s", (jpm, band) => {
    expect(potentialBand(jpm, { high: 85, medium: 70 })).toBe(band);
  });

  it("rejects cut-offs out of order", () => {
    expect(() => potentialBand(80, { high: 70, medium: 85 })).toThrow(RangeError);
  });
});

describe("performanceBand", () => {
  it.each([
    [100, "ABOVE"],
    [80, "ABOVE"],
    [79.995, "ABOVE"],
    [79.99, "MEETS"],
    [60, "MEETS"],
    [59.99, "BELOW"],
    [0, "BELOW"],
  ] as const)("default cut-offs: %d → %s", (score, band) => {
    expect(performanceBand(score)).toBe(band);
  });

  it.each([
    [90, "ABOVE"],
    [89.99, "MEETS"],
    [70, "MEETS"],
    [69.99, "BELOW"],
  ] as const)("custom cut-offs 90/70: %d → %s", (score, band) => {
    expect(performanceBand(score, { above: 90, meets: 70 })).toBe(band);
  });

  it("rejects cut-offs out of order or a non-finite score", () => {
    expect(() => performanceBand(80, { above: 50, meets: 60 })).toThrow(RangeError);
    expect(() => performanceBand(Number.NaN)).toThrow(RangeError);
  });
});
