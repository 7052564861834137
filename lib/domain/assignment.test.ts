import fc from "fast-check";
import { linearSumAssignment } from "linear-sum-assignment";
import { describe, expect, it } from "vitest";
import { type FitMatrix, assignmentTotal, optimalAssignment } from "./assignment";

/** Lexicographic optimum (rows assigned, then total fit) by trying every partial assignment. */
function bruteForce(fit: FitMatrix): { count: number; total: number } {
  const n = fit.length;
  const m = fit[0]?.length ?? 0;
  const used = new Array<boolean>(m).fill(false);
  let best = { count: 0, total: 0 };
  const visit = (i: number, count: number, total: number): void => {
    if (i === n) {
      if (count > best.count || (count === best.count && total > best.total)) best = { count, total };
      return;
    }
    visit(i + 1, count, total);
    for (let j = 0; j < m; j++) {
      const cell = fit[i]![j];
      if (used[j] || cell === null || cell === undefined) continue;
      used[j] = true;
      visit(i + 1, count + 1, total + cell);
      used[j] = false;
    }
  };
  visit(0, 0, 0);
  return best;
}

function checkValid(fit: FitMatrix, assignment: number[]): { count: number; total: number } {
  expect(assignment).toHaveLength(fit.length);
  const columns = assignment.filter((j) => j !== -1);
  expect(new Set(columns).size).toBe(columns.length);
  for (const [i, j] of assignment.entries()) {
    if (j === -1) continue;
    expect(j).toBeGreaterThanOrEqual(0);
    expect(fit[i]![j]).not.toBeNull();
  }
  return { count: columns.length, total: assignmentTotal(fit, assignment) };
}

describe("optimalAssignment", () => {
  it.each([
    ["empty matrix", [], []],
    ["rows without columns", [[], []], [-1, -1]],
    ["single cell", [[42]], [0]],
    ["single forbidden cell", [[null]], [-1]],
    ["all forbidden", [[null, null], [null, null]], [-1, -1]],
    ["plain maximum", [[1, 2], [3, 5]], [0, 1]],
    ["swap beats greedy", [[10, 9], [9, 1]], [1, 0]],
    ["more rows beat more fit", [[100, 1], [99, null]], [1, 0]],
    ["row that cannot augment directly still counts", [[5, null, null], [null, null, 1], [3, null, null]], [0, 2, -1]],
    ["negative fit still assigned", [[-5]], [0]],
    ["two negatives beat one positive", [[-5, null], [3, -1]], [0, 1]],
    ["wide: best column", [[1, 5, 3]], [1]],
    ["tall: best row", [[1], [5], [3]], [-1, 0, -1]],
    ["decimals decide", [[80.01, 80.02], [80.03, 80.05]], [0, 1]],
    ["decimals decide the other way", [[80.02, 80.05], [80.01, 80.03]], [1, 0]],
  ])("%s", (_label, fit, expected) => {
    expect(optimalAssignment(fit)).toEqual(expected);
  });

  it.each([
    ["ragged rows", [[1, 2], [3]]],
    ["NaN", [[1, Number.NaN]]],
    ["Infinity", [[Number.POSITIVE_INFINITY]]],
  ])("throws on %s", (_label, fit) => {
    expect(() => optimalAssignment(fit)).toThrow(RangeError);
  });

  const cell = (values: fc.Arbitrary<number>, nullWeight: number): fc.Arbitrary<number | null> =>
    nullWeight === 0 ? values : fc.oneof({ arbitrary: fc.constant(null), weight: nullWeight }, { arbitrary: values, weight: 10 - nullWeight });
  const matrix = (values: fc.Arbitrary<number>, nullWeight: number) =>
    fc
      .tuple(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 7 }))
      .chain(([n, m]) => fc.array(fc.array(cell(values, nullWeight), { minLength: m, maxLength: m }), { minLength: n, maxLength: n }));

  const twoDecimals = fc.integer({ min: 0, max: 10_000 }).map((x) => x / 100);
  const anyFinite = fc.double({ min: -1000, max: 1000, noNaN: true });
  const fewValues = fc.constantFrom(0, 50, 50, 75.25, 100);

  it.each([
    ["0–100 with 2 decimals, no nulls", twoDecimals, 0],
    ["0–100 with 2 decimals, some nulls", twoDecimals, 3],
    ["0–100 with 2 decimals, mostly nulls", twoDecimals, 7],
    ["any finite doubles incl. negative, some nulls", anyFinite, 4],
    ["many ties, some nulls", fewValues, 3],
  ])("matches brute force up to 7×7: %s", (_label, values, nullWeight) => {
    fc.assert(
      fc.property(matrix(values, nullWeight), (fit) => {
        const result = checkValid(fit, optimalAssignment(fit));
        const expected = bruteForce(fit);
        expect(result.count).toBe(expected.count);
        expect(Math.abs(result.total - expected.total)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected.total)));
      }),
      { numRuns: 150 },
    );
  });

  it("matches the linear-sum-assignment reference on larger complete matrices", () => {
    const big = fc
      .tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 40 }))
      .chain(([n, m]) => fc.array(fc.array(twoDecimals, { minLength: m, maxLength: m }), { minLength: n, maxLength: n }));
    fc.assert(
      fc.property(big, (fit) => {
        const ours = checkValid(fit, optimalAssignment(fit));
        const reference = Array.from(linearSumAssignment(fit, { maximaze: true }).rowAssignments);
        expect(ours.count).toBe(Math.min(fit.length, fit[0]!.length));
        expect(ours.total).toBeCloseTo(assignmentTotal(fit, reference), 6);
      }),
      { numRuns: 60 },
    );
  });

  it("matches the reference with forbidden cells priced out, on larger integer matrices", () => {
    const big = fc
      .tuple(fc.integer({ min: 2, max: 30 }), fc.integer({ min: 2, max: 30 }))
      .chain(([n, m]) =>
        fc.array(fc.array(cell(fc.integer({ min: 0, max: 100 }), 5), { minLength: m, maxLength: m }), { minLength: n, maxLength: n }),
      );
    fc.assert(
      fc.property(big, (fit) => {
        // Integer fits keep the reference's arithmetic exact; a forbidden pick costs more than any
        // achievable fit, so the reference maximises cardinality first too.
        const penalty = (Math.min(fit.length, fit[0]!.length) + 1) * 101;
        const priced = fit.map((row) => row.map((c) => (c === null ? -penalty : c)));
        const picks = Array.from(linearSumAssignment(priced, { maximaze: true }).rowAssignments);
        const reference = picks.map((j, i) => (j >= 0 && fit[i]![j] !== null ? j : -1));
        const ours = checkValid(fit, optimalAssignment(fit));
        expect(ours.count).toBe(reference.filter((j) => j !== -1).length);
        expect(ours.total).toBe(assignmentTotal(fit, reference));
      }),
      { numRuns: 60 },
    );
  });
});

describe("assignmentTotal", () => {
  it.each([
    [[[1, 2], [3, 4]], [0, 1], 5],
    [[[1, 2], [3, 4]], [-1, 0], 3],
    [[[1.5]], [-1], 0],
  ])("%j with %j → %d", (fit, assignment, total) => {
    expect(assignmentTotal(fit, assignment)).toBe(total);
  });

  it.each([
    ["a null cell", [[null, 1]], [0]],
    ["a column twice", [[1, 2], [3, 4]], [1, 1]],
    ["a column out of range", [[1]], [3]],
  ])("throws on %s", (_label, fit, assignment) => {
    expect(() => assignmentTotal(fit, assignment)).toThrow(RangeError);
  });
});
