import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_RUBRIC, type RubricCriterion } from "../round-config";
import { missingCriteria, sheetScore } from "./sheet";

const items = (criteria: readonly RubricCriterion[], values: (number | null)[]) => criteria.map((c, i) => ({ criterion: c.code, value: values[i] ?? null }));

describe("sheetScore", () => {
  const paper = DEFAULT_RUBRIC.PAPER; // weights 30 / 25 / 30 / 15
  it.each([
    [[4, 3, 5, 4], 81], // (30·80 + 25·60 + 30·100 + 15·80) / 100
    [[5, 5, 5, 5], 100],
    [[1, 1, 1, 1], 20],
    [[3, 3, 3, 3], 60],
    [[2, 4, 1, 5], 53], // (30·40 + 25·80 + 30·20 + 15·100) / 100
  ])("scores the paper values %j as %d", (values, expected) => {
    expect(sheetScore(items(paper, values), paper)).toBe(expected);
  });

  it("averages with the criterion weights, not the count", () => {
    const criteria = [
      { ...paper[0]!, code: "A", weight: 2 },
      { ...paper[0]!, code: "B", weight: 1 },
    ];
    expect(sheetScore([{ criterion: "A", value: 5 }, { criterion: "B", value: 2 }], criteria)).toBe(80); // (2·100 + 40) / 3
    expect(sheetScore([{ criterion: "A", value: 1 }, { criterion: "B", value: 2 }], criteria)).toBe(26.67); // 80 / 3 = 26.666…
  });

  it("refuses an incomplete sheet and values outside 1-5", () => {
    expect(() => sheetScore(items(paper, [4, 3, null, 4]), paper)).toThrow("SOLUSI");
    expect(() => sheetScore(items(paper, [4, 3, 6, 4]), paper)).toThrow(RangeError);
    expect(() => sheetScore(items(paper, [4, 3, 2.5, 4]), paper)).toThrow(RangeError);
    expect(missingCriteria(items(paper, [4, null, 0, 4]), paper)).toEqual(["ANALISIS", "SOLUSI"]);
  });

  it("stays within 20-100 for any complete sheet", () => {
    const interview = DEFAULT_RUBRIC.INTERVIEW;
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: interview.length, maxLength: interview.length }), (values) => {
        const score = sheetScore(items(interview, values), interview);
        return score >= 20 && score <= 100;
      }),
    );
  });
});
