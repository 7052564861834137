import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { roundHalfUp } from "./round";

describe("roundHalfUp", () => {
  it.each([
    [1.005, 2, 1.01],
    [1.015, 2, 1.02],
    [2.675, 2, 2.68],
    [79.995, 2, 80],
    [79.994999, 2, 79.99],
    [80.004999, 2, 80],
    [80.005, 2, 80.01],
    [79.99999999999999, 2, 80],
    [(100 * 28) / 35, 2, 80],
    [(100 * 30) / 35, 2, 85.71],
    [0.1 + 0.2, 2, 0.3],
    [67.995, 2, 68],
    [89.995, 2, 90],
    [77.99, 2, 77.99],
    [0.5, 0, 1],
    [1.5, 0, 2],
    [2.5, 0, 3],
    [1.45, 1, 1.5],
    [123456.785, 2, 123456.79],
    [-1.005, 2, -1.01],
    [-2.5, 0, -3],
    [-0.004, 2, 0],
    [0.004, 2, 0],
    [0.005, 2, 0.01],
    [0.0000001, 2, 0],
    [1e21, 2, 1e21],
    [42, 2, 42],
  ])("roundHalfUp(%d, %i) = %d", (value, decimals, expected) => {
    expect(roundHalfUp(value, decimals)).toBe(expected);
  });

  it("never returns negative zero", () => {
    expect(Object.is(roundHalfUp(-0.001, 2), 0)).toBe(true);
    expect(Object.is(roundHalfUp(-0, 2), 0)).toBe(true);
  });

  it.each([[Number.NaN, 2], [Number.POSITIVE_INFINITY, 2], [1, -1], [1, 1.5], [1, 16]])(
    "throws on roundHalfUp(%d, %d)",
    (value, decimals) => {
      expect(() => roundHalfUp(value, decimals)).toThrow(RangeError);
    },
  );

  it("agrees with exact decimal rounding of two-to-six-decimal inputs", () => {
    // Build the value from an integer count of 10^-6 so the expected result is exact integer math.
    fc.assert(
      fc.property(fc.integer({ min: -100_000_000, max: 100_000_000 }), (micro) => {
        const value = micro / 1e6;
        const abs = Math.abs(micro);
        const hundredths = Math.floor(abs / 10_000) + (abs % 10_000 >= 5_000 ? 1 : 0);
        const expected = (micro < 0 ? -hundredths : hundredths) / 100;
        expect(roundHalfUp(value, 2)).toBe(expected === 0 ? 0 : expected);
      }),
    );
  });

  it("stays within half a unit of the last place", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 6 }), (value, decimals) => {
        const rounded = roundHalfUp(value, decimals);
        expect(Math.abs(rounded - value)).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-9);
      }),
    );
  });
});
