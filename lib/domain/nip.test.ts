import { describe, expect, it } from "vitest";
import { normaliseNip, parseNip } from "./nip";

describe("parseNip", () => {
  it.each([
    ["196805291990031004", { birthDate: "1968-05-29", appointedMonth: "1990-03", sex: "M", sequence: 4 }],
    ["19680529 199003 1 004", { birthDate: "1968-05-29", appointedMonth: "1990-03", sex: "M", sequence: 4 }],
    ["19750817  200212 2 015", { birthDate: "1975-08-17", appointedMonth: "2002-12", sex: "F", sequence: 15 }],
    [" 198402292009012001 ", { birthDate: "1984-02-29", appointedMonth: "2009-01", sex: "F", sequence: 1 }],
    ["199001312010062999", { birthDate: "1990-01-31", appointedMonth: "2010-06", sex: "F", sequence: 999 }],
    // appointment in the month right after birth is still "after birth"
    ["200001312000021001", { birthDate: "2000-01-31", appointedMonth: "2000-02", sex: "M", sequence: 1 }],
  ])("parses %s", (input, expected) => {
    expect(parseNip(input)).toEqual(expected);
  });

  it.each([
    ["17 digits", "19680529199003100"],
    ["19 digits", "1968052919900310045"],
    ["letters", "19680529199003100A"],
    ["space inside a group", "1968 0529 199003 1 004"],
    ["dashes as separators", "19680529-199003-1-004"],
    ["31 September", "196809311990031004"],
    ["29 February of a common year", "198302291990031004"],
    ["29 February 1900 (not leap)", "190002291930031004"],
    ["birth month 13", "196813011990031004"],
    ["birth day 00", "196805001990031004"],
    ["appointment month 13", "196805291990131004"],
    ["appointment month 00", "196805291990001004"],
    ["appointment before birth", "196805291967031004"],
    ["appointment in the birth month", "196805291968051004"],
    ["sex digit 0", "196805291990030004"],
    ["sex digit 3", "196805291990033004"],
    ["empty", ""],
  ])("rejects %s", (_label, input) => {
    expect(parseNip(input)).toBeNull();
  });
});

describe("normaliseNip", () => {
  it.each([
    ["19680529 199003 1 004", "196805291990031004"],
    ["196805291990031004", "196805291990031004"],
    ["196809311990031004", null],
  ])("%s → %s", (input, expected) => {
    expect(normaliseNip(input)).toBe(expected);
  });
});
