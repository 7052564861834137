import { describe, expect, it } from "vitest";
import { formatDecimalInput, parseDecimal } from "./format";

describe("parseDecimal", () => {
  it.each([
    ["2,5", 2.5],
    ["2.5", 2.5],
    ["12,5", 12.5],
    [" 12,75 ", 12.75],
    ["100", 100],
    ["0", 0],
    ["-1,5", -1.5],
    ["3,125", 3.125],
  ])("reads %j as %d", (text, expected) => expect(parseDecimal(text)).toBe(expected));

  it.each([["abc"], ["2,5,0"], ["1.000"], ["1.234,5"], ["2,"], [",5"], ["1e3"], ["0x10"], ["2 5"]])("refuses %j", (text) =>
    expect(parseDecimal(text)).toBeNaN(),
  );

  it.each([[""], ["   "]])("treats %j as blank", (text) => expect(parseDecimal(text)).toBeUndefined());
});

describe("formatDecimalInput", () => {
  it.each([
    [3.5, "3,5"],
    [97.25, "97,25"],
    [100, "100"],
    [1000, "1000"],
    [null, ""],
    [undefined, ""],
  ])("writes %j as %j", (value, expected) => expect(formatDecimalInput(value)).toBe(expected));

  it.each([[3.5], [97.25], [0.125], [150]])("round-trips %d through parseDecimal", (value) => expect(parseDecimal(formatDecimalInput(value))).toBe(value));
});
