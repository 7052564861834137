import { describe, expect, it } from "vitest";
import { isWeighted, WEIGHT_PRESETS, type Weights } from "./round-config";

const preset = (key: string) => WEIGHT_PRESETS.find((p) => p.key === key)!.weights;

describe("isWeighted", () => {
  it.each<[string, Partial<Weights>, boolean]>([
    ["weight 0", { WRITTEN_TEST: 0 }, false],
    ["the smallest weight above 0", { WRITTEN_TEST: 0.01 }, true],
    ["weight 100", { WRITTEN_TEST: 100 }, true],
    ["left out", { ASSESSMENT: 100 }, false],
    ["negative (never valid)", { WRITTEN_TEST: -1 }, false],
    ["BKN 2016 preset", preset("BKN_2016"), true],
    ["job-fit preset", preset("JOB_FIT"), false],
  ])("written test %s: %s", (_name, weights, expected) => {
    expect(isWeighted(weights, "WRITTEN_TEST")).toBe(expected);
  });
});
