import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  formatIsoDate,
  fullYearsBetween,
  parseIsoDate,
  requireIsoDate,
} from "./calendar";

const d = (iso: string) => requireIsoDate(iso, "test");

describe("parseIsoDate", () => {
  it.each([
    ["2024-02-29", { year: 2024, month: 2, day: 29 }],
    ["2000-02-29", { year: 2000, month: 2, day: 29 }],
    ["1999-12-31", { year: 1999, month: 12, day: 31 }],
  ])("accepts %s", (input, expected) => {
    expect(parseIsoDate(input)).toEqual(expected);
  });

  it.each(["2023-02-29", "1900-02-29", "2024-09-31", "2024-13-01", "2024-00-10", "2024-01-00", "2024-1-01", "20240101", " 2024-01-01", "0000-01-01"])(
    "rejects %s",
    (input) => {
      expect(parseIsoDate(input)).toBeNull();
    },
  );

  it("requireIsoDate names the argument", () => {
    expect(() => requireIsoDate("2024-02-30", "on")).toThrow(/on must be a real date/);
  });
});

describe("addMonths", () => {
  it.each([
    ["2024-08-31", 6, "2025-02-28"],
    ["2023-08-31", 6, "2024-02-29"],
    ["2024-01-31", 1, "2024-02-29"],
    ["2024-03-31", -1, "2024-02-29"],
    ["2024-09-22", -6, "2024-03-22"],
    ["2024-02-29", 12, "2025-02-28"],
    ["2024-02-29", 48, "2028-02-29"],
    ["2024-12-15", 1, "2025-01-15"],
    ["2025-01-15", -1, "2024-12-15"],
  ])("%s + %i months = %s", (from, months, expected) => {
    expect(formatIsoDate(addMonths(d(from), months))).toBe(expected);
  });
});

describe("addDays", () => {
  it.each([
    ["2025-02-28", 1, "2025-03-01"],
    ["2024-02-28", 1, "2024-02-29"],
    ["2025-03-01", -1, "2025-02-28"],
    ["2024-12-31", 1, "2025-01-01"],
    ["1970-01-01", -1, "1969-12-31"],
    ["2000-03-01", -1, "2000-02-29"],
  ])("%s + %i days = %s", (from, days, expected) => {
    expect(formatIsoDate(addDays(d(from), days))).toBe(expected);
  });

  it("round-trips through every day of four centuries in steps", () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), fc.integer({ min: -1000, max: 1000 }), (start, step) => {
        const origin = addDays(d("1970-01-01"), start);
        expect(parseIsoDate(formatIsoDate(origin))).toEqual(origin);
        expect(addDays(addDays(origin, step), -step)).toEqual(origin);
      }),
    );
  });
});

describe("fullYearsBetween", () => {
  it.each([
    ["2022-03-15", "2024-03-14", 1],
    ["2022-03-15", "2024-03-15", 2],
    ["2024-02-29", "2025-02-27", 0],
    ["2024-02-29", "2025-02-28", 1],
    ["2024-02-29", "2028-02-28", 3],
    ["2024-02-29", "2028-02-29", 4],
    ["2024-05-01", "2024-05-01", 0],
  ])("%s → %s = %i", (from, to, years) => {
    expect(fullYearsBetween(d(from), d(to))).toBe(years);
  });

  it("throws when the end is before the start", () => {
    expect(() => fullYearsBetween(d("2024-05-02"), d("2024-05-01"))).toThrow(RangeError);
  });
});
