import { describe, expect, it } from "vitest";
import { planTechnicalStandard, type StoredTechnical, type TechnicalEdit } from "./competency-standard";

const stored: StoredTechnical[] = [
  { code: "TEKNIS_1", name: "Legal drafting", level: 3 },
  { code: "TEKNIS_2", name: "Litigasi", level: 3 },
  { code: "TEKNIS_3", name: "Mediasi", level: 2 },
];

const codes = (...values: string[]) => {
  let i = 0;
  return () => values[i++] ?? `EXHAUSTED_${i}`;
};

describe("planTechnicalStandard", () => {
  it.each<[string, TechnicalEdit[], { codes: string[]; removed: string[]; unknown: string[] }]>([
    ["unchanged", stored, { codes: ["TEKNIS_1", "TEKNIS_2", "TEKNIS_3"], removed: [], unknown: [] }],
    // The bug this replaces: removing the first one renumbered the others (TEKNIS_2 became TEKNIS_1).
    ["first removed", [stored[1]!, stored[2]!], { codes: ["TEKNIS_2", "TEKNIS_3"], removed: ["TEKNIS_1"], unknown: [] }],
    ["reordered", [stored[2]!, stored[0]!, stored[1]!], { codes: ["TEKNIS_3", "TEKNIS_1", "TEKNIS_2"], removed: [], unknown: [] }],
    ["renamed in place", [{ ...stored[0]!, name: "Perancangan peraturan" }], { codes: ["TEKNIS_1"], removed: ["TEKNIS_2", "TEKNIS_3"], unknown: [] }],
    ["one added between", [stored[0]!, { name: "Arbitrase", level: 3 }, stored[1]!], { codes: ["TEKNIS_1", "NEW_A", "TEKNIS_2"], removed: ["TEKNIS_3"], unknown: [] }],
    ["all removed", [], { codes: [], removed: ["TEKNIS_1", "TEKNIS_2", "TEKNIS_3"], unknown: [] }],
    ["a stale code", [{ code: "TEKNIS_9", name: "Hilang", level: 3 }], { codes: ["TEKNIS_9"], removed: ["TEKNIS_1", "TEKNIS_2", "TEKNIS_3"], unknown: ["TEKNIS_9"] }],
    ["a code sent twice", [stored[0]!, { ...stored[0]!, name: "Salinan" }], { codes: ["TEKNIS_1", "TEKNIS_1"], removed: ["TEKNIS_2", "TEKNIS_3"], unknown: ["TEKNIS_1"] }],
  ])("%s", (_, edits, expected) => {
    const plan = planTechnicalStandard(stored, edits, codes("NEW_A", "NEW_B"));
    expect(plan.rows.map((r) => r.code)).toEqual(expected.codes);
    expect(plan.removed.map((r) => r.code)).toEqual(expected.removed);
    expect(plan.unknownCodes).toEqual(expected.unknown);
  });

  it("keeps names and levels as sent, in the editor's order after the nine core competencies", () => {
    const plan = planTechnicalStandard(stored, [{ ...stored[1]!, level: 4.5 }, { name: "Arbitrase", level: 2 }], codes("NEW_A"));
    expect(plan.rows).toEqual([
      { code: "TEKNIS_2", name: "Litigasi", level: 4.5, sortOrder: 9, isNew: false },
      { code: "NEW_A", name: "Arbitrase", level: 2, sortOrder: 10, isNew: true },
    ]);
  });

  it("never hands a new competency a code the post already has", () => {
    const plan = planTechnicalStandard(stored, [{ name: "Baru 1", level: 3 }, { name: "Baru 2", level: 3 }], codes("TEKNIS_2", "NEW_A", "NEW_A", "NEW_B"));
    expect(plan.rows.map((r) => r.code)).toEqual(["NEW_A", "NEW_B"]);
  });
});
