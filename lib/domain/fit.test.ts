import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assignmentTotal, optimalAssignment } from "./assignment";
import { CORE_COMPETENCIES, MANAGERIAL_COMPETENCIES } from "./competency";
import {
  buildFitMatrix,
  fitScore,
  FORBIDDEN_REASONS,
  proposalFit,
  suggestAssignment,
  type FitInput,
  type FitOfficial,
  type FitPost,
  type FitScoreInput,
} from "./fit";

// DOMAIN.md "JPM" example: standard 35, achieved 30 → 85.71.
const STANDARD_35 = { ...Object.fromEntries(MANAGERIAL_COMPETENCIES.map((c) => [c, 4])), PEREKAT_BANGSA: 3 };
const LEVELS_30 = { ...STANDARD_35, KOMUNIKASI: 3, PELAYANAN_PUBLIK: 3, PENGEMBANGAN_DIRI: 3, MENGELOLA_PERUBAHAN: 3, PENGAMBILAN_KEPUTUSAN: 3 };
const ALL_4 = Object.fromEntries(CORE_COMPETENCIES.map((c) => [c, 4]));

const noTech = { technicalCodes: [], requiredEducationFields: [] };
const base: FitScoreInput = { levels: ALL_4, post: { standard: ALL_4, ...noTech }, educationField: null, performance: 80 };

describe("fitScore", () => {
  it.each<[string, Partial<FitScoreInput>, number, Record<string, unknown>]>([
    [
      // 0.6 × 85.71 + 0.15 × 75 + 0.1 × 100 + 0.15 × 76.5 = 51.426 + 11.25 + 10 + 11.475 = 84.151
      "all four parts (the documented example)",
      {
        levels: { ...LEVELS_30, SIPIL: 3, JALAN: 3 },
        post: { standard: { ...STANDARD_35, SIPIL: 4, JALAN: 4 }, technicalCodes: ["SIPIL", "JALAN"], requiredEducationFields: ["teknik sipil ", "Arsitektur"] },
        educationField: " TEKNIK  SIPIL",
        performance: 76.5,
      },
      84.15,
      { core: 85.71, technical: 75, education: 100, performance: 76.5, performanceIsNeutral: false },
    ],
    // 60 + 15 + 10 + 15 × 80 / 100
    ["everything met", {}, 97, { core: 100, technical: 100, education: 100 }],
    ["core above the standard is capped at 100", { levels: { ...ALL_4, INTEGRITAS: 5 } }, 97, { core: 100 }],
    // core {A:4,B:4} with only A → 50: 30 + 15 + 10 + 12
    ["a missing core level counts 0", { levels: { A: 4 }, post: { standard: { A: 4, B: 4 }, ...noTech } }, 67, { core: 50 }],
    [
      "a missing technical level counts 0",
      { levels: { ...ALL_4, T1: 4 }, post: { standard: { ...ALL_4, T1: 4, T2: 4 }, technicalCodes: ["T1", "T2"], requiredEducationFields: [] } },
      89.5, // 60 + 7.5 + 10 + 12
      { technical: 50 },
    ],
    [
      "technical above the standard is capped at 100",
      { levels: { ...ALL_4, T1: 5 }, post: { standard: { ...ALL_4, T1: 3 }, technicalCodes: ["T1", "UNUSED"], requiredEducationFields: [] } },
      97,
      { technical: 100 },
    ],
    // default standard 4 × 9 = 36, achieved 3 × 9 = 27 → 75: 45 + 7.5 (technical 50) + 10 + 12
    [
      "no core standard → the default level-4 standard",
      { levels: { ...Object.fromEntries(CORE_COMPETENCIES.map((c) => [c, 3])), T1: 2 }, post: { standard: { T1: 4 }, technicalCodes: ["T1"], requiredEducationFields: [] } },
      74.5,
      { core: 75, technical: 50 },
    ],
    ["education field not among the required", { post: { standard: ALL_4, technicalCodes: [], requiredEducationFields: ["Hukum"] }, educationField: "Ekonomi" }, 87, { education: 0 }],
    ["no education field when one is required", { post: { standard: ALL_4, technicalCodes: [], requiredEducationFields: ["Hukum"] } }, 87, { education: 0 }],
    ["blank required fields require nothing", { post: { standard: ALL_4, technicalCodes: [], requiredEducationFields: [" "] } }, 97, { education: 100 }],
    ["no performance → neutral 70", { performance: null }, 95.5, { performance: 70, performanceIsNeutral: true }],
    ["performance 0", { performance: 0 }, 85, { performance: 0 }],
    // core 80.05 → 48.03; 48.03 + 15 + 10 + 0.15 × 70.1 (10.515) = 83.545 → 83.55 (half-up)
    ["rounds half-up", { levels: { A: 80.05 }, post: { standard: { A: 100 }, ...noTech }, performance: 70.1 }, 83.55, { core: 80.05 }],
  ])("%s", (_label, overrides, fit, parts) => {
    const result = fitScore({ ...base, ...overrides });
    expect(result.fit).toBe(fit);
    expect(result.parts).toMatchObject(parts);
  });

  it.each([101, -1, Number.NaN])("throws on performance %d", (performance) => {
    expect(() => fitScore({ ...base, performance })).toThrow(RangeError);
  });
});

const official = (id: string, overrides: Partial<FitOfficial> = {}): FitOfficial => ({
  id,
  levels: ALL_4,
  educationField: null,
  performance: 80,
  currentPostId: null,
  tenureLocked: false,
  tenureExceptionReason: null,
  ...overrides,
});
const post = (id: string, overrides: Partial<FitPost> = {}): FitPost => ({
  id,
  standard: ALL_4,
  technicalCodes: [],
  requiredEducationFields: [],
  reservedForOpenSelection: false,
  ...overrides,
});

describe("buildFitMatrix", () => {
  const R = FORBIDDEN_REASONS;
  const posts = [post("p1"), post("p2"), post("p3"), post("p4", { reservedForOpenSelection: true })];

  it("applies the reservation and tenure rules", () => {
    const { matrix, reasons } = buildFitMatrix({
      officials: [
        official("free", { currentPostId: "p1" }),
        official("locked", { currentPostId: "p2", tenureLocked: true }),
        official("excepted", { currentPostId: "p3", tenureLocked: true, tenureExceptionReason: "Putusan PPK atas evaluasi kinerja" }),
        official("blank", { currentPostId: null, tenureLocked: true, tenureExceptionReason: "  " }),
      ],
      posts,
    });
    expect(reasons).toEqual([
      [null, R.tenureHeld, null, R.reserved],
      [R.tenure, null, R.tenure, R.reserved],
      [null, R.tenureHeld, null, R.reserved],
      [R.tenure, R.tenure, R.tenure, R.reserved],
    ]);
    expect(matrix).toEqual([
      [97, null, 97, null],
      [null, 97, null, null],
      [97, null, 97, null],
      [null, null, null, null],
    ]);
  });

  it.each([
    ["to a post", { officialId: "a", postId: "p2" }, [[R.lockedElsewhere, null, R.lockedElsewhere, R.reserved], [null, R.columnTaken, null, R.reserved]]],
    ["out of the assignment", { officialId: "a", postId: null }, [[R.lockedOut, R.lockedOut, R.lockedOut, R.reserved], [null, null, null, R.reserved]]],
    ["to a post outside the matrix", { officialId: "a", postId: "eselon-3" }, [[R.lockedElsewhere, R.lockedElsewhere, R.lockedElsewhere, R.reserved], [null, null, null, R.reserved]]],
    ["of an official not in the rows", { officialId: "z", postId: "p1" }, [[R.columnTaken, null, null, R.reserved], [R.columnTaken, null, null, R.reserved]]],
    ["to a reserved post (the reservation wins)", { officialId: "a", postId: "p4" }, [[R.lockedElsewhere, R.lockedElsewhere, R.lockedElsewhere, R.reserved], [null, null, null, R.reserved]]],
  ] as const)("a locked move %s fixes its row and column", (_label, lock, expected) => {
    const { matrix, reasons } = buildFitMatrix({ officials: [official("a"), official("b")], posts, constraints: { lockedMoves: [lock] } });
    expect(reasons).toEqual(expected);
    matrix.forEach((row, i) => row.forEach((cell, j) => expect(cell === null).toBe(reasons[i]![j] !== null)));
  });

  it.each([
    ["an official locked twice", [{ officialId: "a", postId: "p1" }, { officialId: "a", postId: null }]],
    ["a post locked for two officials", [{ officialId: "a", postId: "p1" }, { officialId: "b", postId: "p1" }]],
  ])("throws on %s", (_label, lockedMoves) => {
    expect(() => buildFitMatrix({ officials: [official("a"), official("b")], posts, constraints: { lockedMoves } })).toThrow(RangeError);
  });
});

describe("suggestAssignment and proposalFit", () => {
  // a fits p2 better (technical match), b fits p1 (education); the optimum swaps them.
  const input: FitInput = {
    officials: [
      official("a", { currentPostId: "p1", levels: { ...ALL_4, T: 4 }, educationField: "Ekonomi" }),
      official("b", { currentPostId: "p2", levels: ALL_4, educationField: "Hukum" }),
    ],
    posts: [
      post("p1", { requiredEducationFields: ["Hukum"] }),
      post("p2", { standard: { ...ALL_4, T: 4 }, technicalCodes: ["T"] }),
    ],
  };

  it("suggests the swap that maximises total fit", () => {
    const s = suggestAssignment(input);
    // a: p1 87 (no Hukum), p2 97; b: p1 97, p2 82 (technical 0, 60 + 0 + 10 + 12)
    expect(s.matrix).toEqual([
      [87, 97],
      [97, 82],
    ]);
    expect(s).toMatchObject({ suggestion: { a: "p2", b: "p1" }, total: 194, assigned: 2 });
    expect(proposalFit(s, input, { a: "p1", b: "p2" })).toEqual({ total: 169, assigned: 2, forbidden: [], conflicts: [] });
    expect(proposalFit(s, input, s.suggestion)).toEqual({ total: 194, assigned: 2, forbidden: [], conflicts: [] });
  });

  it("honours a locked move even when it lowers the total", () => {
    const s = suggestAssignment({ ...input, constraints: { lockedMoves: [{ officialId: "a", postId: "p1" }] } });
    expect(s).toMatchObject({ suggestion: { a: "p1", b: "p2" }, total: 169 });
  });

  it("counts forbidden cells, conflicts and moves outside the matrix as 0 in a proposal", () => {
    const locked = { ...input, posts: [post("p1", { reservedForOpenSelection: true }), input.posts[1]!] };
    const s = suggestAssignment(locked);
    expect(s).toMatchObject({ suggestion: { a: "p2", b: null }, total: 97, assigned: 1 });
    expect(proposalFit(s, locked, { a: "p1", b: "p2" })).toEqual({ total: 82, assigned: 1, forbidden: ["a"], conflicts: [] });
    expect(proposalFit(s, locked, { a: "p2", b: "p2" })).toEqual({ total: 97, assigned: 1, forbidden: [], conflicts: ["b"] });
    expect(proposalFit(s, locked, { a: "eselon-3" })).toEqual({ total: 0, assigned: 0, forbidden: [], conflicts: [] });
  });

  const level = fc.constantFrom(2, 3, 4, 5);
  const inputArb = fc
    .record({
      officials: fc.array(
        fc.record({
          levels: fc.record({ A: level, B: level, T: level }, { requiredKeys: ["A"] }),
          educationField: fc.constantFrom("Hukum", "Ekonomi", null),
          performance: fc.option(fc.constantFrom(40, 76.5, 95), { freq: 3 }),
          current: fc.nat(5),
          tenureLocked: fc.boolean(),
          exception: fc.constantFrom(null, "", "Alasan"),
        }),
        { maxLength: 6 },
      ),
      posts: fc.array(
        fc.record({ technical: fc.boolean(), field: fc.constantFrom([], ["Hukum"], ["hukum", "Ekonomi"]), reserved: fc.boolean() }),
        { maxLength: 6 },
      ),
      locks: fc.array(fc.record({ official: fc.nat(5), post: fc.option(fc.nat(6)) }), { maxLength: 3 }),
    })
    .map(({ officials, posts, locks }): FitInput => {
      const seenOfficials = new Set<number>();
      const seenPosts = new Set<number>();
      const lockedMoves = locks.flatMap(({ official: o, post: p }) => {
        if (seenOfficials.has(o) || (p !== null && seenPosts.has(p))) return [];
        seenOfficials.add(o);
        if (p !== null) seenPosts.add(p);
        return [{ officialId: `o${o}`, postId: p === null ? null : `p${p}` }];
      });
      return {
        officials: officials.map((o, i) => official(`o${i}`, {
          levels: o.levels,
          educationField: o.educationField,
          performance: o.performance,
          currentPostId: `p${o.current}`,
          tenureLocked: o.tenureLocked,
          tenureExceptionReason: o.exception,
        })),
        posts: posts.map((p, j) => post(`p${j}`, {
          standard: p.technical ? { A: 4, B: 4, T: 4 } : { A: 4, B: 4 },
          technicalCodes: p.technical ? ["T"] : [],
          requiredEducationFields: [...p.field],
          reservedForOpenSelection: p.reserved,
        })),
        constraints: { lockedMoves },
      };
    });

  it("never uses a forbidden cell, totals optimalAssignment's, and honours feasible locks", () => {
    fc.assert(
      fc.property(inputArb, (fitInput) => {
        const s = suggestAssignment(fitInput);
        const optimum = optimalAssignment(s.matrix);
        expect(s.total).toBe(assignmentTotal(s.matrix, optimum));
        const column = new Map(fitInput.posts.map((p, j) => [p.id, j]));
        const used = new Set<string>();
        fitInput.officials.forEach((o, i) => {
          const postId = s.suggestion[o.id];
          if (postId === null || postId === undefined) return;
          expect(s.matrix[i]![column.get(postId)!]).not.toBeNull();
          expect(used.has(postId)).toBe(false);
          used.add(postId);
        });
        for (const lock of fitInput.constraints!.lockedMoves) {
          const i = fitInput.officials.findIndex((o) => o.id === lock.officialId);
          const j = lock.postId === null ? undefined : column.get(lock.postId);
          if (i !== -1 && j !== undefined && s.matrix[i]![j] !== null) expect(s.suggestion[lock.officialId]).toBe(lock.postId);
        }
        expect(proposalFit(s, fitInput, s.suggestion)).toEqual({ total: s.total, assigned: s.assigned, forbidden: [], conflicts: [] });
      }),
    );
  });

  it("no feasible proposal placing as many officials beats the suggestion", () => {
    fc.assert(
      fc.property(
        inputArb.chain((fitInput) =>
          fc.tuple(fc.constant(fitInput), fc.array(fc.option(fc.nat(5)), { minLength: fitInput.officials.length, maxLength: fitInput.officials.length })),
        ),
        ([fitInput, picks]) => {
          const s = suggestAssignment(fitInput);
          const proposal = Object.fromEntries(fitInput.officials.map((o, i) => [o.id, picks[i] == null ? null : `p${picks[i]}`]));
          const fit = proposalFit(s, fitInput, proposal);
          if (fit.forbidden.length === 0 && fit.conflicts.length === 0 && fit.assigned === s.assigned) {
            expect(fit.total).toBeLessThanOrEqual(s.total + 1e-9);
          }
        },
      ),
    );
  });
});
