import { describe, expect, it } from "vitest";
import { PANEL_COMPOSITION_PROBLEM_LABELS, checkPanelComposition, maxInternalMembers } from "./panel-composition";

const panel = (size: number, internal: number) =>
  Array.from({ length: size }, (_, i) => ({ internal: i < internal }));

describe("checkPanelComposition", () => {
  it.each([
    [5, 2, []],
    [5, 3, ["INTERNAL_OVER_45_PERCENT"]],
    [7, 3, []],
    [7, 4, ["INTERNAL_OVER_45_PERCENT"]],
    [7, 0, []],
    [9, 4, []],
    [9, 5, ["INTERNAL_OVER_45_PERCENT"]],
    [6, 2, ["EVEN_SIZE"]],
    [8, 3, ["EVEN_SIZE"]],
    [4, 1, ["SIZE_OUT_OF_RANGE", "EVEN_SIZE"]],
    [3, 1, ["SIZE_OUT_OF_RANGE"]],
    [11, 4, ["SIZE_OUT_OF_RANGE"]],
    [10, 5, ["SIZE_OUT_OF_RANGE", "EVEN_SIZE", "INTERNAL_OVER_45_PERCENT"]],
    [0, 0, ["SIZE_OUT_OF_RANGE", "EVEN_SIZE"]],
    [3, 3, ["SIZE_OUT_OF_RANGE", "INTERNAL_OVER_45_PERCENT"]],
  ])("%i members, %i internal → %j", (size, internal, problems) => {
    expect(checkPanelComposition(panel(size, internal))).toEqual(problems);
  });

  it("counts internal members wherever they are in the list", () => {
    const members = [false, true, false, true, false, true, true].map((internal) => ({ internal }));
    expect(checkPanelComposition(members)).toEqual(["INTERNAL_OVER_45_PERCENT"]);
  });

  it("has an Indonesian label for every problem", () => {
    expect(Object.keys(PANEL_COMPOSITION_PROBLEM_LABELS).sort()).toEqual(
      ["EVEN_SIZE", "INTERNAL_OVER_45_PERCENT", "SIZE_OUT_OF_RANGE"],
    );
  });
});

describe("maxInternalMembers", () => {
  it.each([
    [5, 2],
    [7, 3],
    [9, 4],
    [20, 9],
    [0, 0],
  ])("%i members → at most %i internal", (size, max) => {
    expect(maxInternalMembers(size)).toBe(max);
  });

  it("rejects a fractional size", () => {
    expect(() => maxInternalMembers(2.5)).toThrow(RangeError);
  });
});
